import { describe, expect, it } from 'vitest';
import { findCountries } from './findCountries.ts';
import { findCountryClues } from './findCountryClues.ts';
import { findPeople, type PersonMention } from './findPeople.ts';
import { resolvePeople } from './resolvePeople.ts';

// Sentences written for this file in the shapes of news the pipeline had not seen (wire, court, sports,
// business, obituaries, bylines); every expected name was worked out by hand from the contract of
// PersonMention: `text` holds the title as written, `given`/`family` the first and last name words.

// A filler sentence keeps the short texts from reading as headline-case lines.
const FILLER =
  ' The committee met again later that evening to discuss the remaining questions on the agenda.';
type Row = [string, string | null, string | null, string | null];
const people = (text: string): Row[] =>
  findPeople(text + FILLER).map((m: PersonMention): Row => [m.text, m.given, m.family, m.title]);

describe('findPeople on unseen news: where a name starts and ends', () => {
  it.each<[string, string, Row[]]>([
    [
      'a place before the given name, inside a "for" title',
      'Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the charges were serious. ' +
        'Levy added that more arrests could follow.',
      [
        [
          'Attorney for the District of Massachusetts Joshua Levy',
          'Joshua',
          'Levy',
          'Attorney for the District of Massachusetts',
        ],
        ['Levy', null, 'Levy', null],
      ],
    ],
    [
      'a multi-word place in a "for" title',
      'Acting U.S. Attorney for the Southern District of New York Jay Clayton announced the charges.',
      [
        [
          'Attorney for the Southern District of New York Jay Clayton',
          'Jay',
          'Clayton',
          'Attorney for the Southern District of New York',
        ],
      ],
    ],
    [
      'a hyphenated title after an organisation',
      'Commonwealth Secretary-General Patricia Scotland, who presented the awards, said the winners were inspiring.',
      [['Secretary-General Patricia Scotland', 'Patricia', 'Scotland', 'Secretary-General']],
    ],
    [
      'Vice-President with a hyphen',
      'Vice-President Kamala Harris toured the factory with workers.',
      [['Vice-President Kamala Harris', 'Kamala', 'Harris', 'Vice-President']],
    ],
    [
      'Governor-General with a hyphen',
      'Governor-General Sam Mostyn swore in the new ministers.',
      [['Governor-General Sam Mostyn', 'Sam', 'Mostyn', 'Governor-General']],
    ],
    [
      'a company before its chief',
      'Apple CEO Tim Cook unveiled the phone in Cupertino on Tuesday.',
      [['CEO Tim Cook', 'Tim', 'Cook', 'CEO']],
    ],
    [
      'a company before its spokesman',
      'Airbus spokesman David Velupillai declined to comment on the report.',
      [['spokesman David Velupillai', 'David', 'Velupillai', 'spokesman']],
    ],
    [
      'a company before "Chief Executive"',
      'Boeing Chief Executive Kelly Ortberg told employees the strike was over.',
      [['Chief Executive Kelly Ortberg', 'Kelly', 'Ortberg', 'Chief Executive']],
    ],
    [
      'a bank before an analyst',
      'Goldman Sachs analyst Priya Raman cut her forecast on Friday.',
      [['analyst Priya Raman', 'Priya', 'Raman', 'analyst']],
    ],
    [
      'a company possessive before the name',
      "Tesla's Elon Musk posted a reply within minutes.",
      [['Elon Musk', 'Elon', 'Musk', null]],
    ],
    [
      'obituary: name, age, of place',
      'Jane Doe, 68, of Torrance, California, died on Sunday after a long illness.',
      [['Jane Doe', 'Jane', 'Doe', null]],
    ],
    [
      'court: a defendant with his age',
      'A jury convicted Marcus Delaney, 34, of Fresno, on all counts on Thursday.',
      [['Marcus Delaney', 'Marcus', 'Delaney', null]],
    ],
    [
      'court: a district judge after U.S.',
      'U.S. District Judge Amelia Kwan sentenced him to 12 years in prison.',
      [['Judge Amelia Kwan', 'Amelia', 'Kwan', 'Judge']],
    ],
    [
      'court: a lower-case role',
      'Defense attorney Rafael Ortiz said his client would appeal.',
      [['Defense attorney Rafael Ortiz', 'Rafael', 'Ortiz', 'Defense attorney']],
    ],
    [
      'former and a two-word title',
      'The speech was given by former Prime Minister Boris Johnson in London.',
      [['former Prime Minister Boris Johnson', 'Boris', 'Johnson', 'former Prime Minister']],
    ],
    [
      'Mr. with a full stop',
      'Mr. Smith told the jury he had never seen the document.',
      [['Mr. Smith', null, 'Smith', 'Mr.']],
    ],
    [
      'Dr. with a full name',
      'Dr. Anthony Fauci testified before the committee on Wednesday.',
      [['Dr. Anthony Fauci', 'Anthony', 'Fauci', 'Dr.']],
    ],
    [
      'particles',
      'European Commission President Ursula von der Leyen arrived in Kyiv on Friday.',
      [['President Ursula von der Leyen', 'Ursula', 'von der Leyen', 'President']],
    ],
    [
      'a long name with a particle and an accent',
      'Brazilian President Luiz Inácio Lula da Silva spoke at the summit.',
      [['President Luiz Inácio Lula da Silva', 'Luiz', 'da Silva', 'President']],
    ],
    [
      'initials with full stops',
      'Vice President J.D. Vance met the delegation at the airport.',
      [['Vice President J.D. Vance', 'J.D.', 'Vance', 'Vice President']],
    ],
    [
      'initials without full stops after a state and an abbreviated title',
      'Ohio Sen. JD Vance voted against the measure.',
      [['Sen. JD Vance', 'JD', 'Vance', 'Sen.']],
    ],
    [
      'an initial before the given name',
      'The award went to J. Robert Oppenheimer in 1963.',
      [['J. Robert Oppenheimer', 'J.', 'Oppenheimer', null]],
    ],
    [
      'a hyphenated given name with an accent',
      'French left-wing leader Jean-Luc Mélenchon called for protests.',
      [['leader Jean-Luc Mélenchon', 'Jean-Luc', 'Mélenchon', 'leader']],
    ],
    [
      'a generational suffix and a title word as family name',
      'The Rev. Martin Luther King Jr. led the march in 1965.',
      [['Rev. Martin Luther King Jr', 'Martin', 'King', 'Rev.']],
    ],
    [
      'a regnal number',
      "Britain's King Charles III opened the session.",
      [['King Charles III', 'Charles', null, 'King']],
    ],
    [
      'sports: a demonym before the name',
      'Spectators cheered as Italian Jannik Sinner served for the match.',
      [['Jannik Sinner', 'Jannik', 'Sinner', null]],
    ],
    [
      'sports: a demonym opening the sentence',
      'Swiss Roger Federer won his first title in 2001.',
      [['Roger Federer', 'Roger', 'Federer', null]],
    ],
    [
      'sports: a club before the manager',
      'Manchester United manager Ruben Amorim said the team had played well.',
      [['manager Ruben Amorim', 'Ruben', 'Amorim', 'manager']],
    ],
    [
      'a country name as a given name',
      'Israel Katz said the army was ready to respond.',
      [['Israel Katz', 'Israel', 'Katz', null]],
    ],
    [
      'a country name as a surname after an honorific',
      'Mr Jordan said the plan was sound.',
      [['Mr Jordan', null, 'Jordan', 'Mr']],
    ],
    [
      'a peerage title',
      'Baroness Scotland told the meeting that funding would rise.',
      [['Baroness Scotland', null, 'Scotland', 'Baroness']],
    ],
    [
      'a title in a "for" part with a department',
      'Minister for Foreign Affairs Penny Wong arrived in Jakarta.',
      [['Minister for Foreign Affairs Penny Wong', 'Penny', 'Wong', 'Minister for Foreign Affairs']],
    ],
    [
      'obituary: apposition of a retired teacher',
      'Margaret Ellison, a retired teacher from Leeds, died on Monday at the age of 91.',
      [['Margaret Ellison', 'Margaret', 'Ellison', null]],
    ],
    [
      'a rank of two abbreviations after a role',
      'Pentagon spokesman Brig. Gen. Pat Ryder said the strikes were over.',
      [['spokesman Brig. Gen. Pat Ryder', 'Pat', 'Ryder', 'spokesman Brig. Gen.']],
    ],
    [
      'then- before a title',
      'The plan was backed by then-President Joe Biden in 2023.',
      [['then-President Joe Biden', 'Joe', 'Biden', 'then-President']],
    ],
    [
      'ex- before a two-word title',
      'The book by ex-Prime Minister Liz Truss sold well.',
      [['ex-Prime Minister Liz Truss', 'Liz', 'Truss', 'ex-Prime Minister']],
    ],
    [
      'an office of words no table holds',
      'Chancellor of the Exchequer Rachel Reeves delivered the budget.',
      [['Chancellor of the Exchequer Rachel Reeves', 'Rachel', 'Reeves', 'Chancellor of the Exchequer']],
    ],
    [
      'an office named after a city',
      'Archbishop of Canterbury Justin Welby resigned on Tuesday.',
      [['Archbishop of Canterbury Justin Welby', 'Justin', 'Welby', 'Archbishop of Canterbury']],
    ],
    [
      'a middle initial at the start of a sentence',
      'George W. Bush spoke at the library.',
      [['George W. Bush', 'George', 'Bush', null]],
    ],
    [
      'a given name that is also a word of laws',
      'Microsoft co-founder Bill Gates gave the money.',
      [['co-founder Bill Gates', 'Bill', 'Gates', 'co-founder']],
    ],
    [
      'an Arabic name with a capitalised particle',
      "Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted the talks.",
      [['Emir Sheikh Tamim bin Hamad Al Thani', 'Tamim', 'Al Thani', 'Emir Sheikh']],
    ],
    [
      'a middle initial and a suffix',
      'Health Secretary Robert F. Kennedy Jr. announced the change.',
      [['Health Secretary Robert F. Kennedy Jr', 'Robert', 'Kennedy', 'Health Secretary']],
    ],
    [
      'a party and state tag after the name',
      'Sen. Elizabeth Warren, D-Mass., said the bill was flawed.',
      [['Sen. Elizabeth Warren', 'Elizabeth', 'Warren', 'Sen.']],
    ],
    [
      'an all-caps byline and dateline name no one',
      'By JOHN HARTLEY and MARIA OKAFOR, Associated Press\nWASHINGTON (AP) — The Senate voted on Tuesday.',
      [],
    ],
  ])('%s', (_shape, sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('findPeople on unseen news: the person is one name across the article', () => {
  it('"Levy" later in the article is the same person as "Joshua Levy"', () => {
    const text =
      'Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the charges were serious. ' +
      'Levy added that more arrests could follow.' +
      FILLER;
    const { people: found } = resolvePeople([{ articleId: 'a', mentions: findPeople(text) }]);
    expect(found.map((p) => [p.id, p.name])).toEqual([['joshua-levy', 'Joshua Levy']]);
  });

  it('the title is not part of the canonical name', () => {
    const text =
      'Commonwealth Secretary-General Patricia Scotland, who presented the awards, said it.' + FILLER;
    const { people: found } = resolvePeople([{ articleId: 'a', mentions: findPeople(text) }]);
    expect(found.map((p) => p.name)).toEqual(['Patricia Scotland']);
  });
});

describe('findPeople on unseen news: company names are no people', () => {
  it.each([
    ['Apple Computer announced today another special event.'],
    ['Shares of Acme Pharmaceuticals rose after the ruling.'],
    ['Ridgeway Semiconductor said it would cut 300 jobs.'],
    ['Northline Railways cancelled the service on Monday.'],
  ])('%s', (sentence) => {
    expect(findPeople(sentence + FILLER).map((m) => m.text)).toEqual([]);
  });
});

describe('findCountries on unseen news: a person name is no country mention', () => {
  it.each<[string, string, string[]]>([
    ['a family name that is a country', 'Ms Scotland told the meeting the fund would grow.', []],
    ['a surname after Mr.', 'Mr. Jordan said the plan was sound.', []],
    ['a given name that is a country', 'Israel Katz said the army was ready.', []],
    ['the country itself still counts', 'The talks were held in Jordan, near Amman.', ['JO', 'JO']],
  ])('%s', (_shape, sentence, expected) => {
    expect(findCountries(sentence).map((c) => c.country)).toEqual(expected);
  });
});

/** The country of each person mention that has a clue, as "mention text → code". */
function clues(text: string): string[] {
  const found = findPeople(text);
  return findCountryClues(text, found).map((c) => `${found[c.person]?.text} → ${c.country}`);
}

describe('findCountryClues on unseen news: the country from the text’s own words', () => {
  it.each<[string, string[]]>([
    ['Russian President Vladimir Putin spoke by phone on Friday.', ['President Vladimir Putin → RU']],
    ["Japan's Prime Minister Shigeru Ishiba visited the shrine.", ['Prime Minister Shigeru Ishiba → JP']],
    ['Federal Reserve Chair Jerome Powell declined to comment.', ['Chair Jerome Powell → US']],
    [
      'Kremlin spokesman Dmitry Peskov told reporters the talks were useful.',
      ['spokesman Dmitry Peskov → RU'],
    ],
    ['Texas Governor Greg Abbott signed the bill into law.', ['Governor Greg Abbott → US']],
    ['Ontario Premier Doug Ford announced the plan.', ['Premier Doug Ford → CA']],
    ['Spectators cheered as Italian Jannik Sinner served.', ['Jannik Sinner → IT']],
    ['Irish Taoiseach Micheál Martin welcomed the plan.', ['Taoiseach Micheál Martin → IE']],
    [
      'Acting U.S. Attorney for the District of Massachusetts Joshua Levy said it.',
      ['Attorney for the District of Massachusetts Joshua Levy → US'],
    ],
    [
      'Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum spoke.',
      ['Prime Minister Mark Carney → CA', 'President Claudia Sheinbaum → MX'],
    ],
    ['North Korean leader Kim Jong Un watched the launch.', ['leader Kim Jong Un → KP']],
    [
      'Pentagon spokesman Brig. Gen. Pat Ryder said the strikes were over.',
      ['spokesman Brig. Gen. Pat Ryder → US'],
    ],
    ['Bank of England Governor Andrew Bailey held rates.', ['Governor Andrew Bailey → GB']],
  ])('%s', (text, expected) => {
    expect(clues(text)).toEqual(expected);
  });

  it.each([
    ['a place named after the person said', 'The Kremlin said Dmitry Peskov would brief reporters.'],
    ['a region with no role', 'Voters in Texas backed Greg Abbott again.'],
    ['a demonym before a company, not the person', 'Swiss bank UBS hired Jane Roe as adviser.'],
  ])('no clue: %s', (_why, text) => {
    expect(clues(text)).toEqual([]);
  });
});
