import type { PageWarning } from '../../shared/schema.ts';

/** An article as a page format finds it, before the dataset gives it an id. */
export type ParsedArticle = {
  index: number;
  role: 'main' | 'related';
  outlet: string | null;
  syndicatedFrom: string | null;
  headline: string;
  ageText: string | null;
  copyrightYear: number | null;
  /** Offset of `text` in the normalised page; `page.slice(pageOffset, pageOffset + text.length) === text`. */
  pageOffset: number;
  text: string;
};

export type ParsedPage = { ok: true; format: string; articles: ParsedArticle[]; warnings: PageWarning[] };
export type PageFailure = { ok: false; reason: string };

/**
 * One page format. `parse` receives decoded, newline-normalised text and either finds the articles or
 * says why the page cannot be read at all. Recoverable oddities go in `warnings`, never dropped silently.
 */
export type PageFormat = {
  name: string;
  /** True when this format should read the page; formats are tried in order. */
  matches: (text: string) => boolean;
  parse: (text: string) => ParsedPage | PageFailure;
};
