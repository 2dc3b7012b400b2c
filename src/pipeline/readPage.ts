import {
  ArticleTextSchema,
  type ArticleSummary,
  type ArticleText,
  type Page,
  type PageWarning,
} from '../shared/schema.ts';
import type { ArticleInput } from './analyseArticle.ts';
import { articleId } from './ids.ts';
import type { ArticleMeta } from './pages/pageFormat.ts';
import { parsePage } from './pages/parsePage.ts';
import { applySidecar } from './pages/applySidecar.ts';
import { sidecarNameFor, type Sidecar } from './pages/sidecar.ts';
import { type ArticleDay, placeInYear, readArticleDay } from './time/articleDay.ts';
import { inferCaptureDate } from './time/inferCaptureDate.ts';

export type Capture = ReturnType<typeof captureDay>;

/**
 * One page read: parsed, its capture day, and (once built under a file name) its dataset entries. It
 * depends only on the page's bytes, its sidecar and its file name, so a long-lived caller keeps it
 * between builds. Nothing in it is changed after it is made: the dataset shares these objects.
 */
export type ReadPage = {
  parsed: ReturnType<typeof parsePage>;
  capture: Capture | null;
  entries?: PageEntries & { file: string };
};

/** What one page adds to the dataset; `page` without a duplicate-page warning (see withWarning). */
export type PageEntries = {
  page: Page;
  articles: ArticleSummary[];
  texts: ArticleText[];
  inputs: ArticleInput[];
  /** Where a warning about the page as a whole (a duplicate) goes among `page.warnings`. */
  pageWarningAt: number;
};

/**
 * What a read page is kept under: its bytes' digest, its sidecar and the file-name ending that picks
 * its reader (the same bytes as `.txt` and as `.html` are read differently).
 */
export function pageCacheKey(digest: string, sidecar: Sidecar | undefined, file = 'page.txt'): string {
  return `${digest}|${readerExtension(file)}|${JSON.stringify(sidecar ?? null)}`;
}

/** The file-name ending readers choose by (`.html.gz`, `.txt`). */
export function readerExtension(file: string): string {
  return /(\.[a-z0-9]+(?:\.gz)?)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
}

/** The page read, with what its sidecar states about its articles and capture day put in. */
export function readPage(bytes: Uint8Array, sidecar: Sidecar | undefined, file = 'page.txt'): ReadPage {
  let parsed = parsePage(bytes, file);
  if (parsed.ok && sidecar) {
    const applied = applySidecar(parsed.articles, sidecar, sidecarNameFor(file));
    parsed = { ...parsed, articles: applied.articles, warnings: [...parsed.warnings, ...applied.warnings] };
  }
  return { parsed, capture: parsed.ok ? captureDay(parsed.articles, sidecar) : null };
}

/**
 * The page's entries under `file` (its articles' ids digest the file name), made once per read page.
 * Null when the page cannot be read.
 */
export function pageEntries(read: ReadPage, file: string, digest: string): PageEntries | null {
  if (read.entries?.file === file) return read.entries;
  const { parsed, capture } = read;
  if (!parsed.ok || !capture) return null;
  const warnings: PageWarning[] = [...parsed.warnings];
  const pageWarningAt = warnings.length;
  if (capture.assumption) warnings.push({ line: null, message: capture.assumption });
  const noDayWarningAt = warnings.length;
  const page: Page = {
    file,
    format: parsed.format,
    digest,
    articleIds: [],
    warnings,
    capturedOn: capture.capturedOn,
    evidence: capture.evidence,
  };
  const entries: PageEntries = { page, articles: [], texts: [], inputs: [], pageWarningAt };
  const seen = new Map<string, number>();
  for (const a of parsed.articles) {
    const id = articleId(file, a.headline, a.text);
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push({
        line: null,
        message: `article ${a.index} ("${a.headline}") repeats article ${first} word for word; kept once`,
      });
      continue;
    }
    seen.set(id, a.index);
    page.articleIds.push(id);
    const { text, meta, ...rest } = a;
    const own = placeInYear(readArticleDay(a.headline, text), capture.capturedOn);
    const fields = articleFields(meta, own, publishedOnCaptureDay(a.ageText) ? capture.capturedOn : null);
    entries.articles.push({ id, file, ...rest, ...fields, textLength: text.length });
    entries.texts.push(ArticleTextSchema.parse({ id, text }));
    // An article not in English is listed but not analysed: its events are not extracted (the page
    // warns), so the analysis gets no text to find mentions in.
    const analysed = fields.language === null || fields.language === 'en' ? text : '';
    entries.inputs.push({ id, file, ...rest, ...fields, text: analysed, capturedOn: capture.capturedOn });
  }
  // Relative dates are placed from an article's publication day, else the capture day: the warning is
  // for pages with an article that has neither.
  const noDay = entries.articles.filter((a) => a.publishedOn === null).length;
  if (capture.capturedOn === null && noDay > 0) {
    const which =
      noDay === entries.articles.length ? '' : ` in the ${noDay} article(s) with no publication day`;
    warnings.splice(noDayWarningAt, 0, {
      line: null,
      message: `the capture day cannot be worked out from the page, so relative dates ("on Friday")${which} stay unresolved`,
    });
  }
  read.entries = { ...entries, file };
  return entries;
}

/** The page with one more page-wide warning, in its place; a copy, the cached page stays as it is. */
export function withWarning(entries: PageEntries, warning: PageWarning): Page {
  const warnings = [...entries.page.warnings];
  warnings.splice(entries.pageWarningAt, 0, warning);
  return { ...entries.page, warnings };
}

/**
 * The dataset's article fields: the day the format knew from metadata first, then the article's own
 * date line, then a fresh related item's capture day.
 */
function articleFields(meta: ArticleMeta | undefined, own: ArticleDay, freshDay: string | null) {
  const fresh = freshDay ? ['Listed minutes or hours old on the page, so published on its capture day.'] : [];
  const publishedOn = meta?.publishedOn ?? own.day ?? freshDay;
  return {
    publishedOn,
    publishedOnEvidence: meta?.publishedOn
      ? (meta.publishedOnEvidence ?? [])
      : own.day || !freshDay
        ? own.evidence
        : [...own.evidence, ...fresh],
    modifiedOn: meta?.modifiedOn ?? null,
    url: meta?.url ?? null,
    authors: meta?.authors ?? [],
    language: meta?.language ?? null,
  };
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
