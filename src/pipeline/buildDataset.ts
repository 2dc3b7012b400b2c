import {
  ArticleTextSchema,
  DatasetSchema,
  SCHEMA_VERSION,
  type ArticleSummary,
  type ArticleText,
  type Dataset,
  type Page,
} from '../shared/schema.ts';
import { extractEvents, primeAnalyses, type ArticleInput, type ExtractOptions } from './extractEvents.ts';
import { articleId, compareNames, inputDigest, sha256Hex } from './ids.ts';
import { parsePage } from './pages/parsePage.ts';
import { duplicatePageMessage } from './pages/duplicatePages.ts';
import { parseSidecar, sidecarNameFor, type Sidecar } from './pages/sidecar.ts';
import { assignEventIds, type IdChanges } from './events/assignEventIds.ts';
import { EMPTY_LEDGER, parseIdLedger, type IdLedger } from './events/parseIdLedger.ts';
import { inferCaptureDate } from './time/inferCaptureDate.ts';

export type SeedFile = { file: string; bytes: Uint8Array };
export type SkippedFile = { file: string; reason: string };
export type PageError = { file: string; reason: string };

export type BuildOptions = {
  /** ISO timestamp recorded as `generatedAt`; passed in so the stage stays pure and testable. */
  generatedAt: string;
  skippedFiles?: SkippedFile[];
  /** Editors' `<page>.meta.json` files; a malformed one, or one without its page, stops the build. */
  sidecars?: SeedFile[];
  /** The seeds folder's `event-ids.json` (events/parseIdLedger.ts); without it every event id is new. */
  idLedger?: SeedFile | null;
  /** Per-article analyses kept between builds (see extractEvents); the dev server passes one. */
  analysisCache?: ExtractOptions['cache'];
  /** Parsed pages and capture days kept between builds, keyed by page digest and sidecar. */
  pageCache?: Map<string, ReadPage>;
};

type ReadPage = { parsed: ReturnType<typeof parsePage>; capture: ReturnType<typeof captureDay> | null };

export type BuildResult =
  | { ok: true; dataset: Dataset; texts: ArticleText[]; idLedger: { ledger: IdLedger; changes: IdChanges } }
  | { ok: false; errors: PageError[] };

/**
 * Seed pages -> the dataset and the article texts. Every page that cannot be read at all is reported
 * (all of them, not just the first) and nothing is built; recoverable problems become page warnings.
 * The result is validated against the shared schema, so a contract break fails here, not in a browser.
 */
