import { describe, expect, it } from 'vitest';
import type { DatasetIndex, EventSummary } from '../../shared/schema.ts';
import { facetOptions, filterEvents } from './filterEvents.ts';

const quotes: Record<string, string> = {};
const event = (
  id: string,
  people: string[],
  countries: string[],
  articleId: string,
  quote: string,
): EventSummary => {
  quotes[id] = quote;
  return {
    id,
    title: `Title ${id}`,
    type: 'call',
    status: 'happened',
    date: { start: '2025-07-01', precision: 'day', label: 'Tue 1 Jul 2025' },
    people,
    countries,
    sourceArticleIds: [articleId],
    warnings: [],
  };
};
const article = (id: string, outlet: string | null) => ({
  id,
  file: 'p.txt',
  index: 0,
  role: 'main' as const,
  outlet,
  syndicatedFrom: null,
  headline: 'H',
  ageText: null,
  copyrightYear: null,
  pageOffset: 0,
  publishedOn: null,
  publishedOnEvidence: [],
  modifiedOn: null,
  url: null,
  authors: [],
  language: null,
  textLength: 1,
});
const dataset = {
  events: [
    event('e1', ['putin', 'trump'], ['RU', 'US'], 'a1', 'The leaders spoke by phone.'),
    event('e2', ['putin', 'macron'], ['RU', 'FR'], 'a2', 'A call with Macron, café talk.'),
    event('e3', ['starmer'], ['GB'], 'a1', 'The summit opened.'),
  ],
  articles: [article('a1', 'NHK'), article('a2', null)],
  people: [
    { id: 'putin', name: 'Vladimir Putin', aliases: [], country: null, countryClues: [], countryNote: '' },
    { id: 'trump', name: 'Donald Trump', aliases: [], country: null, countryClues: [], countryNote: '' },
    { id: 'macron', name: 'Emmanuel Macron', aliases: [], country: null, countryClues: [], countryNote: '' },
    { id: 'starmer', name: 'Keir Starmer', aliases: [], country: null, countryClues: [], countryNote: '' },
  ],
  countries: [],
} as unknown as DatasetIndex;

const ids = (f: Partial<Parameters<typeof filterEvents>[1]>) =>
  filterEvents(dataset, { people: [], countries: [], outlets: [], q: '', ...f }, undefined, quotes).map(
    (e) => e.id,
  );

describe('filterEvents', () => {
  it.each([
    ['no filters', {}, ['e1', 'e2', 'e3']],
    ['one person', { people: ['trump'] }, ['e1']],
    ['OR within a facet', { people: ['trump', 'starmer'] }, ['e1', 'e3']],
    ['AND across facets', { people: ['putin'], countries: ['FR'] }, ['e2']],
    ['outlet', { outlets: ['NHK'] }, ['e1', 'e3']],
    ['outlet not stated', { outlets: ['outlet not stated'] }, ['e2']],
    ['text in a quote, accent-insensitive', { q: 'cafe' }, ['e2']],
    ['text in a title', { q: 'title e3' }, ['e3']],
    ['nothing matches', { q: 'zzz' }, []],
  ])('%s', (_name, f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('searches titles only until the quotes are loaded', () => {
    const f = { people: [], countries: [], outlets: [], q: 'cafe' };
    expect(filterEvents(dataset, f).map((e) => e.id)).toEqual([]);
    expect(filterEvents(dataset, { ...f, q: 'title e2' }).map((e) => e.id)).toEqual(['e2']);
  });
});

describe('facetOptions', () => {
  it('counts each option against the other active facets, keeping selected options listed', () => {
    const options = facetOptions(
      dataset,
      { people: ['starmer'], countries: ['FR'], outlets: [], q: '' },
      'people',
    );
    expect(options).toEqual([
      { id: 'macron', label: 'Emmanuel Macron', count: 1 },
      { id: 'putin', label: 'Vladimir Putin', count: 1 },
      { id: 'starmer', label: 'Keir Starmer', count: 0 },
    ]);
  });
});
