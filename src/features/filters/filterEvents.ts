import type { DatasetIndex, EventSummary } from '../../shared/schema.ts';

export type EventFilters = { people: string[]; countries: string[]; outlets: string[]; q: string };

/** Each event's quotes by event id (the lazily fetched search text); absent until it is loaded. */
export type QuoteText = Readonly<Record<string, string>>;

export const OUTLET_NOT_STATED = 'outlet not stated';

type Facet = 'people' | 'countries' | 'outlets';

/** Worked out once per dataset: filtering ten thousand events must take milliseconds, not a frame. */
type Prepared = {
  outlets: Map<string, string[]>;
  titles: Map<string, string>;
  people: Map<string, string>;
  countries: Map<string, string>;
};
const prepared = new WeakMap<DatasetIndex, Prepared>();
const foldedQuotes = new WeakMap<QuoteText, Map<string, string>>();

function prepare(dataset: DatasetIndex): Prepared {
  let p = prepared.get(dataset);
  if (!p) {
    const articles = new Map(dataset.articles.map((a) => [a.id, a]));
    p = {
      outlets: new Map(
        dataset.events.map((e) => [
          e.id,
          [...new Set(e.sourceArticleIds.map((id) => articles.get(id)?.outlet ?? OUTLET_NOT_STATED))],
        ]),
      ),
      titles: new Map(dataset.events.map((e) => [e.id, fold(e.title)])),
      people: new Map(dataset.people.map((x) => [x.id, x.name])),
      countries: new Map(dataset.countries.map((x) => [x.id, x.name])),
    };
    prepared.set(dataset, p);
  }
  return p;
}

function foldedQuote(quotes: QuoteText, id: string): string {
  let cache = foldedQuotes.get(quotes);
  if (!cache) foldedQuotes.set(quotes, (cache = new Map()));
  let text = cache.get(id);
  if (text === undefined) cache.set(id, (text = fold(quotes[id] ?? '')));
  return text;
}

/** Outlets an event is reported by: the article's outlet, or "outlet not stated". */
export function eventOutlets(event: EventSummary, dataset: DatasetIndex): string[] {
  return prepare(dataset).outlets.get(event.id) ?? [];
}

/**
 * Events matching the filters: OR within a facet (Putin or Macron), AND across facets (and Ukraine),
 * and the text query in the title or, once `quotes` is loaded, any quote (case- and accent-insensitive).
 * `except` leaves one facet out, for counting that facet's options.
 */
export function filterEvents(
  dataset: DatasetIndex,
  f: EventFilters,
  except?: Facet,
  quotes?: QuoteText,
): EventSummary[] {
  const p = prepare(dataset);
  const q = fold(f.q.trim());
  const people = except !== 'people' && f.people.length ? new Set(f.people) : null;
  const countries = except !== 'countries' && f.countries.length ? new Set(f.countries) : null;
  const outlets = except !== 'outlets' && f.outlets.length ? new Set(f.outlets) : null;
  return dataset.events.filter((e) => {
    if (people && !e.people.some((x) => people.has(x))) return false;
    if (countries && !e.countries.some((x) => countries.has(x))) return false;
    if (outlets && !(p.outlets.get(e.id) ?? []).some((x) => outlets.has(x))) return false;
    if (q && !p.titles.get(e.id)?.includes(q) && !(quotes && foldedQuote(quotes, e.id).includes(q))) {
      return false;
    }
    return true;
  });
}

export type FacetOption = { id: string; label: string; count: number };

/** Options of a facet with how many events each would match given the other active filters. */
export function facetOptions(
  dataset: DatasetIndex,
  f: EventFilters,
  facet: Facet,
  quotes?: QuoteText,
): FacetOption[] {
  const p = prepare(dataset);
  const pool = filterEvents(dataset, f, facet, quotes);
  const counts = new Map<string, number>();
  for (const e of pool) {
    const keys = facet === 'people' ? e.people : facet === 'countries' ? e.countries : p.outlets.get(e.id);
    for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const ids = new Set([...counts.keys(), ...f[facet]]);
  return [...ids]
    .map((id) => ({ id, label: facetLabel(dataset, facet, id), count: counts.get(id) ?? 0 }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

const collator = new Intl.Collator();

/** A person's or country's name, or the outlet as written. */
export function facetLabel(dataset: DatasetIndex, facet: Facet, id: string): string {
  const p = prepare(dataset);
  if (facet === 'people') return p.people.get(id) ?? id;
  if (facet === 'countries') return p.countries.get(id) ?? id;
  return id;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
