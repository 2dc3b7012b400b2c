import { Readability } from '@mozilla/readability';
import { franc } from 'franc-min';
import type { PageWarning } from '../../../shared/schema.ts';
import type { ArticleMeta, PageFailure } from '../pageFormat.ts';
import { blocksToText, type TextNodeLike } from './blocksToText.ts';
import { all, parseDocument, textOf, type DomDocument } from './dom.ts';
import { findPublicationDay } from './findPublicationDay.ts';

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

/** Past this much markup (after scripts and styles are cut) a document is refused. */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;

/** Past this nesting depth a document is refused: the extractor's time grows with depth squared. */
export const MAX_DEPTH = 1500;

/** The deepest tag nesting in the markup (void and self-closed tags not counted), from a scan of tags. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi)) {
    if (VOID.test(m[2] ?? '') || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li)$/i;

/** franc-min's ISO 639-3 codes -> the 639-1 subtag where one exists. */
const ISO1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  ron: 'ro',
  hau: 'ha',
  nld: 'nl',
  hun: 'hu',
  ces: 'cs',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  mar: 'mr',
  tgl: 'tl',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  zul: 'zu',
  som: 'so',
  yor: 'yo',
  ibo: 'ig',
  swh: 'sw',
  jav: 'jv',
};

/**
 * A decoded HTML document -> its main article as plain text (Readability over linkedom), with
 * headline, outlet, authors, canonical URL, language and publication/modified days. Scripts, styles
 * and comments are cut before parsing (JSON-LD is read first); only text and checked http(s) URLs
 * leave this function.
 */
export function readHtml(html: string, context: HtmlContext = {}): HtmlArticle | PageFailure {
  const jsonLd = readJsonLd(html);
  const stripped = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  if (stripped.length > MAX_HTML_CHARS) {
    return {
      ok: false,
      reason: `holds ${mb(stripped.length)} MB of markup besides scripts, past the ${mb(MAX_HTML_CHARS)} MB a page may hold`,
    };
  }
  const depth = nestingDepth(stripped);
  if (depth > MAX_DEPTH) {
    return {
      ok: false,
      reason: `tags nested ${depth} deep, past the ${MAX_DEPTH} a page may nest; not read`,
    };
  }
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
  const htmlLang =
    /^([a-z]{2,3})\b/i.exec(doc.documentElement.getAttribute('lang') ?? '')?.[1]?.toLowerCase() ?? null;
  const h1 = textOf(doc.querySelector('h1'));
  const ldAuthors = ldNodes
    .flatMap((n) => ([] as unknown[]).concat(n?.author ?? []))
    .map((a) => (typeof a === 'string' ? a : (a as { name?: unknown })?.name));
  const article = runReadability(doc);
  const headline =
    clean(context.headline) ??
    clean(metaOf.get('og:title')) ??
    clean(h1) ??
    clean(article.title) ??
    clean(doc.title);
  if (!headline) return { ok: false, reason: 'no headline (no og:title, <h1> or <title>)' };
  let paragraphs = article.text.split('\n\n').filter(Boolean);
  if (paragraphs[0] === headline || paragraphs[0] === h1) paragraphs = paragraphs.slice(1);
  const text = paragraphs.join('\n\n');
  if (!text)
    warnings.push({ line: null, message: 'no article body found in the page; only its headline is listed' });
  const guessed = text.length >= 200 ? (ISO1[franc(text.slice(0, 4000))] ?? null) : null;
  const language = htmlLang ?? guessed;
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
 * no markup, entities decoded.
 */
export function htmlFragmentToText(html: string): string {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  return doc.body ? blocksToText(doc.body) : '';
}

/** An absolute http(s) address resolved against `base`, or null (javascript:, data:, junk). */
export function checkedUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
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

function readJsonLd(html: string): unknown[] {
  const out: unknown[] = [];
  const re = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m && out.length < 50; m = re.exec(html)) {
    try {
      out.push(JSON.parse(m[1] ?? ''));
    } catch {
      // A broken JSON-LD block is ignored; other clues remain.
    }
  }
  return out;
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

/** Trimmed, white space collapsed, entities a CMS escaped twice (`&#039;`, `&amp;`) decoded; null when empty. */
function clean(s: string | null | undefined): string | null {
  const t = (s ?? '')
    .replace(/&#(\d{1,6});/g, (_, n: string) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeChar(parseInt(n, 16)))
    .replace(/&(amp|quot|apos|lt|gt|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return t ? t.slice(0, 300) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : '';
}

function hostOf(url: string | null): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}
