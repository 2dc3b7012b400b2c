import {
  SCHEMA_VERSION,
  type ArticleSummary,
  type ArticleText,
  type Dataset,
  type Page,
} from '../shared/schema.ts';
import type { ArticleAnalysisResult } from './analyseArticle.ts';
import { extractEvents, primeAnalyses, type ArticleInput } from './extractEvents.ts';
import { compareNames, inputDigestOf, sha256Hex } from './ids.ts';
import { duplicatePageMessage } from './pages/duplicatePages.ts';
import { mergeDuplicateArticles } from './pages/mergeDuplicateArticles.ts';
import { readerLabel } from './pages/parsePage.ts';
import { pageNameFor, parseSidecar, SIDECAR_SUFFIX, sidecarNameFor, type Sidecar } from './pages/sidecar.ts';
import { assignEventIds, type IdChanges } from './events/assignEventIds.ts';
import { EMPTY_LEDGER, parseIdLedger, type IdLedger } from './events/parseIdLedger.ts';
import { pageCacheKey, pageEntries, readPage, withWarning, type ReadPage } from './readPage.ts';
import { validateDataset, type ValidationMemo } from './validateDataset.ts';

export type SeedFile = { file: string; bytes: Uint8Array };
/**
 * A page for buildDataset: its bytes, or (read earlier, one page at a time, and dropped) its digest,
 * when the cache holds the page read under that digest (io/buildFromFolder.ts streams pages so).
 */
export type SeedPage = SeedFile | { file: string; digest: string; bytes?: undefined };
export type SkippedFile = { file: string; reason: string };
export type PageError = { file: string; reason: string };

/**
 * What a long-lived caller (the dev server) keeps between builds so that a rebuild after one page
 * changed redoes only that page: pages read (by digest and sidecar), per-article analyses (see
 * extractEvents) and the elements already checked against the schema. The global phase reuses its own
 * results through memos keyed by these cached objects. A build with a cache gives the same dataset as
 * one without.
 */
export type BuildCache = {
  pages: Map<string, ReadPage>;
  analyses: Map<string, ArticleAnalysisResult>;
  validated: ValidationMemo;
};

export function createBuildCache(): BuildCache {
  return { pages: new Map(), analyses: new Map(), validated: new WeakMap() };
}

export type BuildOptions = {
  /** ISO timestamp recorded as `generatedAt`; passed in so the stage stays pure and testable. */
  generatedAt: string;
  skippedFiles?: SkippedFile[];
  /** Editors' `<page>.meta.json` files; a malformed one, or one without its page, stops the build. */
  sidecars?: SeedFile[];
  /** The seeds folder's `event-ids.json` (events/parseIdLedger.ts); without it every event id is new. */
  idLedger?: SeedFile | null;
  /** Kept between builds by the dev server; see BuildCache. */
  cache?: BuildCache;
};

export type BuildResult =
  | {
      ok: true;
      dataset: Dataset;
      texts: ArticleText[];
      idLedger: { ledger: IdLedger; changes: IdChanges };
      /** The reader that took each seed file (parsePage's name: "text", "html"), for the CLI's summary. */
      readers: Map<string, string>;
    }
  | { ok: false; errors: PageError[] };

/**
 * Seed pages -> the dataset and the article texts. Every page that cannot be read at all is reported
 * (all of them, not just the first) and nothing is built; recoverable problems become page warnings.
 * The result is validated against the shared schema, so a contract break fails here, not in a browser.
 */
