import { describe, expect, it } from 'vitest';
import type { ArticleSummary, DatasetIndex, Page, Source } from '../../shared/schema.ts';
import { buildSourceCards, isCaptureWarning, OUTLET_NOT_STATED } from './sourceCards.ts';

function page(file: string, overrides: Partial<Page> = {}): Page {
  return {
    file,
    format: 'aggregator',
    digest: '0'.repeat(64),
    articleIds: [],
    warnings: [],
    capturedOn: '2025-07-04',
    evidence: ['Captured on Fri 4 Jul 2025.'],
    ...overrides,
  };
}

function article(id: string, file: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    file,
    index: 0,
    role: 'main',
    outlet: 'Reuters',
    syndicatedFrom: null,
    headline: `Headline ${id}`,
    ageText: null,
    copyrightYear: null,
    pageOffset: 0,
    publishedOn: null,
    publishedOnEvidence: [],
    modifiedOn: null,
    url: null,
    authors: [],
    language: null,
    textLength: 100,
    ...overrides,
  };
}

function source(articleId: string, start = 0): Source {
  return {
    articleId,
    quote: 'Thursday call.',
    start,
    end: start + 14,
    dateText: 'Thursday',
    dateStart: start,
    dateEnd: start + 8,
    dateNote: 'Thursday before the capture day',
  };
}

const captureWarning = {
  line: null,
  message: 'the capture day assumes the latest event is at most 6 days old',
};
const otherWarning = { line: 12, message: 'unrecognised line skipped' };

const dataset: DatasetIndex = {
  schemaVersion: 4,
  generatedAt: '2025-07-05T00:00:00Z',
  inputDigest: '0'.repeat(64),
  pages: [page('p1.txt', { warnings: [captureWarning, otherWarning] }), page('p2.txt', { capturedOn: null })],
  articles: [
    article('a1', 'p1.txt', { outlet: null }),
    article('a2', 'p2.txt', { outlet: 'Nikkei Asia', syndicatedFrom: 'Reuters' }),
    article('a3', 'p-gone.txt'),
  ],
  events: [],
  people: [],
  countries: [],
  aliases: [],
  skippedFiles: [],
};

describe('buildSourceCards', () => {
  it.each<[string, Source, Partial<Record<string, unknown>>]>([
    [
      'unnamed outlet: labelled, page joined, only capture warnings kept',
      source('a1'),
      {
        outletLabel: OUTLET_NOT_STATED,
        outletStated: false,
        pageFile: 'p1.txt',
        captureWarnings: [captureWarning],
      },
    ],
    [
      'named, syndicated outlet on a page with no capture day',
      source('a2'),
      { outletLabel: 'Nikkei Asia', outletStated: true, pageFile: 'p2.txt', captureWarnings: [] },
    ],
    [
      'article whose page is missing',
      source('a3'),
      { outletLabel: 'Reuters', outletStated: true, pageFile: null, captureWarnings: [] },
    ],
    [
      'article missing from the dataset',
      source('nope'),
      { outletLabel: OUTLET_NOT_STATED, outletStated: false, pageFile: null, articleId: null },
    ],
  ])('%s', (_, src, expected) => {
    const [card] = buildSourceCards([src], dataset);
    expect(card).toBeDefined();
    if (!card) return;
    const actual = {
      outletLabel: card.outletLabel,
      outletStated: card.outletStated,
      pageFile: card.page?.file ?? null,
      captureWarnings: card.captureWarnings,
      articleId: card.article?.id ?? null,
    };
    expect(actual).toMatchObject(expected);
    expect(card.source).toBe(src);
    expect(card.quote.dateHighlighted).toBe(true);
  });

  it('keeps every source in order with unique keys, even two quotes from one article', () => {
    const sources = [source('a1', 0), source('a2', 0), source('a1', 40), source('nope')];
    const cards = buildSourceCards(sources, dataset);
    expect(cards.map((c) => c.source)).toEqual(sources);
    expect(new Set(cards.map((c) => c.key)).size).toBe(sources.length);
  });
});

describe('isCaptureWarning', () => {
  it.each([
    ['the capture day assumes the page’s latest dated event is at most 6 days old', true],
    ['Captured on an unknown day: no dated clue', true],
    ['capturing the page left a truncated line', true],
    ['unrecognised line skipped', false],
    ['the caption under the photo was dropped', false],
  ])('%s -> %s', (message, expected) => {
    expect(isCaptureWarning({ message })).toBe(expected);
  });
});
