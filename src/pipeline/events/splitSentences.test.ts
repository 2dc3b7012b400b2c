import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

describe('splitSentences', () => {
  it.each([
    ['Two plain sentences.', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['honorific', 'Mr. Smith arrived on Monday. He left.', ['Mr. Smith arrived on Monday.', 'He left.']],
    [
      'dotted acronym mid-sentence',
      'U.S. officials met. The U.S. delegation left.',
      ['U.S. officials met.', 'The U.S. delegation left.'],
    ],
    [
      'acronym ending a sentence',
      'The envoy flew to the U.S. The talks began.',
      ['The envoy flew to the U.S.', 'The talks began.'],
    ],
    ['initial', 'John F. Kennedy spoke.', ['John F. Kennedy spoke.']],
    [
      'a clock time ending a sentence before "A"',
      'Jan. 17, 2024 at 6:40 a.m. A power cut hit the city.',
      ['Jan. 17, 2024 at 6:40 a.m.', 'A power cut hit the city.'],
    ],
    ['a clock time before a weekday', 'It opens at 9 a.m. Monday.', ['It opens at 9 a.m. Monday.']],
    ['an initial before a family name', 'Robert A. Smith spoke.', ['Robert A. Smith spoke.']],
    ['closing quote', "'We will act,' she said. 'Now.'", ["'We will act,' she said.", "'Now.'"]],
    ['line breaks', 'First line\nSecond line.', ['First line', 'Second line.']],
    ['decimal', 'Growth was 2.5 percent. Prices rose.', ['Growth was 2.5 percent.', 'Prices rose.']],
    [
      'photo credit and wire dateline',
      'A man walks past. © Reuters LONDON (Reuters) -- Markets fell on Monday.',
      ['A man walks past.', 'Markets fell on Monday.'],
    ],
  ])('%s', (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
