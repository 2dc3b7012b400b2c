import type { Dataset, TimelineEvent } from '../../shared/schema.ts';

export type EventFilters = { people: string[]; countries: string[]; outlets: string[]; q: string };

/** Outlets an event is reported by: the article's outlet, or "outlet not stated". */
export function eventOutlets(event: TimelineEvent, dataset: Dataset): string[] {
  const byId = articleIndex(dataset);
  return [...new Set(event.sources.map((s) => byId.get(s.articleId)?.outlet ?? OUTLET_NOT_STATED))];
}

export const OUTLET_NOT_STATED = 'outlet not stated';

const indexes = new WeakMap<Dataset, Map<string, Dataset['articles'][number]>>();
function articleIndex(dataset: Dataset) {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map(dataset.articles.map((a) => [a.id, a]));
    indexes.set(dataset, index);
  }
  return index;
}

type Facet = 'people' | 'countries' | 'outlets';

/**
 * Events matching the filters: OR within a facet (Putin or Macron), AND across facets (and Ukraine),
 * and the text query in the title or any quote (case- and accent-insensitive). `except` leaves one
 * facet out, for counting that facet's options.
 */
export function filterEvents(dataset: Dataset, f: EventFilters, except?: Facet): TimelineEvent[] {
  const q = fold(f.q.trim());
  return dataset.events.filter((e) => {
    if (except !== 'people' && f.people.length && !e.people.some((p) => f.people.includes(p))) return false;
    if (except !== 'countries' && f.countries.length && !e.countries.some((c) => f.countries.includes(c))) {
      return false;
    }
    if (
      except !== 'outlets' &&
      f.outlets.length &&
      !eventOutlets(e, dataset).some((o) => f.outlets.includes(o))
    ) {
      return false;
    }
    if (q && !fold(e.title).includes(q) && !e.sources.some((s) => fold(s.quote).includes(q))) return false;
    return true;
  });
}

export type FacetOption = { id: string; label: string; count: number };

/** Options of a facet with how many events each would match given the other active filters. */
export function facetOptions(dataset: Dataset, f: EventFilters, facet: Facet): FacetOption[] {
  const pool = filterEvents(dataset, f, facet);
  const counts = new Map<string, number>();
  for (const e of pool) {
    const keys =
      facet === 'people' ? e.people : facet === 'countries' ? e.countries : eventOutlets(e, dataset);
    for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const label = (id: string) =>
    facet === 'people'
      ? (dataset.people.find((p) => p.id === id)?.name ?? id)
      : facet === 'countries'
        ? (dataset.countries.find((c) => c.id === id)?.name ?? id)
        : id;
  const selected = f[facet];
  const ids = new Set([...counts.keys(), ...selected]);
  return [...ids]
    .map((id) => ({ id, label: label(id), count: counts.get(id) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
