/**
 * THE contract between the build-time pipeline and the browser app.
 *
 * The pipeline validates its output against these schemas before writing anything, and the app parses
 * what it fetches with the same schemas, so a mismatch fails loudly on one side or the other instead of
 * rendering wrong data. Bump SCHEMA_VERSION whenever a change would break a reader of an older file.
 *
 * No React, no DOM, no node:* imports: both sides import this module. It uses zod/mini (the same
 * validation, tree-shakable) because the app ships it: the classic API costs ~30 KB gzipped.
 */
import { z } from 'zod/mini';
import { slicedParser, type BodyParser } from './parseInSlices.ts';

export const SCHEMA_VERSION = 4;

/** A calendar day as `yyyy-MM-dd`; the only date shape allowed at the boundaries. */
export const IsoDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-MM-dd day'));

/** Something the pipeline wants an editor to know about a page; never fatal. */
export const PageWarningSchema = z.object({
  /** 1-based line in the page (after newline normalisation) the warning is about, if any. */
  line: z.nullable(z.int().check(z.positive())),
  message: z.string().check(z.minLength(1)),
});

export const PageSchema = z.object({
  /** File name inside the seeds folder, e.g. `000_eaa9ddb59c18344f.txt`. */
  file: z.string().check(z.minLength(1)),
  /** Name of the parser (page format) that read the page. */
  format: z.string().check(z.minLength(1)),
  /** sha256 of the page's raw bytes, hex. */
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  articleIds: z.array(z.string()),
  warnings: z.array(PageWarningSchema),
  /** The day the page was captured, inferred from the page itself; null when the page does not say. */
  capturedOn: z.nullable(IsoDaySchema),
  /** Sentences quoting the page text that fixed `capturedOn` (or say why it could not be fixed). */
  evidence: z.array(z.string()),
});

/**
 * One article as the pipeline sees it. `text` is the body exactly as in the page after newline
 * normalisation (CRLF/CR -> LF, BOM removed), so character offsets recorded later point into it.
 */
export const ArticleSchema = z.object({
  /** Stable id derived from the page file and the article's own content, never from a counter. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  file: z.string().check(z.minLength(1)),
  /** 0 is the page's main article; 1.. are the related articles in page order. */
  index: z.int().check(z.nonnegative()),
  role: z.enum(['main', 'related']),
  /** The outlet the page names for this article; null when the page does not say (never invented). */
  outlet: z.nullable(z.string().check(z.minLength(1))),
  /** Agency the article is syndicated from ("Reuters" for "WASHINGTON (Reuters) --"), when stated. */
  syndicatedFrom: z.nullable(z.string().check(z.minLength(1))),
  headline: z.string().check(z.minLength(1)),
  /** The aggregator's age line as written ("32 minutes ago"), null for a main article. */
  ageText: z.nullable(z.string().check(z.minLength(1))),
  /** Year of a copyright line that names this article's outlet ("© Thomson Reuters 2025."). */
  copyrightYear: z.nullable(z.int()),
  /** Where `text` starts in the normalised page, in UTF-16 code units. */
  pageOffset: z.int().check(z.nonnegative()),
  /**
   * Day of publication when the page shows it: the article's own date line or metadata, or a related
   * item "32 minutes ago" on the capture day. The reference day for the article's relative dates.
   */
  publishedOn: z.nullable(IsoDaySchema),
  /** One short sentence per clue that fixed `publishedOn` (or says why none did); no repeats. */
  publishedOnEvidence: z.array(z.string()),
  /** Last-modified day when the page states one apart from the publication day. */
  modifiedOn: z.nullable(IsoDaySchema),
  /** The original article's address (canonical URL), checked to be http(s); null when not stated. */
  url: z.nullable(z.string().check(z.regex(/^https?:\/\/[^\s]+$/))),
  /** Authors as the page names them (bylines, metadata), in page order; empty when not stated. */
  authors: z.array(z.string().check(z.minLength(1))),
  /** Primary language subtag ("en"), from the page or detected; null when unknown. */
  language: z.nullable(z.string().check(z.regex(/^[a-z]{2,3}$/))),
  text: z.string(),
});

/** One other capture of an article: its file, outlet, headline and address, and how it was matched. */
export const ArticleCopySchema = z.object({
  file: z.string().check(z.minLength(1)),
  outlet: z.nullable(z.string().check(z.minLength(1))),
  headline: z.string().check(z.minLength(1)),
  url: z.nullable(z.string().check(z.regex(/^https?:\/\/[^\s]+$/))),
  /** `url`: the same address (canonical URL or link); `text`: the same body, letters and digits. */
  sameBy: z.enum(['url', 'text']),
});

/** The article as listed in dataset.json: everything but the text, which is fetched on demand. */
export const ArticleSummarySchema = z.extend(z.omit(ArticleSchema, { text: true }), {
  textLength: z.int().check(z.nonnegative()),
  /**
   * Other captures of the same article (a web page and a feed item, the same story saved twice), found
   * by the same address or the same body text: listed here and not as articles of their own. Absent
   * when there are none.
   */
  copies: z.optional(z.array(ArticleCopySchema)),
});

/** `articles/<id>.json`. */
export const ArticleTextSchema = z.object({
  id: z.string(),
  text: z.string(),
});

export const PrecisionSchema = z.enum(['day', 'week', 'month', 'year']);

