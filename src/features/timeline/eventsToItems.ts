import type { EventDate, EventSummary } from '../../shared/schema.ts';
import { addDaysIso, addMonthIso, addYearIso } from './isoDay.ts';

/**
 * What the timeline draws for one event: plain data, no DOM and no vis-timeline types, so it can be
 * unit-tested in Node. The adapter turns `text` and `title` into DOM text nodes itself.
 */
export type TimelineItem = {
  id: string;
  /** First day covered, `yyyy-MM-dd` (local midnight once the widget parses it). */
  start: string;
  /** Exclusive end for ranges: the day after the last day covered. Absent for points. */
  end?: string;
  type: 'point' | 'range';
  /** The label drawn on the axis: the event title, shortened to stay readable in dense stretches. */
  text: string;
  /** The tooltip: full title and the date as readers see it. */
  title: string;
  /** `precision-<day|week|month|year>`, `status-<happened|planned>` and `part-<early|mid|late>`. */
  className: string;
};

/** Longest label drawn on the axis; the tooltip and the event panel carry the full title. */
export const MAX_TEXT_LENGTH = 60;

/**
 * Maps events to timeline items, chronologically (by first day; ties keep the input order, which is
 * the dataset's own order, so the timeline and the list agree).
 *
 * Precision is never hidden: only a single day is a point; a span of days, and any week-, month- or
 * year-precision date, is a range over the whole interval it claims, with a `precision-*` class the
 * stylesheet draws as a hatched band. Undated events are left out: the list shows them.
 */
export function eventsToItems(events: readonly EventSummary[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    if (event.date) items.push(eventToItem(event, event.date));
  }
  return items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function eventToItem(event: EventSummary, date: EventDate): TimelineItem {
  const classes = [`precision-${date.precision}`, `status-${event.status}`];
  if (date.part) classes.push(`part-${date.part}`);
  const planned = event.status === 'planned' ? ', planned' : '';
  const base = {
    id: event.id,
    start: date.start,
    text: shortenTitle(event.title, MAX_TEXT_LENGTH),
    title: `${event.title} (${date.label}${planned})`,
    className: classes.join(' '),
  };
  const end = exclusiveEnd(date);
  return end === null ? { ...base, type: 'point' } : { ...base, type: 'range', end };
}

/**
 * The day after the last day the date covers, or null for a single day. A coarse date without an
 * explicit end covers its whole week, month or year from `start`.
 */
function exclusiveEnd(date: EventDate): string | null {
  if (date.end !== undefined && date.end > date.start) return addDaysIso(date.end, 1);
  switch (date.precision) {
    case 'day':
      return null;
    case 'week':
      return addDaysIso(date.start, 7);
    case 'month':
      return addMonthIso(date.start);
    case 'year':
      return addYearIso(date.start);
  }
}

/** Cuts at a word boundary and adds an ellipsis; short titles come back unchanged. */
export function shortenTitle(title: string, max: number): string {
  const trimmed = title.trim();
  if (trimmed.length <= max) return trimmed;
  // A space at index max - 1 still leaves room for the ellipsis after the word before it.
  const space = trimmed.slice(0, max).lastIndexOf(' ');
  const head = space > max / 2 ? trimmed.slice(0, space) : trimmed.slice(0, max - 1);
  return `${head.replace(/[\s,;:.–-]+$/u, '')}…`;
}
