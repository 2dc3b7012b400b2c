import type { PageWarning } from '../../shared/schema.ts';

/**
 * What a web page or feed item states about its article beyond the text. `publishedOn` comes with the
 * clue that gave it (one short sentence each, shown in "how this date was worked out").
 */
export type ArticleMeta = {
  publishedOn?: string | null;
  publishedOnEvidence?: string[];
  modifiedOn?: string | null;
  url?: string | null;
  authors?: string[];
  language?: string | null;
};

/** An article as a page format finds it, before the dataset gives it an id. */
export type ParsedArticle = {
  index: number;
  role: 'main' | 'related';
  outlet: string | null;
  syndicatedFrom: string | null;
  headline: string;
  ageText: string | null;
  copyrightYear: number | null;
  /** Fields a format may know from the page's metadata (web pages, feeds); absent means unknown. */
  meta?: ArticleMeta;
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
