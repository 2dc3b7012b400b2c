import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayMonthYear, monthYear, weekdayDayMonthYear } from './dayFormat.ts';

const days = Array.from({ length: 366 * 32 }, (_, i) => addDays(new Date(1999, 0, 1), i));

describe('dayFormat agrees with date-fns on every day of 1999–2030', () => {
  it('weekday, day, month and year', () => {
    for (const d of days) {
      const iso = format(d, 'yyyy-MM-dd');
      expect(weekdayDayMonthYear(iso)).toBe(format(d, 'EEE d MMM yyyy'));
      expect(dayMonthYear(iso)).toBe(format(d, 'd MMM yyyy'));
      expect(monthYear(iso.slice(0, 7))).toBe(format(d, 'MMMM yyyy'));
    }
  });

  it.each(['2025-02-30', '2025-13-01', '2025-00-10', 'July 4', ''])('refuses %j', (text) => {
    expect(weekdayDayMonthYear(text)).toBeNull();
  });
});
