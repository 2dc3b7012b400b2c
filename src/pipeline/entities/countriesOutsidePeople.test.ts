import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../analyseArticle.ts';
import { countriesOutsidePeople } from './countriesOutsidePeople.ts';
import { findCountries } from './findCountries.ts';
import { findPeople } from './findPeople.ts';

/** Sentences written for this file: a country word that is a person's surname is no country. */

function countriesOf(text: string): string[] {
  return countriesOutsidePeople(findCountries(text), findPeople(text)).map((c) => `${c.text}:${c.country}`);
}

describe('countriesOutsidePeople', () => {
  it.each([
    // The later bare surname is the person, so no Jordan the country.
    ['Basketball star Michael Jordan flew to Paris on Monday. Jordan said he was tired.', ['Paris:FR']],
    ['Coach Kathy Ireland arrived late. Ireland told reporters the bus broke down.', []],
    ['Designer Tom Holland met buyers in Rome. Holland said sales were strong.', ['Rome:IT']],
    // The text uses the word as the place too: the bare word stays the country unless a cue says person.
    ['Basketball star Michael Jordan visited Jordan in May. Jordan said he loved the desert.', ['Jordan:JO']],
    [
      'Mr Jordan, the envoy, flew to Amman. Officials of Jordan met Mr Jordan there.',
      ['Amman:JO', 'Jordan:JO'],
    ],
    // A country in a title is not in the name: it stays.
    ['President of France Emmanuel Macron spoke on Friday.', []],
    ['Russian President Vladimir Putin spoke to Chad on Friday.', ['Russian:RU', 'Chad:TD']],
  ])('%s', (text, expected) => {
    expect(countriesOf(text)).toEqual(expected);
  });

  it('keeps every country when the text names no one', () => {
    const text = 'Jordan and Egypt signed a water deal.';
    expect(countriesOutsidePeople(findCountries(text), [])).toEqual(findCountries(text));
  });
});

describe('analyseArticle: events are not placed in a country that is only a surname', () => {
  it('an event stated with the bare surname has no Jordan', () => {
    const text =
      'Basketball star Michael Jordan announced his retirement on 13 January 1999. On 12 January, Jordan met team owners in Chicago.';
    const result = analyseArticle({
      id: 'a1',
      file: 'x.txt',
      outlet: 'Test',
      url: null,
      headline: 'Jordan retires',
      text,
      publishedOn: '1999-01-14',
      capturedOn: null,
    } as unknown as Parameters<typeof analyseArticle>[0]);
    const met = result.mentions.find((m) => m.sentence.text.includes('met team owners'));
    expect(met?.countries).toEqual([]);
    // The bare surname is the person (b1: the body's second person mention).
    expect(met?.people).toEqual(['b1']);
    expect(result.headlinePeople.map((p) => p.text)).toEqual(['Jordan']);
  });
});
