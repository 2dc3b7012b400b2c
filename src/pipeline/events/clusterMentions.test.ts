import { describe, expect, it } from 'vitest';
import { clusterMentions } from './clusterMentions.ts';
import { analyse } from './eventsTestKit.ts';
import { extractMentions, type EventMention } from './extractMentions.ts';

function mentionsOf(...texts: string[]): EventMention[] {
  return texts.flatMap((text, i) => extractMentions(analyse(text, { id: `a${i}` })));
}

function clusters(...texts: string[]): string[][] {
  return clusterMentions(mentionsOf(...texts)).map((c) => c.map((m) => `${m.articleId}:${m.date?.start}`));
}

// Reference day: Friday 4 July 2025.
describe('clusterMentions', () => {
  it.each([
    [
      'two outlets, one call',
      [
        'President Ana Ruiz spoke by phone with Chancellor Olaf Brandt on Thursday.',
        'Ms Ruiz held a phone call with Mr Brandt on July 3.',
      ],
      [['a0:2025-07-03', 'a1:2025-07-03']],
    ],
    [
      'a planned call is not the call that happened',
      [
        'President Ana Ruiz spoke by phone with Chancellor Olaf Brandt on Thursday.',
        'Ms Ruiz hopes to speak to Mr Brandt on Friday.',
      ],
      [['a0:2025-07-03'], ['a1:2025-07-04']],
    ],
    [
      'the same people on different days are two events',
      [
        'President Ana Ruiz spoke by phone with Chancellor Olaf Brandt on Thursday.',
        'Ms Ruiz held a phone call with Mr Brandt on June 14.',
      ],
      [['a0:2025-07-03'], ['a1:2025-06-14']],
    ],
    [
      'strikes in different countries on one day stay apart',
      ['Israel struck targets in Syria on Tuesday.', 'Russia struck targets in Ukraine on Tuesday.'],
      [['a0:2025-07-01'], ['a1:2025-07-01']],
    ],
    [
      'an overnight attack and one "through Friday" in the same country are one',
      [
        'Russia attacked Kyiv overnight.',
        'Ukraine said Russia carried out large attacks on the country through Friday.',
      ],
      [['a0:2025-07-03', 'a1:2025-07-04']],
    ],
  ])('%s', (_name, texts, expected) => {
    expect(clusters(...texts)).toEqual(expected);
  });

  it('never chains two different days through a coarse date', () => {
    const result = clusters(
      'President Ana Ruiz attacked the plan in the summer.',
      'President Ana Ruiz attacked the plan on June 22.',
      'President Ana Ruiz attacked the plan on July 1.',
    );
    expect(result.flat()).toContain('a1:2025-06-22');
    expect(result.some((c) => c.includes('a1:2025-06-22') && c.includes('a2:2025-07-01'))).toBe(false);
  });
});

// A rebuild after one page changed passes mostly the same mention objects again, and segments made of
// the same mentions get their clusters from the earlier call: the result must be a first call's.
describe('clusterMentions after an earlier call', () => {
  // One mention per text. "Summer" joins the first day it is paired with, and then no other day.
  const before = mentionsOf(
    'President Ana Ruiz attacked the plan in the summer.',
    'President Ana Ruiz attacked the plan on June 22.',
    'President Ana Ruiz attacked the plan on July 1.',
    'Russia struck targets in Ukraine on June 10.',
    'Russia carried out strikes in Ukraine on June 10.',
  );
  const label = (cs: EventMention[][]) => cs.map((c) => c.map((m) => m.articleId).join('+'));
  it.each<[string, (ms: EventMention[]) => EventMention[], string[]]>([
    ['the same mentions', (ms) => ms, ['a0+a1', 'a2', 'a3+a4']],
    [
      'June 22 gone: the summer joins July 1',
      (ms) => ms.filter((m) => m.articleId !== 'a1'),
      ['a0+a2', 'a3+a4'],
    ],
    [
      'a strike gone: the other stands alone',
      (ms) => ms.filter((m) => m.articleId !== 'a3'),
      ['a0+a1', 'a2', 'a4'],
    ],
    [
      'a copy of a strike added',
      (ms) => [...ms, { ...ms[4]!, articleId: 'a9' }],
      ['a0+a1', 'a2', 'a3+a4+a9'],
    ],
    // Pairs are visited in input order: the summer now meets July 1 first.
    ['the order reversed', (ms) => [...ms].reverse(), ['a4+a3', 'a2+a0', 'a1']],
  ])('%s', (_name, change, expected) => {
    expect(before).toHaveLength(5);
    expect(label(clusterMentions(before))).toEqual(['a0+a1', 'a2', 'a3+a4']);
    const after = change(before);
    expect(label(clusterMentions(after))).toEqual(expected);
    // The same from mentions no call has seen.
    expect(label(clusterMentions(structuredClone(after)))).toEqual(expected);
  });
});
