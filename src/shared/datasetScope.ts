import { dayMonthYear } from './dayFormat.ts';
import type { ArticleSummary, EventDate } from './schema.ts';

export type Scope = {
  events: number;
  articles: number;
  outlets: number;
  from: string | null;
  to: string | null;
};

type ScopeInput = {
  events: readonly { date: EventDate | null }[];
  articles: readonly Pick<ArticleSummary, 'outlet' | 'file'>[];
};

/** What the dataset covers: counts and the span of its dated events (yyyy-MM-dd). */
export function datasetScope(dataset: ScopeInput): Scope {
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

/**
 * The header's scope line, the same words in the app and in the static pages (so the swap from one
 * to the other changes nothing on screen): "26 events from 8 articles by 7 outlets, 1 Feb 2022 –
 * 31 Jul 2025", then " · built " and the build day.
 */
export function scopeLine(dataset: ScopeInput & { generatedAt: string }): { text: string; built: string } {
  const s = datasetScope(dataset);
  const span = s.from && s.to ? `, ${dayMonthYear(s.from) ?? s.from} – ${dayMonthYear(s.to) ?? s.to}` : '';
  return {
    text: `${count(s.events, 'event')} from ${count(s.articles, 'article')} by ${count(s.outlets, 'outlet')}${span}`,
    built: dayMonthYear(dataset.generatedAt) ?? dataset.generatedAt.slice(0, 10),
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
