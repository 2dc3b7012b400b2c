import { MONTH_NAMES } from '../../shared/dayFormat.ts';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfISOWeek,
  endOfMonth,
  format,
  getISOWeek,
  getISOWeekYear,
  isValid,
  lastDayOfMonth,
  startOfISOWeek,
} from 'date-fns';

/**
 * Calendar-day arithmetic on `yyyy-MM-dd` strings. Days are built as local midnights and only ever
 * formatted back with date-fns, never converted to instants, so the process time zone cannot shift a day.
 */

export type Precision = 'day' | 'week' | 'month' | 'year';
export type Part = 'early' | 'mid' | 'late';
export type Interval = { start: string; end: string; precision: Precision; part?: Part };

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export { MONTH_NAMES };

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-MM-dd` -> local-midnight Date, or null when the string is not a real calendar day. */
export function parseDay(day: string): Date | null {
  const m = DAY_PATTERN.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (!isValid(date) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    return null;
  }
  return date;
}

/** A calendar day from parts; null when it does not exist (e.g. 30 February). */
export function makeDay(year: number, month: number, day: number): Date | null {
  return parseDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function formatDay(date: Date): string {
  return memoFormat(dayStrings, date, 'yyyy-MM-dd');
}

/** "Fri 4 Jul 2025", the form used in human notes. */
export function describeDay(date: Date): string {
  return memoFormat(dayDescriptions, date, 'EEE d MMM yyyy');
}

/**
 * date-fns `format`, remembered by instant: the pipeline formats the same few thousand days again and
 * again. The process time zone is fixed while it runs, so an instant always formats the same way.
 */
const dayStrings = new Map<number, string>();
const dayDescriptions = new Map<number, string>();
const FORMATTED_MAX = 20_000;

function memoFormat(memo: Map<number, string>, date: Date, pattern: string): string {
  const key = date.getTime();
  let s = memo.get(key);
  if (s === undefined) {
    s = format(date, pattern);
    if (memo.size >= FORMATTED_MAX) memo.clear();
    memo.set(key, s);
  }
  return s;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function shiftDays(date: Date, days: number): Date {
  return addDays(date, days);
}

export function shiftMonths(date: Date, months: number): Date {
  return addMonths(date, months);
}

export function shiftYears(date: Date, years: number): Date {
  return addYears(date, years);
}

export function shiftWeeks(date: Date, weeks: number): Date {
  return addWeeks(date, weeks);
}

/** TimeML week value, e.g. `2025-W27` (ISO weeks, Monday first). */
export function weekValue(date: Date): string {
  return `${getISOWeekYear(date)}-W${pad(getISOWeek(date), 2)}`;
}

export function dayInterval(date: Date): Interval {
  const day = formatDay(date);
  return { start: day, end: day, precision: 'day' };
}

export function weekInterval(date: Date): Interval {
  return { start: formatDay(startOfISOWeek(date)), end: formatDay(endOfISOWeek(date)), precision: 'week' };
}

export function monthInterval(year: number, month: number, part?: Part): Interval {
  const first = new Date(year, month - 1, 1);
  const interval: Interval = {
    start: formatDay(first),
    end: formatDay(lastDayOfMonth(first)),
    precision: 'month',
  };
  return part ? { ...interval, part } : interval;
}

/** Consecutive months as one month-precision interval (quarters, halves, seasons). */
export function monthsInterval(year: number, firstMonth: number, count: number): Interval {
  const first = new Date(year, firstMonth - 1, 1);
  const last = endOfMonth(addMonths(first, count - 1));
  return { start: formatDay(first), end: formatDay(last), precision: 'month' };
}

export function yearInterval(year: number, part?: Part, years = 1): Interval {
  const interval: Interval = {
    start: `${pad(year, 4)}-01-01`,
    end: `${pad(year + years - 1, 4)}-12-31`,
    precision: 'year',
  };
  return part ? { ...interval, part } : interval;
}

/** Quarter (1-4) of a day. */
export function quarterOf(date: Date): number {
  return Math.floor(date.getMonth() / 3) + 1;
}

/**
 * The day with the given weekday nearest `from` in one direction: `-1` the last one on or before `from`
 * (or strictly before when `strict`), `1` the next one on or after it.
 */
export function weekdayFrom(from: Date, weekday: number, direction: -1 | 1, strict = false): Date {
  const diff = (weekday - from.getDay() + 7) % 7;
  if (direction === 1) return addDays(from, diff === 0 && strict ? 7 : diff);
  const back = (from.getDay() - weekday + 7) % 7;
  return addDays(from, back === 0 && strict ? -7 : -back);
}

/** The last day of a month moved by `offset` days ("the last week of March" is around the 28th). */
export function lastDayOf(year: number, month: number, offset = 0): Date {
  return addDays(lastDayOfMonth(new Date(year, month - 1, 1)), offset);
}
