import type { PageWarning } from '../../../shared/schema.ts';
import { decodeMarkup } from '../feeds/decodeMarkup.ts';
import { joinArticles, type ArticleDraft } from '../feeds/joinArticles.ts';
import { WarningTally } from '../feeds/warningTally.ts';
import { readHtml, type HtmlArticle, type HtmlContext } from '../html/readHtml.ts';
import type { PageFailure } from '../pageFormat.ts';
import type { PageReader, ParsedPageWithText } from '../pageReader.ts';
import { charsetOf, decodeBody, mediaType, parseHttpResponse } from './httpPayload.ts';
import { FILE_INFLATE_LIMIT, splitWarc, type WarcRecord } from './warcRecords.ts';

/** What the WARC reader needs from the HTML reader; injectable so tests control it. */
export type WarcDeps = { readHtml: (html: string, context: HtmlContext) => HtmlArticle | PageFailure };

const WARC_NAME = /\.warc(?:\.gz)?$/i;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Web archives (`.warc`, `.warc.gz`, WARC/1.0 and 1.1), one page each, one article per HTML page in it:
 * a `response` record holding an HTTP 200 with Content-Type text/html or application/xhtml+xml, or a
 * `resource` record whose Content-Type is HTML. Its URL is WARC-Target-URI (http and https only); its
 * capture day (WARC-Date) is the day used when the page states none. Takes files named so, and files
 * whose first bytes are a WARC/1.x line.
 */
export const warcReader: PageReader = {
  name: 'warc',
  label: 'web archive',
  accepts: (fileName, head) =>
    WARC_NAME.test(fileName) || new TextDecoder('latin1').decode(head.subarray(0, 7)) === 'WARC/1.',
  read: (bytes) => readWarc(bytes),
};

/**
 * A WARC's bytes -> one page whose articles are its HTML pages in record order. Every other record is
 * counted in one warning by kind; a record that cannot be read (truncated, a gzip bomb, an unreadable
 * page) is a warning naming its number and byte offset, and the records around it are kept. Fails when
 * the file is no WARC or holds no HTML page. Pure.
 */
export function readWarc(bytes: Uint8Array, deps: WarcDeps = { readHtml }): ParsedPageWithText | PageFailure {
  const split = splitWarc(bytes);
  if (split.notWarc) return { ok: false, reason: split.notWarc };
  const tally = new WarningTally();
  const skipped = new Map<string, number>();
  const drafts: ArticleDraft[] = [];
  let inflated = 0;
  for (const record of split.records) {
    const page = htmlOf(record, skipped);
    if (!page) continue;
    const place = `record ${record.number} at byte ${record.offset}${page.url ? ` (${clip(page.url, 80)})` : ''}`;
    if (!page.ok) {
      tally.add('unread', `${place}: ${page.reason}`, 'HTML records not read');
      continue;
    }
    inflated += page.bytes.length;
    if (inflated > FILE_INFLATE_LIMIT) {
      tally.note(
        `the archive's pages inflate to more than ${FILE_INFLATE_LIMIT / 1e6} MB; records from ${record.number} on are not read`,
      );
      break;
    }
    const draft = articleOf(record, page, place, tally, deps);
    if (draft) drafts.push(draft);
  }
  const warnings: PageWarning[] = split.problems.map((message) => ({ line: null, message }));
  const kinds = skippedKinds(skipped);
  const skippedCount = [...skipped.values()].reduce((a, b) => a + b, 0);
  if (kinds) {
    const records = skippedCount === 1 ? '1 record that is' : `${skippedCount} records that are`;
    warnings.push({ line: null, message: `skipped ${records} not HTML pages: ${kinds}` });
  }
  warnings.push(...tally.warnings());
  if (drafts.length === 0) {
    const count = split.records.length;
    const why = split.problems.length > 0 ? `; ${split.problems[0]}` : '';
    return {
      ok: false,
      reason: `the archive holds no HTML page (${count} record${count === 1 ? '' : 's'}${kinds ? `: ${kinds}` : ''})${why}`,
    };
  }
  const { articles, text } = joinArticles(drafts);
  return { ok: true, format: 'warc', articles, warnings, text };
}