export function buildDataset(seeds: readonly SeedFile[], options: BuildOptions): BuildResult {
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
        reason: `sidecar names a page that is not there (${file.file.replace(/\.meta\.json$/i, '.txt')})`,
      });
    } else sidecars.set(file.file, result.sidecar);
  }
  let previousIds = EMPTY_LEDGER;
  if (options.idLedger) {
    const result = parseIdLedger(options.idLedger.bytes);
    if (result.ok) previousIds = result.ledger;
    else errors.push({ file: options.idLedger.file, reason: result.reason });
  }

  const analysisCache = options.analysisCache ?? new Map();
  const pageCache = options.pageCache;
  const pageKeys = new Set<string>();
  // The same page under two names: both kept (an article id names one capture), the later one warned.
  const firstFileWithText = new Map<string, string>();
  for (const seed of sorted) {
    const digest = sha256Hex(seed.bytes);
    const sidecar = sidecars.get(sidecarNameFor(seed.file));
    const key = `${digest}|${JSON.stringify(sidecar ?? null)}`;
    pageKeys.add(key);
    let read = pageCache?.get(key);
    if (!read) {
      const parsedNow = parsePage(seed.bytes);
      read = { parsed: parsedNow, capture: parsedNow.ok ? captureDay(parsedNow.articles, sidecar) : null };
      pageCache?.set(key, read);
    }
    const { parsed, capture } = read;
    if (!parsed.ok || !capture) {
      errors.push({ file: seed.file, reason: parsed.ok ? 'unreadable page' : parsed.reason });
      continue;
    }
    const page: Page = {
      file: seed.file,
      format: parsed.format,
      digest,
      articleIds: [],
      warnings: [...parsed.warnings],
      capturedOn: capture.capturedOn,
      evidence: capture.evidence,
    };
    const sameAs = firstFileWithText.get(parsed.text);
    if (sameAs) page.warnings.push({ line: null, message: duplicatePageMessage(sameAs) });
    else firstFileWithText.set(parsed.text, seed.file);
    if (capture.assumption) page.warnings.push({ line: null, message: capture.assumption });
    if (capture.capturedOn === null) {
      page.warnings.push({
        line: null,
        message:
          'the capture day cannot be worked out from the page, so relative dates ("on Friday") stay unresolved',
      });
    }
    const seen = new Map<string, number>();
    const firstInput = inputs.length;
    for (const a of parsed.articles) {
      const id = articleId(seed.file, a.headline, a.text);
      const first = seen.get(id);
      if (first !== undefined) {
        page.warnings.push({
          line: null,
          message: `article ${a.index} ("${a.headline}") repeats article ${first} word for word; kept once`,
        });
        continue;
      }
      seen.set(id, a.index);
      page.articleIds.push(id);
      const { text, ...rest } = a;
      const publishedOn = publishedOnCaptureDay(a.ageText) ? capture.capturedOn : null;
      articles.push({ id, file: seed.file, ...rest, publishedOn, textLength: text.length });
      texts.push(ArticleTextSchema.parse({ id, text }));
      inputs.push({ id, file: seed.file, ...a, publishedOn, capturedOn: capture.capturedOn });
    }
    pages.push(page);
    primeAnalyses(inputs.slice(firstInput), analysisCache);
  }
  if (pageCache) for (const key of pageCache.keys()) if (!pageKeys.has(key)) pageCache.delete(key);
  if (errors.length > 0) return { ok: false, errors };
  const { events, people, countries } = extractEvents(inputs, { cache: analysisCache });
  const ids = assignEventIds(events, articles, previousIds);

  const result = DatasetSchema.safeParse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    inputDigest: inputDigest(sorted),
    pages,
    articles,
    events: ids.events,
    people,
    countries,
    aliases: ids.aliases,
    skippedFiles: options.skippedFiles ?? [],
  });
  if (!result.success) {
    throw new Error(`the built dataset breaks the schema: ${result.error.message}`);
  }
  return { ok: true, dataset: result.data, texts, idLedger: { ledger: ids.ledger, changes: ids.changes } };
}

export function formatPageError(error: PageError): string {
  return `${error.file}: cannot be parsed: ${error.reason}`;
}

/**
 * A related item listed as minutes or hours old was published on the capture day (taken as the day
 * the page was captured; an item captured just after midnight could be a day older, which the age
 * line cannot tell).
 */
function publishedOnCaptureDay(ageText: string | null): boolean {
  return (
    ageText !== null &&
    /^(?:just now|(?:an?|one|\d{1,2})\s+(?:second|minute|min|hour|hr)s?\s+ago)$/i.test(ageText)
  );
}

/** The inferred capture day, unless the editor's sidecar sets it. */
function captureDay(articles: Parameters<typeof inferCaptureDate>[0], sidecar: Sidecar | undefined) {
  const inferred = inferCaptureDate(articles);
  if (!sidecar?.capturedOn) return inferred;
  const note = sidecar.note ? ` ("${sidecar.note}")` : '';
  return {
    capturedOn: sidecar.capturedOn,
    evidence: [
      `Set by the editor's sidecar file to ${sidecar.capturedOn}${note}.`,
      `From the page alone: ${inferred.capturedOn ?? 'no day'}.`,
      ...inferred.evidence,
    ],
  };
}
