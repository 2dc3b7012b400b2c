import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPeople, type PersonMention } from './findPeople.ts';
import { resolvePeople } from './resolvePeople.ts';

const FILLER =
  ' The committee met again later that evening to discuss the remaining questions on the agenda.';

/** Runs findPeople over each article and returns, per article, [mention text, person id] pairs. */
function resolveTexts(texts: string[]): { ids: [string, string | null][][]; names: string[] } {
  const input = texts.map((t, i) => ({ articleId: `a${i}`, mentions: findPeople(t + FILLER) }));
  const { people, personIds } = resolvePeople(input);
  const ids = input.map((a) =>
    a.mentions.map((m, i): [string, string | null] => [m.text, personIds.get(a.articleId)?.[i] ?? null]),
  );
  return { ids, names: people.map((p) => p.name) };
}

function mention(
  text: string,
  given: string | null,
  family: string | null,
  title: string | null,
  evidence: PersonMention['evidence'],
): PersonMention {
  return { start: 0, end: text.length, text, given, family, title, evidence };
}

describe('resolvePeople: one person, many forms', () => {
  it.each([
    [
      'honorific, full name and demonym + title',
      [
        'Mr Putin spoke first. Later, Vladimir Putin said more.',
        'Russian President Vladimir Putin agreed on the call.',
      ],
      'vladimir-putin',
    ],
    [
      'transliterations between outlets',
      [
        'Ukrainian President Volodymyr Zelensky said he hoped to talk.',
        'Ukrainian President Volodymyr Zelenskyy said he would talk.',
        'Ukrainian President Volodymyr Zelenskiy said it went well.',
      ],
      'volodymyr-zelensky',
    ],
    [
      'name orders',
      [
        'Prime Minister Shigeru Ishiba met the envoy.',
        'Prime Minister Ishiba Shigeru said the talks had ended.',
      ],
      'shigeru-ishiba',
    ],
    [
      'a given name after Sir resolves to the full name',
      ['Sir Keir Starmer will host the summit.', "A year into Sir Keir's premiership, crossings are up."],
      'keir-starmer',
    ],
    [
      'made-up names in two romanisations',
      [
        'Energy Minister Dmitry Orlovsky said prices would fall.',
        'Minister Dmitri Orlovskiy later denied this.',
      ],
      'dmitry-orlovsky',
    ],
  ])('%s', (_label, texts, id) => {
    const { ids } = resolveTexts(texts);
    const all = ids.flat();
    expect(all.length).toBeGreaterThanOrEqual(texts.length);
    expect(new Set(all.map(([, p]) => p))).toEqual(new Set([id]));
  });
});

describe('resolvePeople: people who must stay apart', () => {
  it('keeps two people sharing a surname as two, and leaves an ambiguous bare surname unattributed', () => {
    const { ids } = resolveTexts([
      'US President Donald Trump and first lady Melania Trump arrived. Mr Trump waved to the crowd.',
    ]);
    expect(ids[0]).toEqual([
      ['President Donald Trump', 'donald-trump'],
      ['Melania Trump', 'melania-trump'],
      ['Mr Trump', null],
    ]);
  });

  it('resolves a bare surname in its own article before looking across articles', () => {
    const { ids } = resolveTexts([
      'Finance Minister Anna Kessler presented the budget.',
      'Opposition leader Jonas Kessler criticised it. Kessler said the budget was unfair.',
    ]);
    expect(ids[1]).toEqual([
      ['Opposition leader Jonas Kessler', 'jonas-kessler'],
      ['Kessler', 'jonas-kessler'],
    ]);
  });

  it('resolves a bare surname across articles only when one person has it', () => {
    const { ids } = resolveTexts([
      'Central bank governor Ravi Menon spoke on Tuesday.',
      'Markets rallied after the remarks, Menon said in an interview published later.',
    ]);
    expect(ids[1]).toEqual([['Menon', 'ravi-menon']]);
  });
});

describe('resolvePeople: surnames with no full name anywhere', () => {
  it.each([
    ['an honorific is evidence', [mention('Mr Halvorsen', null, 'Halvorsen', 'Mr', 'title')], ['Halvorsen']],
    ['speech is evidence', [mention('Halvorsen', null, 'Halvorsen', null, 'speech')], ['Halvorsen']],
    [
      'a surname only known from elsewhere is dropped',
      [mention('Halvorsen', null, 'Halvorsen', null, 'known')],
      [],
    ],
    [
      'a lone given name keeps its title',
      [mention('Sir Tobias', 'Tobias', null, 'Sir', 'title')],
      ['Sir Tobias'],
    ],
  ])('%s', (_label, mentions, names) => {
    const { people, personIds } = resolvePeople([{ articleId: 'x', mentions }]);
    expect(people.map((p) => p.name)).toEqual(names);
    expect(personIds.get('x')?.[0]).toBe(people[0]?.id ?? null);
  });

  it('gives two different people with the same slug different ids', () => {
    const { people } = resolvePeople([
      { articleId: 'x', mentions: [mention('Ann Lee', 'Ann', 'Lee', null, 'name')] },
      { articleId: 'y', mentions: [mention('Mr Ann-Lee', null, 'Ann-Lee', 'Mr', 'title')] },
    ]);
    expect(people.map((p) => p.id).sort()).toEqual(['ann-lee', 'ann-lee-2']);
  });
});

describe('resolvePeople: the seeds', () => {
  const seeds = join(import.meta.dirname, '../../../seeds');
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(seeds, f), 'utf8'));
  const { people, personIds } = resolvePeople(
    texts.map((t, i) => ({ articleId: `s${i}`, mentions: findPeople(t) })),
  );
  const names = people.map((p) => p.name);

  it.each([
    'Vladimir Putin',
    'Donald Trump',
    'Yuri Ushakov',
    'Emmanuel Macron',
    'Kristi Noem',
    'Casey Rollins',
    'Viles Dorsainvil',
    'Katie Kersh',
    'Rob Rue',
    'Keir Starmer',
    'Yvette Cooper',
    "Kate O'Neill",
    'Vitali Klitschko',
  ])('finds %s', (name) => {
    expect(names).toContain(name);
  });

  it('has Zelensky and Zelenskyy as one person, and no one else', () => {
    expect(names.filter((n) => /^Volodymyr Zelensk/.test(n))).toHaveLength(1);
    expect(names).toHaveLength(14);
  });

  it('attributes every seed mention to someone', () => {
    for (const ids of personIds.values()) expect(ids.filter((id) => id === null)).toEqual([]);
  });
});
