import { describe, expect, it } from 'vitest';
import { recognizeImpossibleDays } from './recognizeImpossibleDays.ts';
import { tagTimex } from './tagTimex.ts';

describe('recognizeImpossibleDays', () => {
  it.each([
    ['The vote was on February 30, 2025.', 'February 30, 2025'],
    ['Talks began on 31 June 2025 in Rome.', '31 June 2025'],
    ['Talks began on the 31st of April.', '31st of April'],
    ['The minister resigned on 2025-02-29.', '2025-02-29'],
    ['It was Sept. 31.', 'Sept. 31'],
  ])('%s', (sentence, expected) => {
    expect(recognizeImpossibleDays(sentence).map((m) => sentence.slice(m.start, m.end))).toEqual([expected]);
  });

  it.each([
    'The vote was on February 28, 2025.',
    'The vote was on February 29, 2024.',
    'The vote was on February 29.', // a leap year may have it
    'Talks began on 30 June 2025.',
    'On 2024-02-29 the law passed.',
    'In 2025-13-40 nothing happened.', // not a date at all
  ])('leaves real days alone: %s', (sentence) => {
    expect(recognizeImpossibleDays(sentence)).toEqual([]);
  });
});

describe('tagTimex on days that do not exist', () => {
  it.each([
    [
      'The parliament voted on February 30, 2025 in Oslo.',
      'February 30, 2025',
      'February 2025 has no day 30',
    ],
    ['Talks began on 31 June in Rome.', '31 June', 'June has no day 31'],
  ])('%s is one unresolved timex saying why', (sentence, text, why) => {
    const timexes = tagTimex(sentence, { dct: '2025-07-04' });
    expect(timexes.map((t) => t.text)).toEqual([text]);
    expect(timexes[0]!.note).toContain(why);
    expect(timexes[0]!.interval).toBeNull();
  });
});
