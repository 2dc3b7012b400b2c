import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/schema.ts';
import { highlightArticle, highlightQuote } from './highlightSource.ts';

// Offsets as the pipeline records them: UTF-16 code units into the article text.
const ARTICLE = 'Intro line.\n\nThursday’s call 😀 follows the Pentagon’s pause. More text.';
const QUOTE = 'Thursday’s call 😀 follows the Pentagon’s pause.';
const START = ARTICLE.indexOf(QUOTE);

function source(overrides: Partial<Source> = {}): Source {
  return {
    articleId: 'a1',
    quote: QUOTE,
    start: START,
    end: START + QUOTE.length,
    dateText: 'Thursday',
    dateStart: START,
    dateEnd: START + 'Thursday'.length,
    dateNote: 'note',
    ...overrides,
  };
}

describe('highlightQuote', () => {
  it.each<[string, Partial<Source>, string | null]>([
    ['marks the date at its offsets', {}, 'Thursday'],
    [
      'marks a date in the middle of the quote',
      { dateText: 'call', dateStart: START + 11, dateEnd: START + 15 },
      'call',
    ],
    ['date before the quote: unmarked', { dateStart: START - 2, dateEnd: START + 6 }, null],
    [
      'date after the quote: unmarked',
      { dateStart: START + QUOTE.length, dateEnd: START + QUOTE.length + 3 },
      null,
    ],
    ['empty date range: unmarked', { dateEnd: START }, null],
    ['offsets do not hold dateText: unmarked', { dateText: 'Friday' }, null],
    ['empty dateText: unmarked', { dateText: '' }, null],
  ])('%s', (_, overrides, marked) => {
    const { segments, dateHighlighted } = highlightQuote(source(overrides));
    expect(segments.map((s) => s.text).join('')).toBe(QUOTE);
    expect(dateHighlighted).toBe(marked !== null);
    expect(segments.filter((s) => s.kind === 'date').map((s) => s.text)).toEqual(
      marked === null ? [] : [marked],
    );
    expect(segments.some((s) => s.kind === 'quote')).toBe(false);
  });
});

describe('highlightArticle', () => {
  it('marks the quote and nests the date when the text matches', () => {
    const result = highlightArticle(ARTICLE, source());
    expect(result).toEqual({
      status: 'matched',
      dateHighlighted: true,
      segments: [
        { text: 'Intro line.\n\n', kind: 'plain' },
        { text: 'Thursday', kind: 'date' },
        { text: QUOTE.slice('Thursday'.length), kind: 'quote' },
        { text: ' More text.', kind: 'plain' },
      ],
    });
  });

  it.each<[string, string, Partial<Source>]>([
    ['quote shifted by one', ARTICLE, { start: START + 1, end: START + 1 + QUOTE.length }],
    ['quote edited in the text', ARTICLE.replace('pause', 'halt'), {}],
    ['quote past the end of the text', ARTICLE.slice(0, START + 5), {}],
    ['empty article text', '', {}],
    ['reversed offsets', ARTICLE, { start: START + QUOTE.length, end: START }],
  ])('mismatch, nothing marked: %s', (_, text, overrides) => {
    const result = highlightArticle(text, source(overrides));
    expect(result.status).toBe('mismatch');
    expect(result.segments.every((s) => s.kind === 'plain')).toBe(true);
    expect(result.segments.map((s) => s.text).join('')).toBe(text);
  });

  it.each<[string, Partial<Source>]>([
    ['date outside the quote', { dateStart: 0, dateEnd: 5, dateText: 'Intro' }],
    ['date offsets not holding dateText', { dateText: 'Friday' }],
  ])('quote marked, date not: %s', (_, overrides) => {
    const result = highlightArticle(ARTICLE, source(overrides));
    expect(result).toMatchObject({ status: 'matched', dateHighlighted: false });
    expect(result.segments.filter((s) => s.kind !== 'plain')).toEqual([{ text: QUOTE, kind: 'quote' }]);
  });
});