export function buildDataset(seeds: readonly SeedPage[], options: BuildOptions): BuildResult {
  const errors: PageError[] = [];
  const pages: Page[] = [];
  const articles: ArticleSummary[] = [];
  const texts: ArticleText[] = [];
  const inputs: ArticleInput[] = [];
  const sorted = [...seeds].sort((a, b) => compareNames(a.file, b.file));

  const sidecars = new Map<string, Sidecar>();
  for (const file of options.sidecars ?? []) {
    const result = parseSidecar(file.bytes);
    if (!result.ok) errors.push({ file: file.file, reason: result.reason });
    else if (!sorted.some((s) => sidecarNameFor(s.file) === file.file)) {
      errors.push({
        file: file.file,
        reason: `sidecar names a page that is not there (${pageNameFor(file.file)})`,
      });
    } else sidecars.set(file.file, result.sidecar);
  }
  let previousIds = EMPTY_LEDGER;
  if (options.idLedger) {
    const result = parseIdLedger(options.idLedger.bytes);
    if (result.ok) previousIds = result.ledger;
    else errors.push({ file: options.idLedger.file, reason: result.reason });
  }

  const cache = options.cache ?? createBuildCache();
  const skippedFiles: SkippedFile[] = [...(options.skippedFiles ?? [])];
  const pageKeys = new Set<string>();
  // The same page under two names: both kept (an article id names one capture), the later one warned.
  const firstFileWithText = new Map<string, string>();
  const digests: { file: string; digest: string }[] = [];
  const readers = new Map<string, string>();
  for (const seed of sorted) {
    const digest = seed.bytes ? sha256Hex(seed.bytes) : seed.digest;
    digests.push({ file: seed.file, digest });
    const sidecar = sidecars.get(sidecarNameFor(seed.file));
    const key = pageCacheKey(digest, sidecar, seed.file);
    pageKeys.add(key);
    let read = cache.pages.get(key);
    if (!read) {
      if (!seed.bytes) throw new Error(`${seed.file}: neither its bytes nor its reading are at hand`);
      read = readPage(seed.bytes, sidecar, seed.file);
      cache.pages.set(key, read);
    }
    const entries = pageEntries(read, seed.file, digest);
    if (read.parsed.reader) readers.set(seed.file, read.parsed.reader);
    if (!read.parsed.ok && read.parsed.reader !== 'text') {
      // Captured from the web (or a kind with no reader yet): the editor cannot fix the file, so it
      // is listed as skipped with the reason and the other files still build.
      skippedFiles.push({
        file: seed.file,
        reason: `not read${read.parsed.reader ? ` as a ${readerLabel(read.parsed.reader)}` : ''}: ${read.parsed.reason}`,
      });
      continue;
    }
    if (!read.parsed.ok || !entries) {
      errors.push({ file: seed.file, reason: read.parsed.ok ? 'unreadable page' : read.parsed.reason });
      continue;
    }
    const sameAs = firstFileWithText.get(read.parsed.text);
    if (!sameAs) firstFileWithText.set(read.parsed.text, seed.file);
    pages.push(
      sameAs ? withWarning(entries, { line: null, message: duplicatePageMessage(sameAs) }) : entries.page,
    );
    articles.push(...entries.articles);
    texts.push(...entries.texts);
    inputs.push(...entries.inputs);
    primeAnalyses(entries.inputs, cache.analyses);
  }
  for (const key of cache.pages.keys()) if (!pageKeys.has(key)) cache.pages.delete(key);
  if (errors.length > 0) return { ok: false, errors };
  const merged = mergeDuplicateArticles({ pages, articles, texts, inputs });
  const { events, people, countries } = extractEvents(merged.inputs, { cache: cache.analyses });
  const ids = assignEventIds(events, merged.articles, previousIds);

  const dataset = validateDataset(
    {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: options.generatedAt,
      inputDigest: inputDigestOf(digests),
      pages: merged.pages,
      articles: merged.articles,
      events: ids.events,
      people,
      countries,
      aliases: ids.aliases,
      skippedFiles,
    },
    cache.validated,
  );
  return {
    ok: true,
    dataset,
    texts: merged.texts,
    idLedger: { ledger: ids.ledger, changes: ids.changes },
    readers,
  };
}

/** One line per error; a sidecar's reason already says it is about the sidecar, not about a page. */
export function formatPageError(error: PageError): string {
  if (error.file.toLowerCase().endsWith(SIDECAR_SUFFIX)) return `${error.file}: ${error.reason}`;
  return `${error.file}: cannot be parsed: ${error.reason}`;
}

/** The closing line of a build that stopped: how many pages and how many sidecars (or other files) failed. */
export function errorTally(errors: readonly PageError[]): string {
  const sidecars = errors.filter((e) => e.file.toLowerCase().endsWith(SIDECAR_SUFFIX)).length;
  const parts = [
    ...(errors.length > sidecars ? [`${errors.length - sidecars} page(s) cannot be parsed`] : []),
    ...(sidecars > 0 ? [`${sidecars} sidecar(s) cannot be used`] : []),
  ];
  return `${parts.join(', ')}; nothing was written`;
}
