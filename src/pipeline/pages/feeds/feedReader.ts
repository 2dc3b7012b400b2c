import { DetectError, MalformedError, parseFeed, type AnyFeed } from 'feedsmith';
import type { PageWarning } from '../../../shared/schema.ts';
import { htmlFragmentToText } from '../html/readHtml.ts';
import type { PageFailure } from '../pageFormat.ts';
import type { PageReader, ParsedPageWithText } from '../pageReader.ts';
import { decodeMarkup, latin1 } from './decodeMarkup.ts';
import { feedEntries, type FeedEntry, type FeedText } from './feedEntries.ts';
import { entryArticle, type EntryContext } from './entryArticle.ts';
import { joinArticles, type ArticleDraft } from './joinArticles.ts';
import { rawItems } from './rawItems.ts';
import { WarningTally } from './warningTally.ts';

/** What the feed reader needs from the HTML reader; injectable so tests control it. */
export type FeedDeps = { fragmentToText: (html: string) => string };

const FEED_NAME = /\.(?:rss|atom)$/i;
/** The root element of an RSS, RDF or Atom document, after the declaration, comments and DOCTYPE. */
const XML_FEED_HEAD =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|(?:[\w-]+:)?RDF)[\s>]/i;
const JSON_FEED_HEAD = /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

/**
 * RSS 2.0 (and 0.9x, RDF/RSS 1.0), Atom and JSON Feed files, one page each, one article per item.
 * Takes `.rss` and `.atom` files, and `.xml`, `.json` or any other file whose first bytes are a feed's
 * root (so a sitemap, a sidecar `.meta.json` or `event-ids.json` is left to other readers).
 */
export const feedReader: PageReader = {
  name: 'feed',
  label: 'feed',
  accepts: (fileName, head) => FEED_NAME.test(fileName) || looksLikeFeed(head),
  read: (bytes) => readFeed(bytes),
};

/** True when the first bytes are an RSS/RDF/Atom root element or a JSON Feed object. */
export function looksLikeFeed(head: Uint8Array): boolean {
  const text = utf16Bom(head) ?? latin1(head.subarray(head[0] === 0xef ? 3 : 0, 4096));
  return XML_FEED_HEAD.test(text) || JSON_FEED_HEAD.test(text);
}

/**
 * A feed's bytes -> one page whose articles are its items (see entryArticle for each item's fields).
 * Every item becomes an article or a page warning that names it; a file that is not a well-formed feed
 * fails with the reason. Pure.
 */
export function readFeed(
  bytes: Uint8Array,
  deps: FeedDeps = { fragmentToText: htmlFragmentToText },
): ParsedPageWithText | PageFailure {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  const decoded = decodeMarkup(bytes, 'xml');
  const source = decoded.text;
  const isJson = /^\s*[{[]/.test(source);
  let value: unknown = source;
  if (isJson) {
    try {
      value = JSON.parse(source);
    } catch (error) {
      return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
    }
  }
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(value);
  } catch (error) {
    return { ok: false, reason: parseFailure(error, isJson) };
  }
  const feed = feedEntries(parsed);
  const warnings: PageWarning[] = [];
  if (decoded.note) warnings.push({ line: null, message: decoded.note });
  const tally = new WarningTally();
  const positions = accountForDropped(parsed, value, feed.entries.length, tally);
  const context: EntryContext = {
    text: (t: FeedText | null) => textOf(t, deps),
    base: feed.link,
    outlet: oneLine(textOf(feed.title, deps)) || null,
    language: feed.language,
  };
  const drafts: ArticleDraft[] = [];
  feed.entries.forEach((entry, i) => {
    const placed: FeedEntry = { ...entry, position: positions?.[i] ?? entry.position };
    const draft = entryArticle(placed, context, tally);
    if (draft) drafts.push(draft);
  });
  warnings.push(...tally.warnings());
  if (drafts.length === 0) {
    const why =
      feed.entries.length === 0 ? 'the feed holds no items' : 'none of its items has a title or text';
    return { ok: false, reason: why };
  }
  const { articles, text } = joinArticles(drafts);
  return { ok: true, format: `feed-${feed.kind}`, articles, warnings, text };
}

/** The text of a title or body: HTML read by the HTML reader, plain text with its newlines kept. */
function textOf(t: FeedText | null, deps: FeedDeps): string {
  if (!t) return '';
  const raw = t.html && /[<&]/.test(t.value) ? deps.fragmentToText(t.value) : t.value;
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Items in the document that the parser left out (it drops an item with nothing readable) become one
 * warning. When the empty ones can be told apart, the warning names their places and the kept items
 * keep their own places in the feed; returns those places, or null when they are the parser's order.
 */
function accountForDropped(
  parsed: AnyFeed,
  value: unknown,
  kept: number,
  tally: WarningTally,
): number[] | null {
  const inDocument =
    parsed.format === 'json'
      ? { count: jsonItemCount(value), empty: [] as number[] }
      : rawItems(value as string, parsed.format);
  const missing = inDocument.count - kept;
  if (missing <= 0) return null;
  if (inDocument.empty.length === missing) {
    for (const place of inDocument.empty)
      tally.add(
        'empty',
        `item ${place} has no title and no text; not kept as an article`,
        'items with no title and no text',
      );
    const places: number[] = [];
    for (let p = 1; p <= inDocument.count; p += 1) if (!inDocument.empty.includes(p)) places.push(p);
    return places;
  }
  tally.note(`${missing} of the feed's ${inDocument.count} items hold nothing readable; not kept`);
  return null;
}

function jsonItemCount(value: unknown): number {
  const items = (value as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.length : 0;
}

function parseFailure(error: unknown, isJson: boolean): string {
  if (error instanceof MalformedError) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return `the feed's XML is malformed${cause ? ` (${cause})` : ''}`;
  }
  if (error instanceof DetectError) {
    return isJson
      ? 'not a JSON Feed (no "version": "https://jsonfeed.org/version/…" and items)'
      : 'not an RSS, RDF or Atom feed (no <rss>, <rdf:RDF> or <feed> root element)';
  }
  return `the feed cannot be read (${(error as Error).message})`;
}

function utf16Bom(head: Uint8Array): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  return null;
}
