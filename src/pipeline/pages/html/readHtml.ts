import { Readability } from '@mozilla/readability';
import type { PageWarning } from '../../../shared/schema.ts';
import type { ArticleMeta, PageFailure } from '../pageFormat.ts';
import { blocksToText, type TextNodeLike } from './blocksToText.ts';
import { all, parseDocument, textOf, type DomDocument } from './dom.ts';
import { checkedUrl, clean, hostOf } from './cleanFields.ts';
import { cutChrome, dropChromeLines } from './cutChrome.ts';
import { readDateLine } from './dateLine.ts';
import { findPublicationDay } from './findPublicationDay.ts';
import { pageLanguage } from './pageLanguage.ts';
import { MAX_DEPTH, nestingDepth, tagsToSpaces } from './markupLimits.ts';
import { prepareHtml } from './prepareHtml.ts';

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
 * A decoded HTML document -> its main article as plain text (Readability over linkedom), with
 * headline, outlet, authors, canonical URL, language and publication/modified days. Scripts, styles
 * and comments are cut before parsing (JSON-LD is read first); only text and checked http(s) URLs
 * leave this function.
 */
export function readHtml(html: string, context: HtmlContext = {}): HtmlArticle | PageFailure {
  const prepared = prepareHtml(html);
  if (!prepared.ok) return prepared;
  const { stripped, jsonLd } = prepared;
  const doc = parseDocument(stripped);
  if (!doc.documentElement) return { ok: false, reason: 'no HTML document in the file' };
  const warnings: PageWarning[] = [];
  const metaOf = metaTags(doc);
  const pageUrl = checkedUrl(context.url ?? null, null);
  const url =
    checkedUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ??
    checkedUrl(metaOf.get('og:url') ?? null, pageUrl) ??
    pageUrl;
  const days = findPublicationDay(doc, jsonLd, url);
  const ldNodes = jsonLd.flatMap((x) => (Array.isArray(x) ? x : [x])) as Record<string, unknown>[];
  const publisher = ldNodes
    .map((n) => (n?.publisher as { name?: unknown } | undefined)?.name)
    .find((n) => typeof n === 'string');
  const outlet =
    clean(context.outlet) ??
    clean(metaOf.get('og:site_name')) ??
    clean(publisher as string | undefined) ??
    hostOf(url);
  const h1 = headlineH1(doc);
  const ldAuthors = ldNodes
    .flatMap((n) => ([] as unknown[]).concat(n?.author ?? []))
    .map((a) => (typeof a === 'string' ? a : (a as { name?: unknown })?.name));
  const labels = cutChrome(doc, url);
  const article = runReadability(doc);
  const headline =
    clean(context.headline) ??
    clean(metaOf.get('og:title')) ??
    clean(h1) ??
    clean(article.title) ??
    clean(doc.title);
  if (!headline) return { ok: false, reason: 'no headline (no og:title, <h1> or <title>)' };
  let paragraphs = dropChromeLines(article.text.split('\n\n').filter(Boolean), labels);
  if (paragraphs[0] === headline || paragraphs[0] === h1) paragraphs = paragraphs.slice(1);
  // The date line under the headline, when the page's metadata gives that same day: the day is kept
  // with its clue, the line is furniture. A date line the metadata does not confirm stays in the text.
  const lead = paragraphs[0] ? readDateLine(paragraphs[0]) : null;
  if (lead && lead.day === days.published?.day) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join('\n\n');
  if (!text)
    warnings.push({ line: null, message: 'no article body found in the page; only its headline is listed' });
  const language = pageLanguage(doc, text);
  const authors = [
    ...new Set(
      [...ldAuthors, metaOf.get('author'), article.byline]
        .map((a) => clean(typeof a === 'string' ? a : undefined))
        .filter((a): a is string => !!a && !/^https?:|[<>{}]/.test(a) && a.length <= 100),
    ),
  ];
  const fallback = context.fallbackDay;
  const published = days.published ?? (fallback ? { day: fallback.day, evidence: [fallback.clue] } : null);
  return {
    ok: true,
    headline,
    outlet,
    text,
    meta: {
      url,
      publishedOn: published?.day ?? null,
      publishedOnEvidence: published
        ? published.evidence
        : ['The page states no publication day in its metadata, article or address.'],
      modifiedOn: days.modified?.day ?? null,
      authors,
      language,
    },
    warnings,
  };
}

/**
 * An HTML fragment (a feed item's content) -> plain text, one paragraph per block, blank line between;
 * no markup, entities decoded. A fragment nested deeper than a page may be is read as one paragraph of
 * its text between the tags (parsing it would take seconds).
 */
export function htmlFragmentToText(html: string): string {
  const deep = nestingDepth(html) > MAX_DEPTH;
  const body = deep ? tagsToSpaces(html) : html;
  const doc = parseDocument(`<!doctype html><html><body>${body}</body></html>`);
  return doc.body ? blocksToText(doc.body) : '';
}

function runReadability(doc: DomDocument): { title: string | null; byline: string | null; text: string } {
  try {
    const reader = new Readability(doc as never, { serializer: (n: unknown) => n, maxElemsToParse: 200_000 });
    const r = reader.parse();
    const content = r?.content as TextNodeLike | null | undefined;
    return { title: r?.title ?? null, byline: r?.byline ?? null, text: content ? blocksToText(content) : '' };
  } catch {
    return { title: null, byline: null, text: '' };
  }
}

/**
 * The page's headline `<h1>`: the only one, or else the first whose text the `<title>` holds. A page
 * with several and none in its title uses them for section names ("Sections", "About"); none is taken.
 */
function headlineH1(doc: DomDocument): string {
  const h1s = all(doc, 'h1')
    .map((h) => textOf(h))
    .filter(Boolean);
  if (h1s.length <= 1) return h1s[0] ?? '';
  const title = doc.title.toLowerCase();
  return h1s.find((h) => title.includes(h.toLowerCase())) ?? '';
}

function metaTags(doc: DomDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of all(doc, 'meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !found.has(key)) found.set(key, content);
  }
  return found;
}
