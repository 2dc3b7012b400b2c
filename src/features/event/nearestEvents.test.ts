import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../shared/schema.ts';
import { nearestEvents } from './nearestEvents.ts';

const ev = (id: string, title: string, start: string | null): EventSummary => ({
  id,
  title,
  type: 'call',
  status: 'happened',
  date: start ? { start, precision: 'day', label: start } : null,
  people: [],
  countries: [],
  sourceArticleIds: ['a1'],
  warnings: [],
});
const events = [
  ev('a', 'Leaders speak by phone', '2025-07-03'),
  ev('b', 'Court blocks the order', '2025-06-01'),
  ev('c', 'Storm closes the harbour', '2024-01-10'),
  ev('d', 'Undated agreement', null),
];

describe('nearestEvents', () => {
  it.each([
    ['by date in the slug', '2024-01-09-something-else', 'c'],
    ['by shared title words', 'court-blocks-order', 'b'],
    ['by both, words first', '2024-01-01-leaders-speak', 'a'],
  ])('%s', (_name, id, first) => {
    expect(nearestEvents(id, events)[0]?.id).toBe(first);
  });

  it('returns at most the requested number, and something for any id', () => {
    expect(nearestEvents('%%%', events, 2)).toHaveLength(2);
  });
});
