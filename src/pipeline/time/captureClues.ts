import { MONTHS, WEEKDAYS, parseMonth, parseWeekday } from './lexicon.ts';
import { tagTimex } from './tagTimex.ts';
import { isScheduledClause } from './scheduledClause.ts';
import {
  type Span,
  type Tense,
  clauseTense,
  insideAny,
  quoteSpans,
  sentenceSpans,
  spanAt,
} from './textContext.ts';

/**
 * What one article says about when it was written: its age, the weekdays and dates it states (with
 * tense and sentence), datelines, copyright years and "this year ... the same period in 2024" phrasing.
 * Read without any reference date, so nothing here is resolved against a guess.
 */

export type Statement = { text: string; quote: string; start: number; sentence: number; tense: Tense };
export type WeekdayStatement = Statement & { weekday: number };
export type DateStatement = Statement & { month: number; day: number; year: number | null };
/** `bound`: stated in the past tense outside any plan or schedule, so the year is already past. */
export type YearStatement = Statement & { year: number; bound: boolean };

export type ArticleClues = {
  label: string;
  /** Hours between publication and capture when the page states it ("32 minutes ago"), else null. */
  ageHours: number | null;
  weekdays: WeekdayStatement[];
  dates: DateStatement[];
  years: YearStatement[];
  datelines: Array<{ month: number; day: number; year: number | null; quote: string }>;
  copyrightYears: number[];
  /** Years the text calls "this year" by comparing with the year before ("up 52% on the same period in 2024"). */
  currentYears: Array<{ year: number; quote: string }>;
  /**
   * Sentence `i` of the text as a set of content words, to tell whether two statements share a topic
   * (undefined past the last sentence). Made when first asked: only weekday-date pairs need it.
   */
  sentenceWords: (i: number) => Set<string> | undefined;
};

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};

/** "32 minutes ago", "an hour ago", "2 hours ago", "yesterday", "3 days ago" -> hours; null otherwise. */
export function parseAgeHours(ageText: string | null): number | null {
  if (!ageText) return null;
  const t = ageText.toLowerCase().trim();
  if (/^(?:just now|moments? ago|now)$/.test(t)) return 0;
  if (t === 'yesterday') return 24;
  const m = /^(\d+|an?|one|two|three|four|five|six)\s+(min(?:ute)?s?|h(?:ou)?rs?|days?)\s+ago$/.exec(t);
  if (!m) return null;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : (WORD_NUMBERS[m[1] ?? ''] ?? 1);
  const unit = m[2] ?? '';
  return unit.startsWith('min') ? n / 60 : unit.startsWith('d') ? n * 24 : n;
}

const STOP = new Set(
  'that this with from have been were will would said says their there they them than then into over about after before also which while when what where other some more most such only just very could should being year years month months week weeks today friday monday tuesday wednesday thursday saturday sunday january february march april june july august september october november december three four five'.split(
    ' ',
  ),
);

function contentWords(sentence: string): Set<string> {
  return new Set((sentence.match(/\b[a-z]{4,}\b/g) ?? []).filter((w) => !STOP.has(w)));
}

function lazyWords(text: string, sentences: readonly Span[]): (i: number) => Set<string> | undefined {
  const made = new Map<number, Set<string>>();
  return (i) => {
    const s = sentences[i];
    if (!s) return undefined;
    let words = made.get(i);
    if (!words) made.set(i, (words = contentWords(text.slice(s.start, s.end))));
    return words;
  };
}

function excerpt(text: string, sentence: Span, start: number, end: number): string {
  let from = Math.max(sentence.start, start - 60);
  let to = Math.min(sentence.end, end + 40);
  while (from > sentence.start && /\S/.test(text[from - 1] ?? '')) from -= 1;
  while (to < sentence.end && /\S/.test(text[to] ?? '')) to += 1;
  const cut = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > sentence.start ? '…' : ''}${cut}${to < sentence.end ? '…' : ''}`;
}

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS})\\b`);
/** Global: used with matchAll only, which works on a copy. */
const DATELINE = new RegExp(
  `\\b[A-Z][A-Z.'/ -]{2,40}, (${MONTHS}) (\\d{1,2})(?:, ((?:19|20)\\d{2}))? \\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|PA|Xinhua)\\)`,
  'g',
);

/** `headlineEnd`: where the headline line ends when `text` is headline + line break + body. */
export function articleClues(
  label: string,
  text: string,
  ageText: string | null,
  copyrightYear: number | null,
  headlineEnd?: number,
): ArticleClues {
  const sentences = sentenceSpans(text);
  const quotes = quoteSpans(text);
  const clues: ArticleClues = {
    label,
    ageHours: parseAgeHours(ageText),
    weekdays: [],
    dates: [],
    years: [],
    datelines: [],
    copyrightYears: copyrightYear === null ? [] : [copyrightYear],
    currentYears: [],
    sentenceWords: lazyWords(text, sentences),
  };
  for (const t of tagTimex(text, { dct: null, headlineEnd })) {
    if (insideAny(quotes, t.start, t.end)) continue;
    const sentence = spanAt(sentences, t.start);
    const statement: Statement = {
      text: t.text,
      quote: excerpt(text, sentence, t.start, t.end),
      start: t.start,
      sentence: sentences.indexOf(sentence),
      tense: clauseTense(text, sentence, t.start, t.end),
    };
    const weekday = /^XXXX-WXX-(\d)$/.exec(t.value);
    const date = /^(XXXX|\d{4})-(\d{2})-(\d{2})$/.exec(t.value);
    const year = /^(\d{4})(?:-\d{2})?$/.exec(t.value);
    if (weekday && !/^(?:last|next|this|past|coming)\b/i.test(t.text)) {
      clues.weekdays.push({ ...statement, weekday: Number(weekday[1]) % 7 });
    } else if (date) {
      clues.dates.push({
        ...statement,
        month: Number(date[2]),
        day: Number(date[3]),
        year: date[1] === 'XXXX' ? null : Number(date[1]),
      });
      // "Tuesday, March 4": the weekday written with the date is a statement of its own.
      const named = WEEKDAY_WORD.exec(t.text);
      const stated = named ? parseWeekday(named[1] ?? '') : null;
      if (stated !== null) clues.weekdays.push({ ...statement, weekday: stated });
    }
    if (year || (date && date[1] !== 'XXXX'))
      clues.years.push({
        ...statement,
        year: Number((year ?? date)?.[1]),
        bound: statement.tense === 'past' && !isScheduledClause(text, sentence, t.start, t.end),
      });
  }
  for (const m of text.matchAll(DATELINE)) {
    const month = parseMonth(m[1] ?? '');
    if (month !== null)
      clues.datelines.push({ month, day: Number(m[2]), year: m[3] ? Number(m[3]) : null, quote: m[0] });
  }
  for (const m of text.matchAll(/©[^\n©]{0,60}?\b((?:19|20)\d{2})\b/g))
    clues.copyrightYears.push(Number(m[1]));
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m =
      /\bsame (?:period|month|quarter|time|day|week)(?: of| in| last year,? in)? ((?:19|20)\d{2})\b/.exec(
        sentence,
      );
    if (m && /\b(?:this year|so far this year|year to date)\b/i.test(sentence)) {
      clues.currentYears.push({ year: Number(m[1]) + 1, quote: sentence.replace(/\s+/g, ' ').trim() });
    }
  }
  return clues;
}
