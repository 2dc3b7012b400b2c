import { describe, expect, it } from 'vitest';
import { toEventDate } from './dateLabel.ts';

describe('toEventDate', () => {
  it.each([
    [
      { start: '2025-07-03', end: '2025-07-03', precision: 'day' },
      { start: '2025-07-03', precision: 'day', label: 'Thu 3 Jul 2025' },
    ],
    [
      { start: '2025-07-03', end: '2025-07-04', precision: 'day' },
      { start: '2025-07-03', end: '2025-07-04', precision: 'day', label: '3–4 Jul 2025' },
    ],
    [
      { start: '2025-06-30', end: '2025-07-01', precision: 'day' },
      { start: '2025-06-30', end: '2025-07-01', precision: 'day', label: '30 Jun – 1 Jul 2025' },
    ],
    [
      { start: '2025-06-30', end: '2025-07-06', precision: 'week' },
      { start: '2025-06-30', end: '2025-07-06', precision: 'week', label: 'week of 30 Jun 2025' },
    ],
    [
      { start: '2025-06-01', end: '2025-06-10', precision: 'month', part: 'early' },
      { start: '2025-06-01', end: '2025-06-10', precision: 'month', part: 'early', label: 'early June 2025' },
    ],
    [
      { start: '2022-02-01', end: '2022-02-28', precision: 'month' },
      { start: '2022-02-01', end: '2022-02-28', precision: 'month', label: 'February 2022' },
    ],
    [
      { start: '2025-06-01', end: '2025-08-31', precision: 'month' },
      { start: '2025-06-01', end: '2025-08-31', precision: 'month', label: 'June–August 2025' },
    ],
    [
      { start: '2024-01-01', end: '2024-12-31', precision: 'year' },
      { start: '2024-01-01', end: '2024-12-31', precision: 'year', label: '2024' },
    ],
  ] as const)('%j', (interval, expected) => {
    expect(toEventDate(interval)).toEqual(expected);
  });
});
