import { describe, expect, it } from 'vitest';
import { aggregateItems } from './aggregateItems.ts';
import type { TimelineItem } from './eventsToItems.ts';

const item = (id: string, start: string): TimelineItem => ({
  id,
  start,
  type: 'point',
  text: id,
  title: id,
  className: 'precision-day',
});
// 2,000 events over 2024, ~5 a day.
const many = Array.from({ length: 2000 }, (_, i) => {
  const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 5.5))).toISOString().slice(0, 10);
  return item(`e${i}`, day);
});

describe('aggregateItems', () => {
  it('draws few events as they are', () => {
    const few = many.slice(0, 50);
    expect(aggregateItems(few, null, null)).toEqual(few);
  });

  it('draws many events as counts, at the finest unit under the limit, losing none', () => {
    const drawn = aggregateItems(many, null, null, 300);
    expect(drawn.length).toBeLessThanOrEqual(300);
    expect(drawn.every((d) => d.id.startsWith('agg:week:'))).toBe(true);
    expect(drawn.reduce((n, d) => n + Number(d.text.split(' ')[0]), 0)).toBe(2000);
  });

  it('draws the events in view individually once they fit, and counts for the rest', () => {
    const drawn = aggregateItems(many, { start: '2024-03-01', end: '2024-03-08' }, null, 300);
    const individual = drawn.filter((d) => !d.id.startsWith('agg:'));
    expect(individual.length).toBeGreaterThan(30);
    expect(individual.every((d) => d.start >= '2024-03-01' && d.start < '2024-03-08')).toBe(true);
    expect(drawn.length).toBeLessThanOrEqual(300);
  });

  it('always draws the selected event itself', () => {
    expect(aggregateItems(many, null, 'e1999').some((d) => d.id === 'e1999')).toBe(true);
  });
});
