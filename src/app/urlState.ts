/**
 * THE place where view state meets the URL. Paths (under the app's base):
 *   ''                      the home view
 *   'events/<id>/'          one event selected
 *   'about/'                about the data
 * Query: person=<id> (repeatable), country=<ISO alpha-2> (repeatable), outlet=<name> (repeatable), q=<text>.
 * Parsing never throws: anything malformed is dropped, so every URL lands on a sane view.
 */
export type Route = { kind: 'home' } | { kind: 'event'; id: string } | { kind: 'about' };
export type Filters = { people: string[]; countries: string[]; outlets: string[]; q: string };
export type ViewState = { route: Route; filters: Filters };

export const NO_FILTERS: Filters = { people: [], countries: [], outlets: [], q: '' };

const MAX_VALUE = 200;
const MAX_VALUES = 50;

export function parseLocation(pathname: string, search: string, base: string): ViewState {
  return { route: parseRoute(pathname, base), filters: parseFilters(search) };
}

function parseRoute(pathname: string, base: string): Route {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { kind: 'home' };
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith(root) && `${path}/` !== root) return { kind: 'home' };
  const rest = path.slice(root.length).replace(/\/+$/, '');
  if (rest === 'about') return { kind: 'about' };
  const event = /^events\/([^/]+)$/.exec(rest);
  if (event?.[1] && event[1].length <= MAX_VALUE) return { kind: 'event', id: event[1] };
  return { kind: 'home' };
}

function parseFilters(search: string): Filters {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return NO_FILTERS;
  }
  const list = (key: string, valid: RegExp) =>
    [...new Set(params.getAll(key))]
      .filter((v) => v.length <= MAX_VALUE && valid.test(v))
      .slice(0, MAX_VALUES);
  return {
    people: list('person', /^[a-z0-9-]+$/),
    countries: list('country', /^[A-Z]{2}$/),
    outlets: list('outlet', /^[^<>]+$/),
    q: (params.get('q') ?? '').slice(0, MAX_VALUE),
  };
}

/** The canonical URL of a view: stable parameter order, empty filters omitted. */
export function toUrl(state: ViewState, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path =
    state.route.kind === 'event'
      ? `${root}events/${encodeURIComponent(state.route.id)}/`
      : state.route.kind === 'about'
        ? `${root}about/`
        : root;
  const params = new URLSearchParams();
  for (const p of state.filters.people) params.append('person', p);
  for (const c of state.filters.countries) params.append('country', c);
  for (const o of state.filters.outlets) params.append('outlet', o);
  if (state.filters.q.trim()) params.set('q', state.filters.q);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function hasFilters(f: Filters): boolean {
  return f.people.length + f.countries.length + f.outlets.length > 0 || f.q.trim() !== '';
}
