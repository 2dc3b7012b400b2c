import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay.ts';

describe('formatDay', () => {
  it.each([
    ['2025-07-04', 'Fri 4 Jul 2025'],
    ['2025-07-03', 'Thu 3 Jul 2025'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
    ['2025-02-30', '2025-02-30'],
    ['not a day', 'not a day'],
    ['2025-07-04T23:00:00Z', '2025-07-04T23:00:00Z'],
  ])('%s -> %s', (day, expected) => {
    expect(formatDay(day)).toBe(expected);
  });
});
