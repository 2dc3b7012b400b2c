import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../schema.ts';
import { groupByMonth } from './groupByMonth.ts';
import { EVENT_ROW, listRows, MONTH_ROW, visibleRows } from './listRows.ts';

const ev = (id: string, start: string): EventSummary => ({
  id,
  title: id,
  type: 'call',
  status: 'happened',
  date: { start, precision: 'day', label: start },
  people: [],
  countries: [],
  sourceArticleIds: ['a1'],
  warnings: [],
});

// 10,000 events over 20 months: the list must stay cheap to lay out and to window.
const many = Array.from({ length: 10_000 }, (_, i) =>
  ev(`e${i}`, `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
);

describe('listRows', () => {
  it('lays out month headings and events with offsets and positions', () => {
    const { rows, height } = listRows(
      groupByMonth([ev('b', '2025-07-02'), ev('a', '2025-06-01'), ev('c', '2025-07-03')]),
    );
    expect(rows.map((r) => [r.kind, r.key, r.top])).toEqual([
      ['month', 'month-2025-06', 0],
      ['event', 'a', MONTH_ROW],
      ['month', 'month-2025-07', MONTH_ROW + EVENT_ROW],
      ['event', 'b', 2 * MONTH_ROW + EVENT_ROW],
      ['event', 'c', 2 * MONTH_ROW + 2 * EVENT_ROW],
    ]);
    expect(rows.flatMap((r) => (r.kind === 'event' ? [r.position] : []))).toEqual([1, 2, 3]);
    expect(height).toBe(2 * MONTH_ROW + 3 * EVENT_ROW);
  });
});

describe('visibleRows', () => {
  const { rows, height } = listRows(groupByMonth(many));

  it.each([
    ['top', 0],
    ['middle', Math.floor(height / 2)],
    ['bottom', height - 600],
  ])('renders only the rows around the viewport (%s)', (_name, top) => {
    const shown = visibleRows(rows, top, 600, 200);
    expect(shown.length).toBeLessThan(20);
    for (const r of shown) expect(r.top + r.height > top - 200 && r.top < top + 800).toBe(true);
  });

  it('keeps a focused row rendered wherever the viewport is', () => {
    const last = rows[rows.length - 1]!;
    expect(visibleRows(rows, 0, 600, 0, new Set([last.key]))).toContain(last);
  });
});
