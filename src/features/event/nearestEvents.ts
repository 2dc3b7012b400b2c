import type { EventSummary } from '../../shared/schema.ts';

/**
 * Events nearest to an id that does not exist: by the date its slug starts with when it has one
 * ("2025-07-03-..."), else by words shared with titles. Never empty while there are events.
 */
export function nearestEvents(id: string, events: readonly EventSummary[], count = 3): EventSummary[] {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(id)?.[1];
  const words = new Set(
    id
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !/^\d+$/.test(w)),
  );
  const score = (e: EventSummary) => {
    const shared = e.title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => words.has(w)).length;
    const distance = day && e.date ? Math.abs(Date.parse(e.date.start) - Date.parse(day)) / 86_400_000 : 1e6;
    return shared * 1000 - Math.min(distance, 1e6) / 1000;
  };
  return [...events].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id)).slice(0, count);
}
