import type { ArticleSummary, DatasetIndex, Page } from '../../shared/schema.ts';

export type PageGroup = { page: Page; articles: ArticleSummary[] };

/** Pages in dataset order, each with its articles in page order (main first). */
export function groupArticlesByPage(dataset: DatasetIndex): PageGroup[] {
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  return dataset.pages.map((page) => ({
    page,
    articles: page.articleIds.flatMap((id) => {
      const article = byId.get(id);
      return article ? [article] : [];
    }),
  }));
}

export function outletLabel(article: Pick<ArticleSummary, 'outlet'>): string {
  return article.outlet ?? 'outlet not stated';
}
