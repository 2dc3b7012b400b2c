import { describe, expect, it } from 'vitest';
import { feedDay } from './feedDay.ts';

describe('feedDay', () => {
  it.each([
    [
      'RFC 822 late evening west of UTC stays on its own day',
      'Thu, 03 Jul 2025 23:30:00 -0400',
      '2025-07-03',
    ],
    ['RFC 822 just after midnight east of UTC', 'Fri, 04 Jul 2025 00:15:00 +0900', '2025-07-04'],
    ['RFC 822 without weekday, one-digit day', '4 Jul 2025 10:00 GMT', '2025-07-04'],
    ['RFC 822 with a full month name', 'Monday, 7 December 2026 08:00:00 GMT', '2026-12-07'],
    ['RFC 3339 with offset', '2025-07-02T22:00:00-07:00', '2025-07-02'],
    ['RFC 3339 in UTC', '2025-07-02T05:00:00Z', '2025-07-02'],
    ['a bare ISO day', '2024-02-29', '2024-02-29'],
    ['leading and trailing space', '  2025-01-31T00:00:00Z ', '2025-01-31'],
  ])('%s', (_name, raw, day) => {
    expect(feedDay(raw)).toEqual({ ok: true, day });
  });

  it.each([
    ['a two-digit year', 'Thu, 03 Jul 25 10:00:00 GMT', /four digits/],
    ['a day that does not exist', '2025-02-30T10:00:00Z', /does not exist/],
    ['an unknown month', '03 Jux 2025 10:00:00 GMT', /not a month/],
    ['words', 'yesterday afternoon', /not an ISO 8601 or RFC 822/],
    ['a timestamp number', '1751500000', /not an ISO 8601 or RFC 822/],
  ])('%s gives no day', (_name, raw, why) => {
    const got = feedDay(raw);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.why).toMatch(why);
  });
});
