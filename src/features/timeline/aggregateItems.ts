import type { TimelineItem } from './eventsToItems.ts';
import {
  addDaysIso,
  nextMonthIso,
  nextYearIso,
  startOfMonthIso,
  startOfWeekIso,
  startOfYearIso,
} from './isoDay.ts';

/** Most items the widget draws at once; beyond it, dense stretches are drawn as counts. */
export const MAX_DRAWN = 300;

type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: Unit[] = ['day', 'week', 'month', 'year'];

export type VisibleWindow = { start: string; end: string };

/**
 * What the timeline draws for ten thousand events: each event while few enough are in view, else
 * one item per day, week, month or year with the count ("37 events"), at the finest unit that keeps
 * the drawing under `max` items. Events inside the visible window are drawn individually once they
 * fit; `keep` (the selected event) is always drawn. Pure, so it is tested in Node. It runs on every
 * pan, so it is linear in the items with string date arithmetic (a few ms at ten thousand).
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
  let buckets = new Map<string, number>();
  let unit: Unit = 'year';
  for (const u of UNITS) {
    buckets = countBuckets(rest, u, budget);
    unit = u;
    if (buckets.size <= budget) break;
  }
  const counts: TimelineItem[] = [...buckets].map(([start, n]) => ({
    id: `agg:${unit}:${start}`,
    start,
    end: next(start, unit),
    type: 'range',
    text: `${n} event${n === 1 ? '' : 's'}`,
    title: `${n} event${n === 1 ? '' : 's'} in the ${unit} from ${start}: select to zoom in`,
    className: `aggregate aggregate-${unit}`,
  }));
  return [...items.filter((i) => individual.has(i.id)), ...counts];
}

export function isAggregate(id: string): boolean {
  return id.startsWith('agg:');
}

/** Events per bucket; stops early (years excepted) once there are more buckets than `budget`. */
function countBuckets(items: readonly TimelineItem[], unit: Unit, budget: number): Map<string, number> {
  const buckets = new Map<string, number>();
  let lastDay = '';
  let lastBucket = '';
  for (const item of items) {
    if (item.start !== lastDay) {
      lastDay = item.start;
      lastBucket = bucketOf(item.start, unit);
    }
    buckets.set(lastBucket, (buckets.get(lastBucket) ?? 0) + 1);
    if (unit !== 'year' && buckets.size > budget) return buckets;
  }
  return buckets;
}

function bucketOf(day: string, unit: Unit): string {
  if (unit === 'day') return day;
  if (unit === 'week') return startOfWeekIso(day);
  if (unit === 'month') return startOfMonthIso(day);
  return startOfYearIso(day);
}

function next(start: string, unit: Unit): string {
  if (unit === 'day') return addDaysIso(start, 1);
  if (unit === 'week') return addDaysIso(start, 7);
  if (unit === 'month') return nextMonthIso(start);
  return nextYearIso(start);
}
