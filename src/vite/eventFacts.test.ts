import { describe, expect, it } from 'vitest';
import type { Source } from '../shared/schema.ts';
import { countOutlets, createNameLookup, reportedByLine, splitQuoteAtDate } from './eventFacts.ts';
import { makeArticle, makeDataset, makeEvent } from './pagesTestKit.ts';

function source(quote: string, start: number, dateText: string, dateStart: number): Source {
  return {
    articleId: 'a1',
    quote,
    start,
    end: start + quote.length,
    dateText,
    dateStart,
    dateEnd: dateStart + dateText.length,
    dateNote: '',
  };
}

describe('splitQuoteAtDate', () => {
  it.each([
    [
      'offsets inside the quote',
      source('In a Thursday call.', 100, 'Thursday', 105),
      ['In a ', 'Thursday', ' call.'],
    ],
    [
      'date at the start',
      source("Thursday's call follows.", 998, 'Thursday', 998),
      ['', 'Thursday', "'s call follows."],
    ],
    [
      'date at the end',
      source('They spoke on Thursday', 0, 'Thursday', 14),
      ['They spoke on ', 'Thursday', ''],
    ],
    ['offsets before the quote', source('It was on Monday.', 50, 'Monday', 3), ['It was on ', 'Monday', '.']],
    [
      'offsets on other words',
      source('Monday, then Monday.', 10, 'Monday', 11),
      ['', 'Monday', ', then Monday.'],
    ],
  ])('%s', (_name, src, [before, date, after]) => {
    expect(splitQuoteAtDate(src)).toEqual({ before, date, after });
  });

  it.each([
    ['date outside the quote', source('The call was long.', 40, 'Thursday', 10)],
    ['no date text', source('The call was long.', 40, '', 40)],
  ])('leaves the quote unmarked when the %s', (_name, src) => {
    expect(splitQuoteAtDate(src)).toEqual({ before: src.quote, date: null });
  });
});

describe('countOutlets', () => {
  const names = createNameLookup(
    makeDataset({
      articles: [
        makeArticle({ id: 'r1', outlet: 'Reuters' }),
        makeArticle({ id: 'r2', outlet: 'Reuters', file: 'other.txt' }),
        makeArticle({ id: 'n1', outlet: null, file: 'p1.txt' }),
        makeArticle({ id: 'n2', outlet: null, file: 'p1.txt' }),
        makeArticle({ id: 'n3', outlet: null, file: 'p2.txt' }),
      ],
    }),
  );
  const withArticles = (...ids: string[]) =>
    makeEvent({ sources: ids.map((articleId) => ({ ...makeEvent().sources[0]!, articleId })) });

  it.each([
    [['r1'], 1],
    [['r1', 'r2'], 1],
    [['r1', 'n1'], 2],
    [['n1', 'n2'], 1],
    [['n1', 'n3'], 2],
    [['r1', 'missing'], 2],
  ])('%j → %i', (ids, expected) => {
    expect(countOutlets(withArticles(...ids), names)).toBe(expected);
  });

  it('says outlet or outlets', () => {
    expect(reportedByLine(1)).toBe('Reported by 1 outlet');
    expect(reportedByLine(2)).toBe('Reported by 2 outlets');
  });
});

describe('createNameLookup', () => {
  it('names people and countries, and falls back to the id', () => {
    const names = createNameLookup(makeDataset());
    expect(names.person('donald-trump')).toBe('Donald Trump');
    expect(names.person('nobody')).toBe('nobody');
    expect(names.country('UA')).toBe('Ukraine');
    expect(names.country('ZZ')).toBe('ZZ');
    expect(names.article('a2')?.outlet).toBeNull();
  });
});
