import { describe, expect, it } from 'vitest';
import { findPeople } from './findPeople.ts';
import { resolvePeople, type ArticleMentions } from './resolvePeople.ts';
import { resolvePeopleCached } from './resolvePeopleCached.ts';

const TEXTS = [
  'Russian President Vladimir Putin spoke to Donald Trump on Monday.',
  'Mr Putin said later that the talks were useful. Trump agreed.',
  'Ushakov said the two presidents would meet again.',
];

function input(texts: string[], prefix: string): ArticleMentions[] {
  return texts.map((t, i) => ({ articleId: `${prefix}${i}`, mentions: findPeople(t) }));
}

describe('resolvePeopleCached', () => {
  it.each([
    ['the same mentions under new article ids', TEXTS, TEXTS],
    ['a text changed where no name is', TEXTS, [TEXTS[0]!, `${TEXTS[1]!} It rained.`, TEXTS[2]!]],
    ['a full name added', TEXTS, [TEXTS[0]!, TEXTS[1]!, `${TEXTS[2]!} Yuri Ushakov nodded.`]],
    ['a name dropped', TEXTS, [TEXTS[0]!, 'Mr Putin said later that the talks were useful.', TEXTS[2]!]],
    ['an article fewer', TEXTS, TEXTS.slice(1)],
    ['articles in another order', TEXTS, [TEXTS[1]!, TEXTS[0]!, TEXTS[2]!]],
  ])('after %s, gives what resolvePeople gives', (_, before, after) => {
    resolvePeopleCached(input(before, 'a'));
    const next = input(after, 'b');
    expect(resolvePeopleCached(next)).toEqual(resolvePeople(next));
  });
});
