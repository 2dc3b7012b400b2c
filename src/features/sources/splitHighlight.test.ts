import { describe, expect, it } from 'vitest';
import { groupRuns, splitHighlight, type HighlightRange, type Segment } from './splitHighlight.ts';

const q = (start: number, end: number): HighlightRange => ({ start, end, kind: 'quote' });
const d = (start: number, end: number): HighlightRange => ({ start, end, kind: 'date' });
const plain = (text: string): Segment => ({ text, kind: 'plain' });
const quote = (text: string): Segment => ({ text, kind: 'quote' });
const date = (text: string): Segment => ({ text, kind: 'date' });

describe('splitHighlight', () => {
  it.each<[string, string, HighlightRange[], Segment[]]>([
    ['no ranges', 'abc', [], [plain('abc')]],
    ['empty text', '', [q(0, 3)], []],
    ['one range in the middle', 'abcdef', [q(2, 4)], [plain('ab'), quote('cd'), plain('ef')]],
    ['range covering everything', 'abc', [q(0, 3)], [quote('abc')]],
    ['range at the start', 'abc', [d(0, 1)], [date('a'), plain('bc')]],
    ['range at the end', 'abc', [d(2, 3)], [plain('ab'), date('c')]],
    [
      'date nested in a quote',
      'He called on Thursday night.',
      [q(3, 27), d(13, 21)],
      [plain('He '), quote('called on '), date('Thursday'), quote(' night'), plain('.')],
    ],
    [
      'date order does not matter',
      'abcdef',
      [d(2, 3), q(1, 5)],
      [plain('a'), quote('b'), date('c'), quote('de'), plain('f')],
    ],
    ['overlapping quotes merge', 'abcdef', [q(1, 3), q(2, 5)], [plain('a'), quote('bcde'), plain('f')]],
    ['adjacent quotes merge', 'abcdef', [q(1, 3), q(3, 5)], [plain('a'), quote('bcde'), plain('f')]],
    ['date straddling the quote end', 'abcdef', [q(0, 3), d(2, 5)], [quote('ab'), date('cde'), plain('f')]],
    ['empty range is dropped', 'abc', [q(1, 1)], [plain('abc')]],
    ['reversed range is dropped', 'abc', [q(2, 1)], [plain('abc')]],
    ['range past the end is clamped', 'abc', [q(1, 99)], [plain('a'), quote('bc')]],
    ['negative start is clamped', 'abc', [q(-5, 2)], [quote('ab'), plain('c')]],
    ['range wholly past the end is dropped', 'abc', [q(5, 9)], [plain('abc')]],
    ['non-integer range is dropped', 'abc', [q(0.5, 2), d(Number.NaN, 2)], [plain('abc')]],
    // '😀' is two UTF-16 code units (a surrogate pair) at offsets 1 and 2.
    ['start inside a surrogate pair widens left', 'a😀b', [q(2, 4)], [plain('a'), quote('😀b')]],
    ['end inside a surrogate pair widens right', 'a😀b', [q(0, 2)], [quote('a😀'), plain('b')]],
    ['whole pair stays whole', 'x😀y', [d(1, 3)], [plain('x'), date('😀'), plain('y')]],
  ])('%s', (_, text, ranges, expected) => {
    const segments = splitHighlight(text, ranges);
    expect(segments).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('never leaves a lone surrogate at a segment edge', () => {
    const text = '😀😀😀';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        for (const segment of splitHighlight(text, [q(start, end)])) {
          expect(segment.text).toBe([...segment.text].join(''));
          expect(segment.text.length % 2).toBe(0);
        }
      }
    }
  });
});

describe('groupRuns', () => {
  it.each<[string, Segment[], ReturnType<typeof groupRuns>]>([
    ['nothing', [], []],
    ['plain only', [plain('abc')], [{ kind: 'plain', text: 'abc' }]],
    [
      'quote with a nested date is one run',
      [plain('a'), quote('b'), date('c'), quote('d'), plain('e')],
      [
        { kind: 'plain', text: 'a' },
        { kind: 'quote', segments: [quote('b'), date('c'), quote('d')] },
        { kind: 'plain', text: 'e' },
      ],
    ],
    [
      'a quote starting with its date is still a quote',
      [date('Thursday'), quote("'s call")],
      [{ kind: 'quote', segments: [date('Thursday'), quote("'s call")] }],
    ],
    [
      'a date on its own is a date run',
      [plain('a'), date('b')],
      [
        { kind: 'plain', text: 'a' },
        { kind: 'date', segments: [date('b')] },
      ],
    ],
  ])('%s', (_, segments, expected) => {
    expect(groupRuns(segments)).toEqual(expected);
  });
});
