import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPeople, type PersonMention } from './findPeople.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
const seed = (prefix: string): string => {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, file), 'utf8');
};

// A filler sentence keeps the test texts from reading as headline-case lines.
const FILLER =
  ' The committee met again later that evening to discuss the remaining questions on the agenda.';
const parts = (m: PersonMention): [string, string | null, string | null, string | null] => [
  m.text,
  m.given,
  m.family,
  m.title,
];
const people = (text: string): [string, string | null, string | null, string | null][] =>
  findPeople(text + FILLER).map(parts);

describe('findPeople: titles, honorifics and name shapes', () => {
  it.each([
    [
      'Finnish President Aino Lehtisalo spoke first.',
      [['President Aino Lehtisalo', 'Aino', 'Lehtisalo', 'President']],
    ],
    ['Talks resumed, Mr Varga said on the call.', [['Mr Varga', null, 'Varga', 'Mr']]],
    ['Talks resumed, Mr. Varga said on the call.', [['Mr. Varga', null, 'Varga', 'Mr.']]],
    [
      'Home Secretary Priya Ramaswamy said she welcomed it.',
      [['Home Secretary Priya Ramaswamy', 'Priya', 'Ramaswamy', 'Home Secretary']],
    ],
    [
      'The deal was praised by Secretary of State Lena Hofstadter in a statement.',
      [['Secretary of State Lena Hofstadter', 'Lena', 'Hofstadter', 'Secretary of State']],
    ],
    [
      'A readout was provided by Orlov aide Pavel Gromekov on Sunday evening.',
      [['aide Pavel Gromekov', 'Pavel', 'Gromekov', 'aide']],
    ],
    [
      "But a year into Sir Tobias's premiership, little had changed.",
      [['Sir Tobias', 'Tobias', null, 'Sir']],
    ],
    [
      'Dame Hilary Okonjo-Bates opened the gallery and left at noon.',
      [['Dame Hilary Okonjo-Bates', 'Hilary', 'Okonjo-Bates', 'Dame']],
    ],
    [
      "We spoke to Siobhan O'Rourke, advocacy coordinator at the shelter, on Friday.",
      [["Siobhan O'Rourke", 'Siobhan', "O'Rourke", null]],
    ],
    [
      'The painting was sold by Pieter van der Berghe to a private buyer.',
      [['Pieter van der Berghe', 'Pieter', 'van der Berghe', null]],
    ],
    [
      'The ruler met Crown Prince Khalid bin Faisal at the palace gates.',
      [['Crown Prince Khalid bin Faisal', 'Khalid', 'bin Faisal', 'Crown Prince']],
    ],
    [
      "The reply came from Springfield's Republican mayor, Dana Whitcombe, who lamented the decision.",
      [['Dana Whitcombe', 'Dana', 'Whitcombe', null]],
    ],
    [
      'It is hard work, says Marisol Quintero, a volunteer at the local food bank.',
      [['Marisol Quintero', 'Marisol', 'Quintero', null]],
    ],
    [
      'The election of Tomasz Wielgosz in November surprised the region.',
      [['Tomasz Wielgosz', 'Tomasz', 'Wielgosz', null]],
    ],
  ])('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });
});

describe('findPeople: bare surnames', () => {
  it('finds a surname the text already knows, also inside "X-Y" and with a possessive', () => {
    const text =
      'Chancellor Ilse Brandauer met Premier Joao Ferreira in the afternoon. ' +
      "Brandauer said later that the Brandauer-Ferreira talks went well, and Ferreira's aides agreed.";
    const found = findPeople(text).map((m) => m.text);
    expect(found).toEqual([
      'Chancellor Ilse Brandauer',
      'Premier Joao Ferreira',
      'Brandauer',
      'Brandauer',
      'Ferreira',
      'Ferreira',
    ]);
  });

  it('finds surnames known from other texts when given them', () => {
    const text = 'The plan was welcomed in the capital, where Brandauer had campaigned for it all summer.';
    expect(findPeople(text).map((m) => m.text)).toEqual([]);
    expect(findPeople(text, { knownFamilies: ['Brandauer'] }).map((m) => m.text)).toEqual(['Brandauer']);
  });

  it('keeps two people who share a surname apart', () => {
    const text =
      'The fund was set up by Helena Marchetti and her brother Paolo Marchetti in the spring of that year.';
    expect(findPeople(text).map((m) => [m.given, m.family])).toEqual([
      ['Helena', 'Marchetti'],
      ['Paolo', 'Marchetti'],
    ]);
  });

  it('takes a single word given speech as a person, but not "X said it"', () => {
    const text =
      'The talks will continue, Kowalczyk said on Monday. Gazprom said it would keep supplying gas.';
    expect(findPeople(text).map((m) => [m.text, m.evidence])).toEqual([['Kowalczyk', 'speech']]);
  });
});

describe('findPeople: what is not a person', () => {
  it.each([
    ['months and weekdays', 'On Monday June 3 the talks resumed, and by Friday August had begun in earnest.'],
    [
      'organisations',
      'The Department of Homeland Security and the Supreme Court disagreed, Sky News reported.',
    ],
    ['government metonyms', 'The White House and the Kremlin confirmed the call; Reuters carried the story.'],
    ['demonym before a title without a name', 'The Russian President said the French President would visit.'],
    ['places and demonyms', 'Officials in New Zealand and South Korea met Haitian and Venezuelan envoys.'],
    ['sentence-initial common words', 'Experts say the plan works. Several Members of Parliament disagreed.'],
    ['an acronym expansion', 'The new A350 XWB (Extra Wide Body) aircraft is still under development there.'],
    [
      'a company after its descriptor',
      'Shares in electronics retailer Best Buy fell after the results came out.',
    ],
    ['headline-case lines', 'Global Markets Rally As Central Banks Signal Pause\nShares rose on Tuesday.'],
  ])('%s', (_label, text) => {
    expect(findPeople(text).map((m) => m.text)).toEqual([]);
  });

  it('does not take a company shortened to its first word for a person', () => {
    const text = 'The contract went to Lockheed Martin in the end, and Lockheed ultimately won the contest.';
    expect(findPeople(text)).toEqual([]);
  });
});

describe('findPeople: offsets', () => {
  it.each(seedFiles)('every mention in %s is the exact text at its offsets', (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const found = findPeople(text);
    expect(found.length).toBeGreaterThan(10);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('uses UTF-16 offsets after astral characters', () => {
    const text = '🙂🙂 The award went to Ngozi Adeyemi-Clarke at the ceremony in the town hall.';
    const [m] = findPeople(text);
    expect(m && text.slice(m.start, m.end)).toBe('Ngozi Adeyemi-Clarke');
  });
});

describe('findPeople: seed fragments', () => {
  it.each([
    ['000', 'said Yuri Ushakov, his foreign affairs adviser', 'Yuri Ushakov'],
    ['000', 'Ukrainian President Volodymyr Zelensky said in Denmark', 'President Volodymyr Zelensky'],
    ['000', 'Home Secretary Yvette Cooper said she welcomed', 'Home Secretary Yvette Cooper'],
    ['000', "Kate O'Neill, advocacy coordinator at Project Play", "Kate O'Neill"],
    ['000', "the city's mayor Vitali Klitschko", 'mayor Vitali Klitschko'],
    ['000', "Springfield's Republican mayor, Rob Rue, lamented", 'Rob Rue'],
    ['004', 'according to a readout provided by Putin aide Yuri Ushakov', 'aide Yuri Ushakov'],
    ['004', 'Ushakov, the Kremlin aide, said', 'Ushakov'],
  ])('seed %s: "%s" yields %s', (prefix, fragment, expected) => {
    const text = seed(prefix);
    const at = text.indexOf(fragment);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = findPeople(text).filter((m) => m.start >= at && m.end <= at + fragment.length);
    expect(inside.map((m) => m.text)).toContain(expected);
  });

  it.each([
    ['000', 'Kremlin'],
    ['000', 'Department of Homeland Security'],
    ['000', 'Downing Street'],
    ['000', 'Sky News'],
    ['000', 'Springfield Neighbors United'],
    ['000', 'Advocates for Basic Legal Equality'],
    ['004', 'Thomson Reuters'],
    ['004', 'Nikkei Asia'],
    ['004', 'One Big Beautiful Bill Act'],
  ])('seed %s: nothing inside "%s" is a person', (prefix, name) => {
    const text = seed(prefix);
    const spans = [...text.matchAll(new RegExp(name, 'g'))].map((m) => [m.index, m.index + name.length]);
    expect(spans.length).toBeGreaterThan(0);
    const inside = findPeople(text).filter((m) => spans.some(([s = 0, e = 0]) => m.start < e && s < m.end));
    expect(inside).toEqual([]);
  });
});
