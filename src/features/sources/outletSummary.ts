import type { ArticleSummary } from '../../shared/schema.ts';

/** What the summary needs from a source card: which article it quotes, and that article if known. */
export type SummarySource = {
  source: { articleId: string };
  article: Pick<ArticleSummary, 'outlet' | 'file'> | null;
};

/**
 * "Reported by 2 outlets", or "Reported by 1 outlet in 2 articles" when one outlet carries several of
 * the articles. Outlets are compared by name, ignoring case and spacing. An article whose page does not
 * name its outlet counts as one outlet per page file: two unnamed outlets on different pages may differ,
 * and we never merge what the pages do not say is the same. Several quotes from one article count once.
 */
export function outletSummary(sources: readonly SummarySource[]): string {
  const articles = new Set(sources.map(({ source }) => source.articleId));
  const outlets = new Set(sources.map(outletKey));
  if (outlets.size === 0) return 'No sources recorded';
  const base = `Reported by ${plural(outlets.size, 'outlet')}`;
  return articles.size > outlets.size ? `${base} in ${plural(articles.size, 'article')}` : base;
}

function outletKey({ source, article }: SummarySource): string {
  if (!article) return `article:${source.articleId}`;
  if (article.outlet === null) return `page:${article.file}`;
  return `outlet:${article.outlet.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
