import { weekdayDayMonthYear } from '../../shared/dayFormat.ts';

/**
 * "Fri 4 Jul 2025" for a `yyyy-MM-dd` day, the style of the event date labels. A day that cannot be
 * read is returned as written rather than shown as "Invalid Date".
 */
export function formatDay(day: string): string {
  return (/^\d{4}-\d{2}-\d{2}$/.test(day) && weekdayDayMonthYear(day)) || day;
}
