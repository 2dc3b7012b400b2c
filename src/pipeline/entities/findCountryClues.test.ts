import { describe, expect, it } from 'vitest';
import { decidePersonCountries } from './decidePersonCountries.ts';
import { findCountryClues } from './findCountryClues.ts';
import { findPeople } from './findPeople.ts';

/** The country of each person mention that has a clue, as "mention text → code". */
function clues(text: string): string[] {
  const people = findPeople(text);
  return findCountryClues(text, people).map((c) => `${people[c.person]?.text} → ${c.country}`);
}

describe('findCountryClues', () => {
  it.each([
    ['Russian President Vladimir Putin spoke on Friday.', ['President Vladimir Putin → RU']],
    ["Japan's Prime Minister Shigeru Ishiba arrived in Seoul.", ['Prime Minister Shigeru Ishiba → JP']],
    ['Fed Chair Jerome Powell held rates steady.', ['Chair Jerome Powell → US']],
    ['French Foreign Minister Jean-Noel Barrot flew to Kyiv.', ['Foreign Minister Jean-Noel Barrot → FR']],
    ["It fell to Friedrich Merz, Germany's chancellor, who agreed.", ['Friedrich Merz → DE']],
    ['U.S. Secretary of State Marco Rubio met officials.', ['Secretary of State Marco Rubio → US']],
    ['British PM Keir Starmer answered questions.', ['Keir Starmer → GB']],
    ['She met the Russian ambassador Anatoly Antonov there.', ['ambassador Anatoly Antonov → RU']],
    ['Kremlin spokesman Dmitry Peskov told reporters.', ['spokesman Dmitry Peskov → RU']],
    ['President Emmanuel Macron of France said it would go ahead.', ['President Emmanuel Macron → FR']],
    ['Emmanuel Macron, president of France, landed.', ['Emmanuel Macron → FR']],
    ["Trump's Russian counterpart Vladimir Putin called.", ['Vladimir Putin → RU']],
    ['The note was read by Dmitry Peskov, the Kremlin spokesman.', ['Dmitry Peskov → RU']],
  ])('%s', (text, expected) => {
    expect(clues(text)).toEqual(expected);
  });

  it.each([
    ['a demonym about something else', 'Donald Trump, speaking of Russian oil, said prices would fall.'],
    ['former Soviet is no country today', 'Former Soviet leader Mikhail Gorbachev died in 2022.'],
    ['an origin, then a nationality', 'Russian-born American chess champion Garry Kasparov spoke.'],
    ['a hyphenated origin', 'Iranian-American journalist Jason Rezaian wrote a book.'],
    ['the EU is not a country', 'EU foreign policy chief Kaja Kallas said the talks failed.'],
    ['an envoy for a country, not of it', 'Ukraine envoy Keith Kellogg visited Kyiv.'],
    ['a US state named like a country', 'Georgia Governor Brian Kemp signed the bill.'],
    [
      'a company between country and role',
      "German carmaker Volkswagen's chief executive Oliver Blume spoke.",
    ],
    ['a subject, not a nationality', 'The Russian affairs adviser Fiona Hill testified.'],
  ])('takes nothing: %s', (_why, text) => {
    expect(clues(text)).toEqual([]);
  });

  it('binds each of two people in one sentence to its own country', () => {
    expect(clues('Israeli Prime Minister Benjamin Netanyahu met US President Donald Trump.')).toEqual([
      'Prime Minister Benjamin Netanyahu → IL',
      'President Donald Trump → US',
    ]);
  });
});

describe('decidePersonCountries', () => {
  const clue = (personId: string, id: string, n: number) => ({
    personId,
    id,
    articleId: `a${n}`,
    sentence: 'q',
    start: 0,
    end: 1,
    clue: 'c',
  });

  it.each([
    ['one clue', [clue('p', 'RU', 1)], 'RU', '1 clue names Russia.'],
    [
      'the best-supported country',
      [clue('p', 'US', 1), clue('p', 'RU', 2), clue('p', 'US', 3)],
      'US',
      '2 clues name United States; outvoted: 1 clue names Russia.',
    ],
    [
      'a tie takes none',
      [clue('p', 'US', 1), clue('p', 'RU', 2)],
      null,
      'Conflicting clues: 1 clue names United States, 1 clue names Russia; no country taken.',
    ],
  ])('%s', (_name, input, country, note) => {
    const got = decidePersonCountries(input).get('p');
    expect(got?.country).toBe(country);
    expect(got?.countryNote).toBe(note);
  });
});
