import { detailsKeyOf } from './dataPaths.ts';
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetIndex,
  type EventDetailsShard,
  type SearchText,
} from './schema.ts';

export type SplitDataset = { index: DatasetIndex; shards: EventDetailsShard[]; search: SearchText };

type Event = Dataset['events'][number];
type Summary = DatasetIndex['events'][number];

/** One summary per event object: the dev server's rebuilds hand out unchanged events as the same objects,
 * so their summaries (and the JSON text kept for them) are reused too. */
const summaries = new WeakMap<Event, Summary>();

function summaryOf(event: Event): Summary {
  let summary = summaries.get(event);
  if (!summary) {
    const { sources, ...rest } = event;
    summary = { ...rest, sourceArticleIds: sources.map((s) => s.articleId) };
    summaries.set(event, summary);
  }
  return summary;
}

/**
 * The full dataset as the app fetches it: a small index first (events without their quotes), the
 * sources of each month's events in one shard fetched when one of them is opened, and the quotes for
 * the text filter in one file fetched on the first search. Pure; the build and the tests both use it.
 */
export function splitDataset(dataset: Dataset): SplitDataset {
  const shards = new Map<string, EventDetailsShard>();
  const quotes: Record<string, string> = {};
  const events = dataset.events.map((event) => {
    const { sources } = event;
    const key = detailsKeyOf(event);
    let shard = shards.get(key);
    if (!shard) {
      shard = { schemaVersion: SCHEMA_VERSION, key, sources: {} };
      shards.set(key, shard);
    }
    shard.sources[event.id] = sources;
    quotes[event.id] = sources.map((s) => s.quote).join('\n');
    return summaryOf(event);
  });
  return {
    index: { ...dataset, events },
    shards: [...shards.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    search: { schemaVersion: SCHEMA_VERSION, quotes },
  };
}
