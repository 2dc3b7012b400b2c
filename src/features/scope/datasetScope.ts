import type { DatasetIndex } from '../../shared/schema.ts';

export type Scope = {
  events: number;
  articles: number;
  outlets: number;
  from: string | null;
  to: string | null;
};

/** What the dataset covers: counts and the span of its dated events (yyyy-MM-dd). */
export function datasetScope(dataset: DatasetIndex): Scope {
  const dated = dataset.events.flatMap((e) => (e.date ? [e.date] : []));
  const starts = dated.map((d) => d.start).sort();
  const ends = dated.map((d) => d.end ?? d.start).sort();
  const outlets = new Set(dataset.articles.map((a) => a.outlet ?? `(${a.file})`));
  return {
    events: dataset.events.length,
    articles: dataset.articles.length,
    outlets: outlets.size,
    from: starts[0] ?? null,
    to: ends[ends.length - 1] ?? null,
  };
}
