import { parseISO } from 'date-fns';
import type { TimelineItem } from './eventsToItems.ts';

/** Room kept on the right for the label of the last point (vis-timeline's fit() ignores labels). */
export const LABEL_ROOM_PX = 220;
const EDGE_PX = 16;
const MIN_SPAN_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The window (epoch ms) that shows every item on a widget `widthPx` wide: from the first start to the
 * last end, with a small margin on the left and room on the right for the last label, which a point
 * draws to the right of its dot. Null when there is nothing to show. A lone day gets a week around it.
 */
export function windowForItems(
  items: readonly Pick<TimelineItem, 'start' | 'end'>[],
  widthPx: number,
): { start: number; end: number } | null {
  if (items.length === 0) return null;
  // yyyy-MM-dd strings order as the days do, so only the two extremes are parsed.
  let firstDay = items[0]!.start;
  let lastDay = items[0]!.end ?? firstDay;
  for (const item of items) {
    if (item.start < firstDay) firstDay = item.start;
    const end = item.end ?? item.start;
    if (end > lastDay) lastDay = end;
  }
  const first = parseISO(firstDay).valueOf();
  const last = parseISO(lastDay).valueOf();
  const span = Math.max(last - first, MIN_SPAN_MS);
  const labelRoom = Math.min(LABEL_ROOM_PX, widthPx * 0.4);
  const usable = Math.max(widthPx - EDGE_PX - labelRoom, widthPx * 0.2, 1);
  const msPerPx = span / usable;
  const start = first - (span - (last - first)) / 2 - EDGE_PX * msPerPx;
  return { start, end: start + Math.max(widthPx, 1) * msPerPx };
}
