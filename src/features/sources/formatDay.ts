import { format, isValid, parseISO } from 'date-fns';

/**
 * "Fri 4 Jul 2025" for a `yyyy-MM-dd` day, the style of the event date labels. A day date-fns cannot
 * read is returned as written rather than shown as "Invalid Date".
 */
export function formatDay(day: string): string {
  const date = parseISO(day);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isValid(date) ? format(date, 'EEE d MMM yyyy') : day;
}
