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