type HtmlRecord =
  | {
      ok: true;
      bytes: Uint8Array;
      charset: string | null;
      url: string | null;
      rawUrl: string;
      notes?: string[];
    }
  | { ok: false; reason: string; url: string | null };

/** The record's HTML document, or null (counted in `skipped` by kind) when it holds none. */
function htmlOf(record: WarcRecord, skipped: Map<string, number>): HtmlRecord | null {
  const type = (record.headers.get('warc-type') ?? 'untyped').toLowerCase();
  const rawUrl = (record.headers.get('warc-target-uri') ?? '').replace(/^<(.*)>$/, '$1');
  const url = httpUrl(rawUrl);
  const skip = (kind: string): null => {
    skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
    return null;
  };
  const blockType = mediaType(record.headers.get('content-type'));
  if (type === 'resource') {
    if (!blockType || !HTML_TYPES.has(blockType)) return skip(`resource ${blockType ?? 'untyped'}`);
    return {
      ok: true,
      bytes: record.block,
      charset: charsetOf(record.headers.get('content-type')),
      url,
      rawUrl,
    };
  }
  if (type !== 'response') return skip(type);
  if (blockType && !blockType.startsWith('application/http')) return skip(blockType);
  const response = parseHttpResponse(record.block);
  if (!response) return skip('responses that are not HTTP');
  if (response.status !== 200) return skip(`HTTP ${response.status}`);
  const contentType = response.headers.get('content-type');
  const payloadType = mediaType(contentType);
  if (!payloadType || !HTML_TYPES.has(payloadType)) return skip(payloadType ?? 'no Content-Type');
  const body = decodeBody(response);
  if (!body.ok) return { ok: false, reason: body.reason, url };
  return { ok: true, bytes: body.bytes, charset: charsetOf(contentType), url, rawUrl, notes: body.notes };
}

function articleOf(
  record: WarcRecord,
  page: Extract<HtmlRecord, { ok: true }>,
  place: string,
  tally: WarningTally,
  deps: WarcDeps,
): ArticleDraft | null {
  if (!page.url) {
    // An address with another scheme (javascript:, data:) is named by its scheme only, never quoted.
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(page.rawUrl)?.[1]?.toLowerCase();
    const shown = scheme
      ? `is a "${clip(scheme, 20)}" address, not http(s)`
      : page.rawUrl
        ? `"${clip(page.rawUrl, 60)}" is not an http(s) address`
        : 'none is given';
    tally.add(
      'url',
      `${place}: no link kept for its page (its WARC-Target-URI ${shown})`,
      'pages with no link',
    );
  }
  for (const note of page.notes ?? []) tally.add('body', `${place}: ${note}`, 'pages with a cut-off body');
  const decoded = decodeMarkup(page.bytes, 'html', page.charset);
  if (decoded.note) tally.add('charset', `${place}: ${decoded.note}`, 'pages with a guessed encoding');
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(record.headers.get('warc-date') ?? '')?.[1] ?? null;
  const fallbackDay = day ? { day, clue: `Captured on ${day} (WARC-Date of the record).` } : null;
  const html = deps.readHtml(decoded.text, { url: page.url, fallbackDay });
  if (!html.ok) {
    tally.add('unread', `${place}: ${html.reason}`, 'HTML records not read');
    return null;
  }
  for (const w of html.warnings) tally.add('page', `${place}: ${w.message}`, 'warnings about pages');
  return {
    role: 'main',
    outlet: html.outlet,
    syndicatedFrom: null,
    headline: html.headline,
    ageText: null,
    copyrightYear: null,
    meta: html.meta,
    text: html.text,
  };
}

/** "5 request, 4 image/jpeg, …": the skipped records by kind, most frequent first; null when none. */
function skippedKinds(skipped: Map<string, number>): string | null {
  if (skipped.size === 0) return null;
  const kinds = [...skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return kinds.map(([kind, n]) => `${n} ${kind}`).join(', ');
}

function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
