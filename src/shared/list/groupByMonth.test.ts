import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../schema.ts';
import { groupByMonth } from './groupByMonth.ts';

const ev = (id: string, date: EventSummary['date']): EventSummary => ({
  id,
  title: id,
  type: 'call',
  status: 'happened',
  date,
  people: [],
  countries: [],
  sourceArticleIds: ['a1'],
  warnings: [],
});

describe('groupByMonth', () => {
  it('orders by day, groups by month, puts year-only events under their year and undated last', () => {
    const groups = groupByMonth([
      ev('undated', null),
      ev('jul3', { start: '2025-07-03', precision: 'day', label: '' }),
      ev('jun', { start: '2025-06-01', end: '2025-06-30', precision: 'month', label: '' }),
      ev('y2024', { start: '2024-01-01', end: '2024-12-31', precision: 'year', label: '' }),
      ev('jul1', { start: '2025-07-01', precision: 'day', label: '' }),
    ]);
    expect(groups.map((g) => [g.label, g.events.map((e) => e.id)])).toEqual([
      ['2024', ['y2024']],
      ['June 2025', ['jun']],
      ['July 2025', ['jul1', 'jul3']],
      ['Undated', ['undated']],
    ]);
  });
});
