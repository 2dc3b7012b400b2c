import { MONTHS, parseMonth } from './lexicon.ts';
import type { Mention } from './mention.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
const MONTH_DAY = new RegExp(String.raw`\b(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?\b${YEAR}`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS})\b${YEAR}`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/**
 * Dates written like real ones that no calendar has: "February 30, 2025", "31 June", "2025-02-29".
 * Other recognisers skip them (chrono refuses them; the month alone would be read as "February"), so
 * they are taken here as calendar mentions whose day does not exist; resolution then leaves them
 * unresolved with a note saying so, and an event stated with one is shown undated with that warning
 * instead of being placed in the month. February 29 without a year is left alone: leap years have it.
 */
export function recognizeImpossibleDays(text: string): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number, month: number | null, day: number, year: number | null) => {
    if (month === null || day < 1 || day > 31 || exists(year, month, day)) return;
    out.push({
      start,
      end,
      meaning: { kind: 'calendar', month, day, weekday: null, year, yearShift: null },
      rule: 'impossible-day',
      priority: 9,
    });
  };
  for (const m of text.matchAll(MONTH_DAY)) {
    add(m.index, m.index + m[0].length, parseMonth(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    add(m.index, m.index + m[0].length, parseMonth(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : null);
  }
  for (const m of text.matchAll(ISO)) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) add(m.index, m.index + m[0].length, month, Number(m[3]), Number(m[1]));
  }
  return out;
}

function exists(year: number | null, month: number, day: number): boolean {
  if (day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month !== 2 || day !== 29 || year === null) return true;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
