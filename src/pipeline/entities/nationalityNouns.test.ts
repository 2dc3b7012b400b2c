import { describe, expect, it } from 'vitest';
import { articleCountryClues } from './articleCountryClues.ts';
import { findCountries } from './findCountries.ts';
import { findPeople } from './findPeople.ts';
import { findNationalityNouns } from './nationalityNouns.ts';

/** Sentences written for this file: "the Spaniard" as a country clue for the person it refers to. */

function clues(text: string): string[] {
  const people = findPeople(text);
  return articleCountryClues('a', text, people).map((c) => `${people[c.person]?.family} ${c.id} ${c.clue}`);
}

describe('findNationalityNouns', () => {
  it.each([
    ['The Spaniard said he was happy.', ['The Spaniard ES']],
    ['Fans cheered the Frenchwoman, who won in three sets.', ['the Frenchwoman FR']],
    ['The Brazilian scored twice.', ['The Brazilian BR']],
    ['Then the 22-year-old Dane served for the match.', ['the 22-year-old Dane DK']],
    ['The crowd cheered the 31-year-old Kenyan, who led from the start.', ['the 31-year-old Kenyan KE']],
    ['The Kenyan president spoke.', []],
    // A whole people, a plural, an adjective before a noun or a name: no single person.
    ['The French voted on Sunday.', []],
    ['The Brazilians scored twice.', []],
    ['The German government said nothing.', []],
    ['The Spaniard Rafael Nadal won.', []],
  ])('%s', (text, expected) => {
    const found = findNationalityNouns(text, findCountries(text)).map((n) => `${n.text} ${n.country}`);
    expect(found).toEqual(expected);
  });
});

describe('a nationality phrase binds the person named just before it', () => {
  it.each([
    [
      'On Sunday, tennis star Rafael Nadal won again. The Spaniard said he was happy.',
      ['Nadal ES The Spaniard'],
    ],
    ['Later, striker Neymar scored twice, and the Brazilian left the pitch.', ['Neymar BR the Brazilian']],
    // The nearest person is the one meant.
    [
      'Champion Novak Djokovic lost to challenger Carlos Alcaraz. The Spaniard said it was his best match.',
      ['Alcaraz ES The Spaniard'],
    ],
    // Words next to the name bind first; a phrase naming another country does not outvote them.
    [
      'Russian President Vladimir Putin spoke for an hour. The Briton in the audience left.',
      ['Putin RU Russian President Vladimir Putin'],
    ],
    // Two phrases naming two countries for one person: no clue.
    ['Coach Ivan Horvat spoke first. The Croat smiled. The Serb then said no.', []],
    // Too far back: no one to refer to.
    [
      `Coach Ivan Horvat spoke first. ${'The rain kept falling on the court. '.repeat(10)}The Croat smiled.`,
      [],
    ],
  ])('%s', (text, expected) => {
    expect(clues(text)).toEqual(expected);
  });

  it('the provenance sentence runs from the name to the phrase', () => {
    const text = 'On Sunday, tennis star Rafael Nadal won again. The Spaniard said he was happy.';
    const [clue] = articleCountryClues('a', text, findPeople(text));
    expect(clue?.sentence).toBe(text);
  });
});
