import { detailsKeyOf } from './dataPaths.ts';
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetIndex,
  type EventDetailsShard,
  type SearchText,
} from './schema.ts';

export type SplitDataset = { index: DatasetIndex; shards: EventDetailsShard[]; search: SearchText };

/**
 * The full dataset as the app fetches it: a small index first (events without their quotes), the
 * sources of each month's events in one shard fetched when one of them is opened, and the quotes for
 * the text filter in one file fetched on the first search. Pure; the build and the tests both use it.
 */
export function splitDataset(dataset: Dataset): SplitDataset {
  const shards = new Map<string, EventDetailsShard>();
  const quotes: Record<string, string> = {};
  const events = dataset.events.map(({ sources, ...event }) => {
    const key = detailsKeyOf(event);
    let shard = shards.get(key);
    if (!shard) {
      shard = { schemaVersion: SCHEMA_VERSION, key, sources: {} };
      shards.set(key, shard);
    }
    shard.sources[event.id] = sources;
    quotes[event.id] = sources.map((s) => s.quote).join('\n');
    return { ...event, sourceArticleIds: sources.map((s) => s.articleId) };
  });
  return {
    index: { ...dataset, events },
    shards: [...shards.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    search: { schemaVersion: SCHEMA_VERSION, quotes },
  };
}
