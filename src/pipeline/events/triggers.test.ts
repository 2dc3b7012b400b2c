import { describe, expect, it } from 'vitest';
import { findTriggers, sameKind } from './triggers.ts';

describe('findTriggers', () => {
  it.each([
    ['The army struck two bridges.', [['struck', 'strike', 'verb']]],
    ['The two leaders held a phone call.', [['phone call', 'call', 'noun']]],
    ['Drone strikes hit the port.', [['strikes', 'strike', 'noun']]],
    [
      'The governor signed the bill and resigned.',
      [
        ['signed', 'signing', 'verb'],
        ['resigned', 'resignation', 'verb'],
      ],
    ],
    ['The court ruled against the ban.', [['ruled', 'ruling', 'verb']]],
    ['Voters went to the park.', []],
  ])('%s', (text, expected) => {
    expect(findTriggers(text).map((t) => [t.text, t.type, t.pos])).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Ministers met in Oslo.';
    const [t] = findTriggers(text);
    expect(text.slice(t!.start, t!.end)).toBe('met');
  });
});

describe('sameKind', () => {
  it.each([
    ['strike', 'invasion', true],
    ['statement', 'report', true],
    ['call', 'meeting', false],
  ] as const)('%s ~ %s', (a, b, expected) => {
    expect(sameKind(a, b)).toBe(expected);
  });
});
