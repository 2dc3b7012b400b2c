import type { ArticleSummary, DatasetIndex, Page, PageWarning, Source } from '../../shared/schema.ts';
import { highlightQuote, type QuoteHighlight } from './highlightSource.ts';

/** Everything one source card shows, joined from the event, its article and the article's page. */
export type SourceCardModel = {
  /** Unique within the event even when one article gives several quotes. */
  key: string;
  source: Source;
  /** null when the dataset does not list the article (a broken build): the card says so. */
  article: ArticleSummary | null;
  /** null when the dataset does not list the article's page. */
  page: Page | null;
  /** The outlet as the page names it, or "outlet not stated". */
  outletLabel: string;
  outletStated: boolean;
  quote: QuoteHighlight;
  /** The page's warnings about its capture day: the reader should weigh the date with them. */
  captureWarnings: PageWarning[];
};

export const OUTLET_NOT_STATED = 'outlet not stated';

/** One card per source of an event, in the event's order; never drops a source, whatever is missing around it. */
export function buildSourceCards(sources: readonly Source[], dataset: DatasetIndex): SourceCardModel[] {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const pages = new Map(dataset.pages.map((p) => [p.file, p]));
  return sources.map((source, index) => {
    const article = articles.get(source.articleId) ?? null;
    const page = article ? (pages.get(article.file) ?? null) : null;
    return {
      key: `${index}:${source.articleId}:${source.start}-${source.end}`,
      source,
      article,
      page,
      outletLabel: article?.outlet ?? OUTLET_NOT_STATED,
      outletStated: article?.outlet != null,
      quote: highlightQuote(source),
      captureWarnings: page ? page.warnings.filter(isCaptureWarning) : [],
    };
  });
}

/** Warnings that qualify the capture day ("the capture day assumes…"), which dates are resolved against. */
export function isCaptureWarning(warning: Pick<PageWarning, 'message'>): boolean {
  return /\bcaptur(e|ed|ing)\b/i.test(warning.message);
}
