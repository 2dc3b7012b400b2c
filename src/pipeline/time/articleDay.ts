import { MONTH_NAMES, describeDay, makeDay } from './calendar.ts';
import {
  type DateLineReading,
  type LineDate,
  namedMonthDays,
  plainNumericOrders,
  readDateLine,
  readWireLeads,
} from './dateLines.ts';

/**
 * The article's own day, from its date line: the headline and the first lines only (a date inside a
 * body sentence is what the article reports, not when it was written). `evidence` holds one short
 * sentence per clue, quoting the text, no repeats. `partial` is a date line that states a month and
 * day but no year ("LONDON, Sept 4 (Reuters) -"), left for a caller that knows the year.
 */
export type ArticleDay = {
  day: string | null;
  evidence: string[];
  partial: { month: number; day: number; quote: string } | null;
};

/** Lines of the text (after the headline) that count as the top of the article. */
const TOP_LINES = 5;
/** Lines that may hold a wire lead, which opens the first paragraph. */
const LEAD_LINES = 3;

type Found = { reading: DateLineReading; day: string; why: string };

export function readArticleDay(headline: string, text: string): ArticleDay {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const readings: DateLineReading[] = [];
  for (const line of [headline, ...lines.slice(0, TOP_LINES)]) {
    const reading = readDateLine(line);
    if (reading) readings.push(reading);
  }
  readings.push(...readWireLeads(lines.slice(0, LEAD_LINES).join('\n')));

  const evidence: string[] = [];
  const found: Found[] = [];
  let partial: ArticleDay['partial'] = null;
  const page = `${headline}\n${text}`;
  for (const reading of readings) {
    const date = settle(reading, page, evidence);
    if (!date) continue;
    if (date.kind === 'monthDay') {
      partial ??= { month: date.month, day: date.day, quote: reading.quote };
      continue;
    }
    const day = makeDay(date.year, date.month, date.day);
    const why = date.explained ? '' : whyOf(reading, describeDay(day ?? new Date(0)));
    if (day) found.push({ reading, day: isoOf(date), why });
  }

  const published = found.filter((f) => f.reading.label !== 'updated');
  const chosen = published.length > 0 ? published : found;
  const days = [...new Set(chosen.map((f) => f.day))];
  for (const f of found) if (f.why) add(evidence, f.why);
  if (days.length > 1) {
    add(
      evidence,
      `These date lines give different days (${days.join(', ')}), so the article's day is not taken.`,
    );
    return { day: null, evidence, partial: null };
  }
  const day = days[0] ?? null;
  if (day && published.length === 0)
    add(evidence, 'Only an update time is given, so the article is dated by its last update.');
  if (day && partial && !day.endsWith(`-${pad2(partial.month)}-${pad2(partial.day)}`)) {
    add(evidence, `The lead "${partial.quote}" names another day, so the article's day is not taken.`);
    return { day: null, evidence, partial: null };
  }
  if (!day && !partial && evidence.length === 0) add(evidence, 'No date line at the top of the article.');
  return { day, evidence, partial: day ? null : partial };
}

/**
 * A date line that names a month and day but no year, placed in the year of `reference` (the page's
 * capture day): the latest such day on or before it. Anything else is returned as it is.
 */
export function placeInYear(own: ArticleDay, reference: string | null): ArticleDay {
  if (own.day || !own.partial || !reference) return own;
  const year = Number(reference.slice(0, 4));
  const sameYear = makeDay(year, own.partial.month, own.partial.day);
  const y = sameYear && isoOf({ year, ...own.partial }) <= reference ? year : year - 1;
  const date = makeDay(y, own.partial.month, own.partial.day);
  if (!date) return own;
  return {
    day: isoOf({ year: y, ...own.partial }),
    evidence: [
      ...own.evidence,
      `"${own.partial.quote}" states no year; the page's capture day (${reference}) puts it in ${y}.`,
    ],
    partial: null,
  };
}

/** The reading's date, with a numeric date's order settled by the page when it can be. */
function settle(
  reading: DateLineReading,
  page: string,
  evidence: string[],
): (Exclude<LineDate, { kind: 'ambiguous' }> & { explained?: true }) | null {
  const date = reading.date;
  if (!date) {
    add(evidence, `The wire lead "${reading.quote}" states no date.`);
    return null;
  }
  if (date.kind === 'monthDay') {
    add(
      evidence,
      `The wire lead "${reading.quote}" gives ${MONTH_NAMES[date.month - 1]} ${date.day} but no year.`,
    );
    return date;
  }
  if (date.kind !== 'ambiguous') return date;
  const dayFirst = { kind: 'day' as const, year: date.year, month: date.second, day: date.first };
  const monthFirst = { kind: 'day' as const, year: date.year, month: date.first, day: date.second };
  const open = `"${reading.quote}" could be ${label(dayFirst)} or ${label(monthFirst)}`;
  const orders = plainNumericOrders(page).filter((o) => o.separator === date.separator);
  const named = namedMonthDays(page);
  const votes = [
    ...orders.map((o) => ({
      dayFirst: o.dayFirst,
      why: `"${o.quote}" on the page writes the day ${o.dayFirst ? 'first' : 'second'}`,
    })),
    ...named.flatMap((n) => {
      if (n.month === dayFirst.month && n.day === dayFirst.day)
        return [{ dayFirst: true, why: `the page names "${n.quote}"` }];
      if (n.month === monthFirst.month && n.day === monthFirst.day)
        return [{ dayFirst: false, why: `the page names "${n.quote}"` }];
      return [];
    }),
  ];
  const sides = new Set(votes.map((v) => v.dayFirst));
  const vote = votes[0];
  if (sides.size !== 1 || !vote) {
    add(evidence, `${open}: the page does not settle whether the day or the month comes first.`);
    return null;
  }
  const settled = vote.dayFirst ? dayFirst : monthFirst;
  add(evidence, `${open}; ${vote.why}, so it is ${label(settled)}.`);
  return { ...settled, explained: true };
}

function whyOf(reading: DateLineReading, day: string): string {
  if (reading.source === 'wire') return `The wire lead "${reading.quote}" dates the article ${day}.`;
  if (reading.label === 'published') return `The line "${reading.quote}" gives the publication day, ${day}.`;
  if (reading.label === 'updated') return `The line "${reading.quote}" gives the last update, ${day}.`;
  return `The date line "${reading.quote}" at the top of the article gives ${day}.`;
}

function label(d: { year: number; month: number; day: number }): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

function isoOf(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function add(evidence: string[], sentence: string): void {
  if (!evidence.includes(sentence)) evidence.push(sentence);
}
