import type { Source } from '../../shared/schema.ts';
import { splitHighlight, type HighlightRange, type Segment } from './splitHighlight.ts';

export type QuoteHighlight = { segments: Segment[]; dateHighlighted: boolean };

export type ArticleHighlight =
  | { status: 'matched'; segments: Segment[]; dateHighlighted: boolean }
  | { status: 'mismatch'; segments: Segment[] };

type SourceOffsets = Pick<Source, 'quote' | 'start' | 'end' | 'dateText' | 'dateStart' | 'dateEnd'>;

/**
 * The quote on its own with its date expression marked. The date offsets point into the article, so
 * they are shifted by `start`; the date is marked only when it lies inside the quote and the quote says
 * exactly `dateText` there. Otherwise the quote is shown whole and unmarked: never mark the wrong words.
 */
export function highlightQuote(source: SourceOffsets): QuoteHighlight {
  const from = source.dateStart - source.start;
  const to = source.dateEnd - source.start;
  const dateFits = within(from, to, source.quote.length) && source.quote.slice(from, to) === source.dateText;
  const ranges: HighlightRange[] = dateFits ? [{ start: from, end: to, kind: 'date' }] : [];
  return { segments: splitHighlight(source.quote, ranges), dateHighlighted: dateFits };
}

/**
 * The full article text with the quote and its date marked, but only after checking that the text at
 * [start, end) is the quote, character for character. On a mismatch the text comes back unmarked and
 * the caller says so: a highlight is a claim that these are the source's words.
 */
export function highlightArticle(text: string, source: SourceOffsets): ArticleHighlight {
  const quoteFits =
    within(source.start, source.end, text.length) && text.slice(source.start, source.end) === source.quote;
  if (!quoteFits) return { status: 'mismatch', segments: splitHighlight(text, []) };

  const dateFits =
    source.start <= source.dateStart &&
    source.dateEnd <= source.end &&
    within(source.dateStart, source.dateEnd, text.length) &&
    text.slice(source.dateStart, source.dateEnd) === source.dateText;
  const ranges: HighlightRange[] = [{ start: source.start, end: source.end, kind: 'quote' }];
  if (dateFits) ranges.push({ start: source.dateStart, end: source.dateEnd, kind: 'date' });
  return { status: 'matched', segments: splitHighlight(text, ranges), dateHighlighted: dateFits };
}

/** A non-empty integer range inside a string of `length` code units. */
function within(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= length;
}
