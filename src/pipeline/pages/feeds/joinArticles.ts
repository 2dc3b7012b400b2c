import type { ParsedArticle } from '../pageFormat.ts';

/** An article before it has a place in its page's text. */
export type ArticleDraft = Omit<ParsedArticle, 'index' | 'pageOffset'>;

/** Between two articles' texts in a page made of many (a feed's items, a WARC's pages). */
export const ARTICLE_SEPARATOR = '\n\n\n';

/**
 * Articles of a many-article page -> the page text (their texts in order, ARTICLE_SEPARATOR between)
 * and the articles numbered 0.. with their offsets, so that for every article
 * `text.slice(pageOffset, pageOffset + article.text.length) === article.text`. Linear in the total
 * length (one join), so a feed of 10,000 items costs no more than its text.
 */
export function joinArticles(drafts: ArticleDraft[]): { articles: ParsedArticle[]; text: string } {
  const articles: ParsedArticle[] = [];
  let offset = 0;
  drafts.forEach((draft, index) => {
    if (index > 0) offset += ARTICLE_SEPARATOR.length;
    articles.push({ ...draft, index, pageOffset: offset });
    offset += draft.text.length;
  });
  return { articles, text: drafts.map((d) => d.text).join(ARTICLE_SEPARATOR) };
}
