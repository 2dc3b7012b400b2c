import type { EventSummary } from '../schema.ts';
import type { MonthGroup, Orderable } from './groupByMonth.ts';

/** A row of the virtual list: a month heading or an event, each with a fixed height in pixels. */
export type ListRow<E extends Orderable = EventSummary> =
  | { kind: 'month'; key: string; label: string; top: number; height: number }
  | { kind: 'event'; key: string; event: E; top: number; height: number; position: number };

export const MONTH_ROW = 34;
export const EVENT_ROW = 98;

/** Flattens month groups into rows with their offsets; `position` is the event's 1-based place in order. */
export function listRows<E extends Orderable & { id: string }>(
  groups: readonly MonthGroup<E>[],
): { rows: ListRow<E>[]; height: number } {
  const rows: ListRow<E>[] = [];
  let top = 0;
  let position = 0;
  for (const g of groups) {
    rows.push({ kind: 'month', key: `month-${g.key}`, label: g.label, top, height: MONTH_ROW });
    top += MONTH_ROW;
    for (const event of g.events) {
      position += 1;
      rows.push({ kind: 'event', key: event.id, event, top, height: EVENT_ROW, position });
      top += EVENT_ROW;
    }
  }
  return { rows, height: top };
}

/**
 * The rows to render for a scroll position: those intersecting the viewport plus `overscan` pixels
 * above and below, and always the rows in `keep` (the focused item must stay in the DOM). Binary search
 * on the sorted offsets, so ten thousand rows cost nothing per scroll frame.
 */
export function visibleRows<E extends Orderable>(
  rows: readonly ListRow<E>[],
  scrollTop: number,
  viewport: number,
  overscan: number,
  keep: ReadonlySet<string> = new Set(),
): ListRow<E>[] {
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + viewport + overscan;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    if (r.top + r.height <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: ListRow<E>[] = [];
  for (let i = lo; i < rows.length && rows[i]!.top < to; i += 1) out.push(rows[i]!);
  for (const r of rows) if (keep.has(r.key) && !out.includes(r)) out.push(r);
  return out;
}
