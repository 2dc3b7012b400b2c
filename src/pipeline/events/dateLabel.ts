import { format, parseISO } from 'date-fns';
import type { EventDate } from '../../shared/schema.ts';
import type { Interval } from '../time/tagTimex.ts';

/**
 * An interval as readers should see it, never more precise than the text:
 * "Thu 3 Jul 2025", "3–4 Jul 2025", "week of 30 Jun 2025", "early June 2025", "2022".
 */
export function toEventDate(interval: Interval): EventDate {
  const start = parseISO(interval.start);
  const end = parseISO(interval.end);
  let label: string;
  switch (interval.precision) {
    case 'day':
      label =
        interval.start === interval.end
          ? format(start, 'EEE d MMM yyyy')
          : format(start, 'MMM yyyy') === format(end, 'MMM yyyy')
            ? `${format(start, 'd')}–${format(end, 'd MMM yyyy')}`
            : `${format(start, 'd MMM')} – ${format(end, 'd MMM yyyy')}`;
      break;
    case 'week':
      label = `week of ${format(start, 'd MMM yyyy')}`;
      break;
    case 'month':
      label = `${interval.part ? `${interval.part} ` : ''}${format(start, 'MMMM yyyy')}`;
      if (format(start, 'MMM yyyy') !== format(end, 'MMM yyyy') && !interval.part) {
        label = `${format(start, 'MMMM')}–${format(end, 'MMMM yyyy')}`;
      }
      break;
    case 'year':
      label = `${interval.part ? `${interval.part} ` : ''}${format(start, 'yyyy')}`;
      if (format(start, 'yyyy') !== format(end, 'yyyy'))
        label = `${format(start, 'yyyy')}–${format(end, 'yyyy')}`;
      break;
  }
  return {
    start: interval.start,
    ...(interval.end !== interval.start ? { end: interval.end } : {}),
    precision: interval.precision,
    ...(interval.part ? { part: interval.part } : {}),
    label,
  };
}