export const EventDateSchema = z.object({
  start: IsoDaySchema,
  /** Last day (inclusive) when the event spans days or the date is coarser than a day. */
  end: z.optional(IsoDaySchema),
  precision: PrecisionSchema,
  /** Part of a month or year: "early June". */
  part: z.optional(z.enum(['early', 'mid', 'late'])),
  /** The date as readers see it, at its precision: "Thu 3 Jul 2025", "early June 2025", "2022". */
  label: z.string().check(z.minLength(1)),
});

/** One article's words for an event: the verbatim sentence at its offsets in the article text. */
export const SourceSchema = z.object({
  articleId: z.string(),
  quote: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** The date expression as written, and where it stands in the article text. */
  dateText: z.string(),
  dateStart: z.int().check(z.nonnegative()),
  dateEnd: z.int().check(z.nonnegative()),
  /** How the date was resolved, in one sentence. */
  dateNote: z.string(),
});

export const EventSchema = z.object({
  /**
   * Slug of date and title when first published; kept when other pages are added. A correction that
   * changes the date or title gives a new id, and the old one becomes an alias (see `aliases`).
   */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: z.string().check(z.minLength(1)),
  summary: z.optional(z.string()),
  type: z.string(),
  /** `planned`: intended, expected or scheduled at the time of writing, not (yet) reported as done. */
  status: z.enum(['happened', 'planned']),
  /** null: the text does not support a date (shown as undated, with `warnings` saying why). */
  date: z.nullable(EventDateSchema),
  people: z.array(z.string()),
  countries: z.array(z.string().check(z.regex(/^[A-Z]{2}$/))),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  warnings: z.array(z.string()),
});

/**
 * Words of one article that state a person's country, next to the name ("Russian President Vladimir
 * Putin", "Putin, the Russian leader", "Fed Chair Jerome Powell"): `clue` as written, inside `sentence`,
 * the verbatim sentence at `start`/`end` in the article text (not named `quote`: the index carries these,
 * and event quotes live in the month shards only).
 */
export const PersonCountryClueSchema = z.object({
  id: z.string().check(z.regex(/^[A-Z]{2}$/)),
  articleId: z.string(),
  sentence: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  clue: z.string().check(z.minLength(1)),
});

export const PersonSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string()),
  /**
   * The person's country as the texts state it, across the whole dataset: the country most clues name,
   * null when no text says, or when two countries are named equally often (never guessed). A person's
   * events are under this country too.
   */
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** Provenance: the first clues (at most 3) naming `country`, or for a tie the first of each tied one. */
  countryClues: z.array(PersonCountryClueSchema),
  /** One sentence on how `country` was decided ("2 clues name Russia."); empty when no clue was found. */
  countryNote: z.string(),
});

export const CountrySchema = z.object({
  id: z.string().check(z.regex(/^[A-Z]{2}$/)),
  name: z.string().check(z.minLength(1)),
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** ISO timestamp of the build. */
  generatedAt: z.iso.datetime(),
  /** sha256 over the seed files' names and bytes: equal digests mean equal inputs. */
  inputDigest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  pages: z.array(PageSchema),
  articles: z.array(ArticleSummarySchema),
  events: z.array(EventSchema),
  people: z.array(PersonSchema),
  countries: z.array(CountrySchema),
  /**
   * Ids events had before a correction (or a merge) gave them another: `/events/<from>/` leads to
   * `/events/<to>/`. `from` is never a live event id; `to` always is. Ids whose event is gone are not here.
   */
  aliases: z.array(
    z.object({
      from: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      to: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    }),
  ),
  /** Files in the seeds folder that are not pages (wrong type, hidden), with the reason: never silent. */
  skippedFiles: z.array(z.object({ file: z.string(), reason: z.string() })),
});

/**
 * An event as the index the app loads first lists it: everything but the sources' words, which live in
 * the month's details shard. `sourceArticleIds` is each source's article, in the sources' order, so
 * the list can count sources and the outlet filter can work without the quotes.
 */
export const EventSummarySchema = z.extend(z.omit(EventSchema, { sources: true }), {
  sourceArticleIds: z.array(z.string()).check(z.minLength(1)),
});

/** `data/dataset.json`: the index, the full dataset without the quotes (see splitDataset). */
export const DatasetIndexSchema = z.extend(DatasetSchema, { events: z.array(EventSummarySchema) });

/** `data/events/<yyyy-MM|undated>.json`: the sources of every event whose date starts in that month. */
export const EventDetailsShardSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  key: z.string(),
  sources: z.record(z.string(), z.array(SourceSchema)),
});

/** `data/search.json`, fetched when a reader first searches: each event's quotes, for the text filter. */
export const SearchTextSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  quotes: z.record(z.string(), z.string()),
});

export type PageWarning = z.infer<typeof PageWarningSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type ArticleText = z.infer<typeof ArticleTextSchema>;
export type ArticleCopy = z.infer<typeof ArticleCopySchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type PersonCountryClue = z.infer<typeof PersonCountryClueSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type EventSummary = z.infer<typeof EventSummarySchema>;
export type DatasetIndex = z.infer<typeof DatasetIndexSchema>;
export type EventDetailsShard = z.infer<typeof EventDetailsShardSchema>;
export type SearchText = z.infer<typeof SearchTextSchema>;

/**
 * How the app checks the index: DatasetIndexSchema, with its long arrays checked a slice at a time and
 * `pause()` between slices, so a big archive's index never blocks the page for long (slicedParser).
 */
export function datasetIndexParser(pause: () => Promise<void>): BodyParser<DatasetIndex> {
  return slicedParser<DatasetIndex>(
    DatasetIndexSchema,
    { pages: PageSchema, articles: ArticleSummarySchema, events: EventSummarySchema },
    pause,
  );
}
