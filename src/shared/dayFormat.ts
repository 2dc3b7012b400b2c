/**
 * English day labels for `yyyy-MM-dd` strings, as date-fns would print them, without date-fns: the
 * app's first chunk stays small and date-fns loads with the timeline. Calendar days only (UTC
 * arithmetic), so no time zone can move a day. Checked against date-fns on every day of 1999–2030.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Parts = { year: number; month: number; day: number; weekday: number };

function parts(iso: string): Parts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years before 100 are not 19xx
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // 2025-02-30
  return { year, month, day, weekday: date.getUTCDay() };
}

/** "Fri 4 Jul 2025" (date-fns `EEE d MMM yyyy`); null for a day that does not exist. */
export function weekdayDayMonthYear(iso: string): string | null {
  const p = parts(iso);
  return p ? `${WEEKDAYS[p.weekday]} ${p.day} ${MONTH_NAMES[p.month - 1]!.slice(0, 3)} ${p.year}` : null;
}

/** "4 Jul 2025" (`d MMM yyyy`). */
export function dayMonthYear(iso: string): string | null {
  const p = parts(iso);
  return p ? `${p.day} ${MONTH_NAMES[p.month - 1]!.slice(0, 3)} ${p.year}` : null;
}

/** "July 2025" (`MMMM yyyy`) for a `yyyy-MM` or `yyyy-MM-dd`. */
export function monthYear(isoMonth: string): string | null {
  const p = parts(isoMonth.length === 7 ? `${isoMonth}-01` : isoMonth);
  return p ? `${MONTH_NAMES[p.month - 1]} ${p.year}` : null;
}
