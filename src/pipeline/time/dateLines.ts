import { MONTHS, parseMonth } from './lexicon.ts';

/**
 * The shapes a news page writes its own date in, read one line or lead at a time. Nothing here knows
 * where the line sits in the article or picks between readings: see articleDay.ts.
 */

/** A day the line states; `order` is set for numeric dates whose day/month order the line alone leaves open. */
export type LineDate =
  | { kind: 'day'; year: number; month: number; day: number }
  | { kind: 'ambiguous'; year: number; first: number; second: number; separator: string }
  | { kind: 'monthDay'; month: number; day: number };

/** What one line near the top says: `label` tells a publication line from an update line. */
export type DateLineReading = {
  quote: string;
  source: 'line' | 'wire';
  label: 'published' | 'updated' | null;
  date: LineDate | null;
};

const MONTH = `(${MONTHS})`;
const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?';
const ZONE = '(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?)';
const TIME = `(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.?|p\\.m\\.?|am|pm)|\\d{1,2}[:.]\\d{2}(?::\\d{2})?)(?:\\s+${ZONE})?`;
const ORD = '(?:st|nd|rd|th)?';

const LABEL =
  /^(?:(first\s+published|published|posted|released|issued|filed|dated|date)|(last\s+updated|updated|last\s+modified|modified))(?:\s+on)?\s*:?\s*/i;
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY},?\\s+`, 'i');
const LEADING_TIME = new RegExp(`^${TIME},?\\s+`, 'i');
const TRAILING_TIME = new RegExp(`,?\\s+(?:at\\s+)?${TIME}\\.?$`, 'i');
const TRAILING_ZONE = new RegExp(`\\s*\\(?${ZONE}\\)?$`);

const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Segments of a line that may each hold a date: "By Ann Lee · 4 September 2008 · 5 min read". */
const SEGMENT_BREAK = /\s+[|·•]\s+|\s+[—–]\s+|\s+-\s+/;

/** The date a whole line (or one of its segments) consists of, with its label; null when the line is prose. */
export function readDateLine(line: string): DateLineReading | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return null;
  for (const segment of trimmed.split(SEGMENT_BREAK)) {
    const label = LABEL.exec(segment);
    const core = stripDecorations(label ? segment.slice(label[0].length) : segment);
    const date = readCoreDate(core);
    if (date) {
      return {
        quote: trimmed,
        source: 'line',
        label: label ? (label[1] ? 'published' : 'updated') : null,
        date,
      };
    }
  }
  return null;
}

function stripDecorations(segment: string): string {
  let s = segment.trim();
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(LEADING_TIME, '').replace(LEADING_WEEKDAY, '').replace(TRAILING_TIME, '');
    if (!/\d{4}$/.test(s)) s = s.replace(TRAILING_ZONE, '');
    s = s.trim();
  }
  return s;
}

function readCoreDate(core: string): LineDate | null {
  let m = MONTH_FIRST.exec(core);
  if (m) return calendarDay(Number(m[3]), parseMonth(m[1] ?? ''), Number(m[2]));
  m = DAY_FIRST.exec(core);
  if (m) return calendarDay(Number(m[3]), parseMonth(m[2] ?? ''), Number(m[1]));
  m = ISO.exec(core) ?? YEAR_FIRST.exec(core);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(core);
  if (m) return numericDate(Number(m[1]), Number(m[3]), Number(m[4]), m[2] ?? '/');
  return null;
}

function calendarDay(year: number, month: number | null, day: number): LineDate | null {
  if (month === null || !exists(year, month, day)) return null;
  return { kind: 'day', year, month, day };
}

/** 04/09/2008: a part above 12 is the day; two parts of 12 or less leave the order open. */
export function numericDate(first: number, second: number, year: number, separator: string): LineDate | null {
  const dayFirst = exists(year, second, first);
  const monthFirst = exists(year, first, second);
  if (dayFirst && monthFirst && first !== second)
    return { kind: 'ambiguous', year, first, second, separator };
  if (dayFirst) return { kind: 'day', year, month: second, day: first };
  if (monthFirst) return { kind: 'day', year, month: first, day: second };
  return null;
}

function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const AGENCY = '(?:Reuters|AP|AFP|Bloomberg|UPI|dpa|PA|Xinhua|ANSA|EFE|Kyodo|Yonhap|IANS|PTI|CNA|TASS)';
const PLACE = "[A-Z][A-Z.'/-]*(?:[ ][A-Z][A-Z.'/-]*)*";
const REGION = `(?!(?:${MONTHS})\\b)[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?`;
const LEAD_DATE = `${MONTH}\\s+(\\d{1,2})(?:,\\s+(\\d{4}))?|(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`;
/** Global: used with matchAll only, which works on a copy. */
const WIRE_LEAD = new RegExp(
  `(?:\\b${PLACE}(?:,\\s+${REGION})?(?:,\\s+(?:${LEAD_DATE}))?\\s+|^)\\(${AGENCY}\\)\\s*(?:--?|—|–)`,
  'gm',
);

/** Wire-service leads in `text`: "LONDON, Sept 4 (Reuters) -", "WASHINGTON (Reuters) -", "(AP) —". */
export function readWireLeads(text: string): DateLineReading[] {
  const out: DateLineReading[] = [];
  for (const m of text.matchAll(WIRE_LEAD)) {
    const quote = m[0].trim();
    const monthWord = m[1] ?? m[5];
    const dayText = m[2] ?? m[4];
    const yearText = m[3] ?? m[6];
    const month = monthWord ? parseMonth(monthWord) : null;
    let date: LineDate | null = null;
    if (month !== null && dayText) {
      date = yearText
        ? calendarDay(Number(yearText), month, Number(dayText))
        : exists(2000, month, Number(dayText))
          ? { kind: 'monthDay', month, day: Number(dayText) }
          : null;
    }
    out.push({ quote, source: 'wire', label: null, date });
  }
  return out;
}

/** Month-name dates anywhere in `text` ("September 4", "4 Sept"), for settling a numeric date's order. */
export function namedMonthDays(text: string): Array<{ month: number; day: number; quote: string }> {
  const out: Array<{ month: number; day: number; quote: string }> = [];
  const pattern = new RegExp(
    `\\b${MONTH}\\s+(\\d{1,2})${ORD}\\b|\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const month = parseMonth(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    if (month !== null && day >= 1 && day <= 31) out.push({ month, day, quote: m[0] });
  }
  return out;
}

/** Other numeric dates in `text` whose order is plain (a part above 12), with the separator they use. */
export function plainNumericOrders(
  text: string,
): Array<{ dayFirst: boolean; separator: string; quote: string }> {
  const out: Array<{ dayFirst: boolean; separator: string; quote: string }> = [];
  for (const m of text.matchAll(/\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) out.push({ dayFirst: true, separator: m[2] ?? '/', quote: m[0] });
    if (b > 12 && a <= 12) out.push({ dayFirst: false, separator: m[2] ?? '/', quote: m[0] });
  }
  return out;
}
