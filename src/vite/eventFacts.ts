import type { ArticleSummary, Dataset, Source, TimelineEvent } from '../shared/schema.ts';

/** Display names for the ids events carry; an id the dataset does not list is shown as itself. */
export type NameLookup = {
  person: (id: string) => string;
  country: (id: string) => string;
  article: (id: string) => ArticleSummary | undefined;
};

export function createNameLookup(dataset: Pick<Dataset, 'people' | 'countries' | 'articles'>): NameLookup {
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const countries = new Map(dataset.countries.map((c) => [c.id, c.name]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  return {
    person: (id) => people.get(id) ?? id,
    country: (id) => countries.get(id) ?? id,
    article: (id) => articles.get(id),
  };
}

/**
 * How many outlets reported the event: distinct named outlets, plus one per page whose articles do not
 * name their outlet (an unnamed outlet is never merged with a named one, nor across pages).
 */
export function countOutlets(event: Pick<TimelineEvent, 'sources'>, names: NameLookup): number {
  const outlets = new Set<string>();
  for (const source of event.sources) {
    const article = names.article(source.articleId);
    if (!article) outlets.add(`article:${source.articleId}`);
    else outlets.add(article.outlet !== null ? `outlet:${article.outlet}` : `page:${article.file}`);
  }
  return outlets.size;
}

export function reportedByLine(count: number): string {
  return `Reported by ${count} ${count === 1 ? 'outlet' : 'outlets'}`;
}

export type QuoteParts = { before: string; date: string; after: string } | { before: string; date: null };

/**
 * Splits a source's quote around its date expression. The offsets are in the article text, so they are
 * shifted by the quote's start; when they do not land on `dateText` inside the quote, the first
 * occurrence of `dateText` in the quote is used, and when there is none the quote has no highlight.
 */
export function splitQuoteAtDate(source: Source): QuoteParts {
  const { quote, dateText } = source;
  if (!dateText) return { before: quote, date: null };
  let from = source.dateStart - source.start;
  let to = source.dateEnd - source.start;
  if (from < 0 || to > quote.length || from >= to || quote.slice(from, to) !== dateText) {
    from = quote.indexOf(dateText);
    to = from + dateText.length;
  }
  if (from < 0) return { before: quote, date: null };
  return { before: quote.slice(0, from), date: quote.slice(from, to), after: quote.slice(to) };
}
