import { describe, expect, it } from 'vitest';
import { stepSelection, type SelectionMove } from './stepSelection.ts';

const items = [
  { id: 'a', start: '2024-01-01' },
  { id: 'b', start: '2025-06-13' },
  { id: 'c', start: '2025-07-03' },
  { id: 'd', start: '2025-07-03' },
  { id: 'e', start: '2025-07-10' },
];

describe('stepSelection', () => {
  it.each<[string, string | null, SelectionMove, string | undefined, string | null]>([
    ['next from the middle', 'b', 'next', undefined, 'c'],
    ['previous from the middle', 'c', 'previous', undefined, 'b'],
    ['next through a same-day tie', 'c', 'next', undefined, 'd'],
    ['next at the end goes nowhere', 'e', 'next', undefined, null],
    ['previous at the start goes nowhere', 'a', 'previous', undefined, null],
    ['first', 'c', 'first', undefined, 'a'],
    ['last', 'c', 'last', undefined, 'e'],
    ['first when already first goes nowhere', 'a', 'first', undefined, null],
    ['last when already last goes nowhere', 'e', 'last', undefined, null],
    ['next with nothing selected and no anchor: the first', null, 'next', undefined, 'a'],
    ['previous with nothing selected and no anchor: the first', null, 'previous', undefined, 'a'],
    ['next with nothing selected: the first on or after the anchor', null, 'next', '2025-07-03', 'c'],
    ['previous with nothing selected: the last before the anchor', null, 'previous', '2025-07-03', 'b'],
    ['next past every event: the last', null, 'next', '2030-01-01', 'e'],
    ['previous before every event: the first', null, 'previous', '2000-01-01', 'a'],
    ['an undated (unknown) selection counts as none', 'undated', 'next', '2025-07-04', 'e'],
    ['home with nothing selected', null, 'first', undefined, 'a'],
    ['end with nothing selected', null, 'last', undefined, 'e'],
  ])('%s', (_name, selectedId, move, anchor, expected) => {
    expect(stepSelection(items, selectedId, move, anchor)).toBe(expected);
  });

  it('goes nowhere without events', () => {
    expect(stepSelection([], null, 'next')).toBeNull();
    expect(stepSelection([], 'a', 'first')).toBeNull();
  });
});
