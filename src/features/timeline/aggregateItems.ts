import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  format,
  parseISO,
  startOfMonth,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { TimelineItem } from './eventsToItems.ts';

/** Most items the widget draws at once; beyond it, dense stretches are drawn as counts. */
export const MAX_DRAWN = 300;

type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: Unit[] = ['day', 'week', 'month', 'year'];
const DAY = 'yyyy-MM-dd';

export type VisibleWindow = { start: string; end: string };

/**
 * What the timeline draws for ten thousand events: each event while few enough are in view, else
 * one item per day, week, month or year with the count ("37 events"), at the finest unit that keeps
 * the drawing under `max` items. Events inside the visible window are drawn individually once they
 * fit; `keep` (the selected event) is always drawn. Pure, so it is tested in Node.
 */
export function aggregateItems(
  items: readonly TimelineItem[],
  window: VisibleWindow | null,
  keep: string | null,
  max = MAX_DRAWN,
): TimelineItem[] {
  if (items.length <= max) return [...items];
  const inView = window
    ? items.filter((i) => i.start < window.end && (i.end ?? i.start) >= window.start)
    : [];
  const individual = new Set(inView.length <= max ? inView.map((i) => i.id) : []);
  if (keep) individual.add(keep);
  const rest = items.filter((i) => !individual.has(i.id));
  const budget = Math.max(1, max - individual.size);
  const unit = UNITS.find((u) => new Set(rest.map((i) => bucketOf(i.start, u))).size <= budget) ?? 'year';
  const buckets = new Map<string, number>();
  for (const i of rest) buckets.set(bucketOf(i.start, unit), (buckets.get(bucketOf(i.start, unit)) ?? 0) + 1);
  const counts: TimelineItem[] = [...buckets].map(([start, n]) => {
    const end = format(next(parseISO(start), unit), DAY);
    return {
      id: `agg:${unit}:${start}`,
      start,
      end,
      type: 'range',
      text: `${n} event${n === 1 ? '' : 's'}`,
      title: `${n} event${n === 1 ? '' : 's'} in the ${unit} from ${start}: select to zoom in`,
      className: `aggregate aggregate-${unit}`,
    };
  });
  return [...items.filter((i) => individual.has(i.id)), ...counts];
}

export function isAggregate(id: string): boolean {
  return id.startsWith('agg:');
}

function bucketOf(day: string, unit: Unit): string {
  const d = parseISO(day);
  if (unit === 'day') return day;
  if (unit === 'week') return format(startOfWeek(d, { weekStartsOn: 1 }), DAY);
  if (unit === 'month') return format(startOfMonth(d), DAY);
  return format(startOfYear(d), DAY);
}

function next(d: Date, unit: Unit): Date {
  if (unit === 'day') return addDays(d, 1);
  if (unit === 'week') return addWeeks(d, 1);
  if (unit === 'month') return addMonths(d, 1);
  return addYears(d, 1);
}
