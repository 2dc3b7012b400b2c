import { describe, expect, it } from 'vitest';
import { analyse } from './eventsTestKit.ts';
import { extractMentions } from './extractMentions.ts';
import { makeTitle } from './makeTitle.ts';

const cap = (id: string) => id[0]!.toUpperCase() + id.slice(1);

function events(text: string, dct: string | null = '2025-07-04') {
  return extractMentions(analyse(text, { dct })).map((m) => ({
    type: m.type,
    start: m.date?.start ?? null,
    status: m.status,
    title: makeTitle(m, cap).text,
  }));
}

// Written for these tests; the reference day is Friday 4 July 2025.
describe('extractMentions on written sentences', () => {
  it.each([
    [
      'Ministers from Peru and Chile met in Lima on Monday.',
      [
        {
          type: 'meeting',
          start: '2025-06-30',
          status: 'happened',
          title: 'Ministers from Peru and Chile meet in Lima',
        },
      ],
    ],
    [
      'The governor will sign the budget on Thursday.',
      [
        {
          type: 'signing',
          start: '2025-07-10',
          status: 'planned',
          title: 'Governor to sign the budget',
        },
      ],
    ],
    [
      'Prime Minister Jane Okafor resigned on June 2, a day after the vote.',
      [
        {
          type: 'resignation',
          start: '2025-06-02',
          status: 'happened',
          title: 'Okafor resigns',
        },
        { type: 'vote', start: '2025-06-01', status: 'happened', title: 'Vote' },
      ],
    ],
    [
      'The port city of Odessa was bombed overnight.',
      [{ type: 'strike', start: '2025-07-03', status: 'happened', title: 'Port city of Odessa bombed' }],
    ],
    ['The senators did not meet on Monday.', []],
    ['Officials said on Monday that the plan had failed.', []],
    ['Since 2010, the agency has signed every permit.', []],
    ['His 2017 tax cuts were approved by the chamber.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('keeps a named speaker’s dated statement', () => {
    expect(events('On Tuesday, Ms Anna Berg said the plan had failed.')).toEqual([
      {
        type: 'statement',
        start: '2025-07-01',
        status: 'happened',
        title: 'Berg says the plan had failed',
      },
    ]);
  });

  it('leaves relative dates unresolved without a reference day, and the mention undated', () => {
    const [m] = extractMentions(analyse('The army struck the bridge on Monday.', { dct: null }));
    expect(m?.date).toBeNull();
    expect(m?.dateText).toBe('Monday');
  });

  it('records verbatim offsets for the sentence and the date', () => {
    const text = 'Calm returned. The army struck the bridge on June 22.';
    const [m] = extractMentions(analyse(text));
    expect(text.slice(m!.sentence.start, m!.sentence.end)).toBe('The army struck the bridge on June 22.');
    expect(m!.sentence.text.slice(m!.dateSpan.start, m!.dateSpan.end)).toBe('June 22');
  });
});

// Verbs outside the trigger lexicon, read from the parsed clause; reference day Friday 4 July 2025.
describe('extractMentions on any reported happening', () => {
  it.each([
    ['The bread index fell 12 points on Tuesday.', [{ type: 'happening', start: '2025-07-01' }]],
    ['The orchestra did not rehearse on Tuesday.', []],
    ['Did the orchestra rehearse on Tuesday?', []],
    ['Her 2019 bicycle still squeaks loudly.', []],
  ])('%s', (text, expected) => {
    expect(events(text).map(({ type, start }) => ({ type, start }))).toEqual(expected);
  });
});
