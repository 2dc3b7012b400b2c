import type { PageWarning } from '../../../shared/schema.ts';
import type { ArticleMeta, PageFailure } from '../pageFormat.ts';

/** What the caller knows about an HTML document beyond its markup (a feed item, a WARC record). */
export type HtmlContext = {
  /** The address it was fetched from (WARC-Target-URI, a feed item's link). */
  url?: string | null;
  /** A day to use when the document states none, with the clue as one short sentence. */
  fallbackDay?: { day: string; clue: string } | null;
  /** Headline and outlet already known (a feed item's title, the feed's title). */
  headline?: string | null;
  outlet?: string | null;
};

/** One article read from an HTML document: plain-text paragraphs separated by blank lines. */
export type HtmlArticle = {
  ok: true;
  headline: string;
  outlet: string | null;
  text: string;
  meta: ArticleMeta;
  warnings: PageWarning[];
};

/**
 * A decoded HTML document -> its main article as plain text, with headline, outlet and metadata.
 * CONTRACT STUB: the html branch replaces this body with the Readability-based reader; the signature
 * is what the feed and WARC readers call.
 */
export function readHtml(html: string, context: HtmlContext = {}): HtmlArticle | PageFailure {
  const text = htmlFragmentToText(html);
  const headline = context.headline ?? text.split('\n')[0] ?? '';
  if (!headline) return { ok: false, reason: 'no headline' };
  return {
    ok: true,
    headline,
    outlet: context.outlet ?? null,
    text,
    meta: { url: context.url ?? null, publishedOn: context.fallbackDay?.day ?? null },
    warnings: [],
  };
}

/**
 * An HTML fragment (a feed item's content) -> plain text, one paragraph per block, blank line between;
 * no markup, entities decoded. CONTRACT STUB (see readHtml).
 */
export function htmlFragmentToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|h\d|li)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
