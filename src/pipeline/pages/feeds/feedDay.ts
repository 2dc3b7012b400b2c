import { formatDay, makeDay } from '../../time/calendar.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A timestamp as feeds write it -> the calendar day, or why no day is taken from it. */
export type FeedDay = { ok: true; day: string } | { ok: false; why: string };

/**
 * The day of a feed timestamp in the time zone it is written in: ISO 8601 / RFC 3339
 * (`2025-07-03T23:30:00-04:00`, Atom and JSON Feed) or RFC 822 (`Thu, 03 Jul 2025 23:30:00 -0400`,
 * RSS). "In the time zone written" is the publisher's own calendar day, which is what the article's
 * "today" and "on Thursday" refer to; it is never converted to UTC. A two-digit year or a day that
 * does not exist gives no day (and says so): no day rather than a guessed one.
 */
export function feedDay(raw: string): FeedDay {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})\b/i.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) + 1;
    if (month === 0) return { ok: false, why: `"${rfc[2]}" is not a month name` };
    if ((rfc[3] ?? '').length !== 4) return { ok: false, why: 'its year is not written with four digits' };
    return checked(Number(rfc[3]), month, Number(rfc[1]));
  }
  return { ok: false, why: 'it is not an ISO 8601 or RFC 822 date' };
}

function checked(year: number, month: number, day: number): FeedDay {
  const date = makeDay(year, month, day);
  return date ? { ok: true, day: formatDay(date) } : { ok: false, why: 'that day does not exist' };
}
