import { describe, expect, it } from 'vitest';
import { placeInYear, readArticleDay } from './articleDay.ts';
import { inferCaptureDate } from './inferCaptureDate.ts';
import { inferDay } from './inferDay.ts';

describe('readArticleDay', () => {
  it.each([
    ['a line holding only a date', 'March 12, 2019\nThe council voted on the plan.', '2019-03-12'],
    ['weekday, month, day, year', 'Tuesday, March 12, 2019\nThe council voted.', '2019-03-12'],
    ['ISO date', '2019-03-12\nThe council voted.', '2019-03-12'],
    ['ISO timestamp', '2019-03-12T08:30:00Z\nThe council voted.', '2019-03-12'],
    ['day before month', '12 March 2019\nThe council voted.', '2019-03-12'],
    ['"Published" line', 'Published 12 March 2019\nThe council voted.', '2019-03-12'],
    [
      'update line with a time first',
      'Updated 9:40 a.m. ET, Tue March 12, 2019\nThe council voted.',
      '2019-03-12',
    ],
    ['date with a time after it', 'Mar. 12, 2019 at 4:05 p.m.\nThe council voted.', '2019-03-12'],
    ['byline segments', 'By Tom Reyes · 12 March 2019 · 4 min read\nThe council voted.', '2019-03-12'],
    ['wire lead with a full date', 'PARIS, March 12, 2019 (AFP) - The council voted.', '2019-03-12'],
    ['numeric date with a day above 12', '25/03/2019\nThe council voted.', '2019-03-25'],
    [
      'numeric date settled by another date',
      '05/03/2019\nThe report of 28/02/2019 came first.',
      '2019-03-05',
    ],
    ['numeric date settled by a month name', '05/03/2019\nOn March 5 the council voted.', '2019-03-05'],
    ['numeric date left open', '05/03/2019\nThe council voted.', null],
    ['a date inside a body sentence', 'The council voted on March 12, 2019, to close the road.', null],
    ['a wire lead with no date', 'MADRID (Reuters) - The council voted on Tuesday.', null],
    ['an AP lead with no place', '(AP) — The council voted on Tuesday.', null],
    ['two date lines that disagree', 'Published 12 March 2019\n13 March 2019\nThe council voted.', null],
  ])('%s', (_name, text, day) => {
    const own = readArticleDay('Council votes on the road plan', text);
    expect(own.day).toBe(day);
    expect(own.evidence.length).toBeGreaterThan(0);
    expect(new Set(own.evidence).size).toBe(own.evidence.length);
  });

  it('says a numeric date is ambiguous and quotes it', () => {
    const own = readArticleDay('Road plan', '05/03/2019\nThe council voted.');
    expect(own.evidence.join(' ')).toMatch(/"05\/03\/2019" could be 5 March 2019 or 3 May 2019/);
  });

  it('prefers the publication line to the update line', () => {
    const own = readArticleDay('Road plan', 'Published 12 March 2019\nUpdated 14 March 2019\nText.');
    expect(own.day).toBe('2019-03-12');
  });

  it.each([
    ['2019-03-20', '2019-03-12'],
    ['2019-01-05', '2018-03-12'],
    [null, null],
  ])('a lead with no year, placed by the capture day %s', (capturedOn, day) => {
    const own = readArticleDay('Road plan', 'LISBON, March 12 (Reuters) - The council voted.');
    expect(own.partial).toMatchObject({ month: 3, day: 12 });
    expect(placeInYear(own, capturedOn).day).toBe(day);
  });
});

describe('inferCaptureDate with date lines and scheduled years', () => {
  const main = (text: string, copyrightYear: number | null = null) => ({
    role: 'main' as const,
    headline: 'Council votes on the road plan',
    text,
    ageText: null,
    copyrightYear,
  });

  it('takes a plain article date line as the capture day', () => {
    const got = inferCaptureDate([main('March 12, 2019\nThe council voted on Tuesday.')]);
    expect(got.capturedOn).toBe('2019-03-12');
    expect(got.evidence.join(' ')).toContain('"March 12, 2019"');
  });

  it.each([
    "The mayor's term ends in May 2027.",
    'The new bridge is due to open in 2027.',
    'The lease runs until 2027.',
  ])('a year in a scheduled clause is no lower bound: %s', (sentence) => {
    const got = inferCaptureDate([
      main(
        `The council was formed in 2019. ${sentence} The council voted on March 7. The council voted on Friday.`,
      ),
    ]);
    expect(got.evidence.join(' ')).toMatch(/from 2019, the latest year/);
  });
});

describe('inferDay', () => {
  it.each([
    ['Road plan approved\nJune 3, 2015\nThe council voted on Tuesday.', '2015-06-03'],
    ['Road plan approved\nThe council voted on Tuesday.', null],
  ])('%j -> %s', (page, day) => {
    expect(inferDay(page)).toBe(day);
  });
});
