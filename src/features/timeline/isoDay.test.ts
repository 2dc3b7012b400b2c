import { addDays, addMonths, addYears, format, parseISO, startOfWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthIso,
  addYearIso,
  nextMonthIso,
  nextYearIso,
  startOfMonthIso,
  startOfWeekIso,
  startOfYearIso,
} from './isoDay.ts';

const DAY = 'yyyy-MM-dd';
// Every day from 1999 to 2030, across leap years, year ends and DST changes, checked against date-fns.
const days = Array.from({ length: 366 * 32 }, (_, i) => format(addDays(new Date(1999, 0, 1), i), DAY));

describe('isoDay agrees with date-fns on every day of 1999–2030', () => {
  it('addDaysIso', () => {
    for (const day of days) {
      expect(addDaysIso(day, 1)).toBe(format(addDays(parseISO(day), 1), DAY));
      expect(addDaysIso(day, 7)).toBe(format(addDays(parseISO(day), 7), DAY));
    }
  });

  it('startOfWeekIso is the Monday', () => {
    for (const day of days)
      expect(startOfWeekIso(day)).toBe(format(startOfWeek(parseISO(day), { weekStartsOn: 1 }), DAY));
  });

  it('month and year starts and the next ones', () => {
    for (const day of days) {
      const month = startOfMonthIso(day);
      expect(month).toBe(`${format(parseISO(day), 'yyyy-MM')}-01`);
      expect(nextMonthIso(month)).toBe(format(addMonths(parseISO(month), 1), DAY));
      const year = startOfYearIso(day);
      expect(nextYearIso(year)).toBe(format(addYears(parseISO(year), 1), DAY));
    }
  });

  it('a month and a year later, clamped to the month end', () => {
    for (const day of days) {
      expect(addMonthIso(day)).toBe(format(addMonths(parseISO(day), 1), DAY));
      expect(addYearIso(day)).toBe(format(addYears(parseISO(day), 1), DAY));
    }
  });
});
