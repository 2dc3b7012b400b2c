import { monthYear } from '../dayFormat.ts';
import type { EventSummary } from '../schema.ts';

/** What ordering and grouping need of an event; the app passes summaries, the build full events. */
export type Orderable = Pick<EventSummary, 'date' | 'title'>;

export type MonthGroup<E extends Orderable = EventSummary> = { key: string; label: string; events: E[] };

/**
 * Events in chronological order (start day, then end, then title), grouped by the month they start in;
 * undated events last, in their own group. Year-precision events sit in their year's January group
 * under a label that does not claim a month ("2024").
 */
export function groupByMonth<E extends Orderable>(events: readonly E[]): MonthGroup<E>[] {
  const sorted = [...events].sort(compareEvents);
  const groups: MonthGroup<E>[] = [];
  for (const e of sorted) {
    const key = e.date
      ? e.date.precision === 'year'
        ? e.date.start.slice(0, 4)
        : e.date.start.slice(0, 7)
      : 'undated';
    let group = groups[groups.length - 1];
    if (!group || group.key !== key) {
      group = { key, label: labelFor(key), events: [] };
      groups.push(group);
    }
    group.events.push(e);
  }
  return groups;
}

export function compareEvents(a: Orderable, b: Orderable): number {
  if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1) || a.title.localeCompare(b.title);
  return (
    a.date.start.localeCompare(b.date.start) ||
    (a.date.end ?? a.date.start).localeCompare(b.date.end ?? b.date.start) ||
    a.title.localeCompare(b.title)
  );
}

function labelFor(key: string): string {
  if (key === 'undated') return 'Undated';
  if (key.length === 4) return key;
  return monthYear(key) ?? key;
}
