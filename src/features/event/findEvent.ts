import type { DatasetIndex, EventSummary } from '../../shared/schema.ts';

/**
 * The event an id in a link names: the event with that id, or, for an id the event had before a
 * correction (an alias), the event it leads to. Null for an id that names nothing, retired ids
 * included: the not-found panel says so.
 */
export function findEvent(
  dataset: Pick<DatasetIndex, 'events' | 'aliases'>,
  id: string,
): EventSummary | null {
  const own = dataset.events.find((e) => e.id === id);
  if (own) return own;
  const to = dataset.aliases.find((a) => a.from === id)?.to;
  return to === undefined ? null : (dataset.events.find((e) => e.id === to) ?? null);
}
