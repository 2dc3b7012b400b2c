import { detailsKeyOf } from './dataPaths.ts';
import {
  SCHEMA_VERSION,
  type Dataset,
  type DatasetIndex,
  type EventDetailsShard,
  type SearchText,
} from './schema.ts';
import { sameItems } from './sameItems.ts';

export type SplitDataset = { index: DatasetIndex; shards: EventDetailsShard[]; search: SearchText };

type Event = Dataset['events'][number];
type Summary = DatasetIndex['events'][number];

/** What each event object gives (its summary, shard and search text), worked out once: the dev server's
 * rebuilds hand out unchanged events as the same objects, so these (and the JSON text kept for them)
 * are reused. */
const parts = new WeakMap<Event, { summary: Summary; key: string; quote: string }>();

function partsOf(event: Event) {
  let found = parts.get(event);
  if (!found) {
    const { sources, ...rest } = event;
    found = {
      summary: { ...rest, sourceArticleIds: sources.map((s) => s.articleId) },
      key: detailsKeyOf(event),
      quote: sources.map((s) => s.quote).join('\n'),
    };
    parts.set(event, found);
  }
  return found;
}

/** The last shard given for each key, with its events: a shard of the same events is given again. */
const lastShards = new Map<string, { events: Event[]; shard: EventDetailsShard }>();

function shardOf(key: string, events: Event[]): EventDetailsShard {
  const last = lastShards.get(key);
  if (last && sameItems(last.events, events)) {
    return last.shard;
  }
  const sources: EventDetailsShard['sources'] = {};
  for (const e of events) sources[e.id] = e.sources;
  const shard: EventDetailsShard = { schemaVersion: SCHEMA_VERSION, key, sources };
  lastShards.set(key, { events, shard });
  return shard;
}

/** The last search text given, with its events' ids and quotes in order: the same ones give it again. */
let lastSearch: { ids: string[]; quotes: string[]; search: SearchText } | null = null;

function searchOf(ids: string[], quotes: string[]): SearchText {
  const last = lastSearch;
  if (
    last &&
    last.ids.length === ids.length &&
    last.ids.every((id, i) => id === ids[i] && last.quotes[i] === quotes[i])
  ) {
    return last.search;
  }
  const record: Record<string, string> = {};
  ids.forEach((id, i) => (record[id] = quotes[i]!));
  const search: SearchText = { schemaVersion: SCHEMA_VERSION, quotes: record };
  lastSearch = { ids, quotes, search };
  return search;
}

/**
 * The full dataset as the app fetches it: a small index first (events without their quotes), the
 * sources of each month's events in one shard fetched when one of them is opened, and the quotes for
 * the text filter in one file fetched on the first search. Pure (a shard made of the same events as
 * one given before is that very object, and so is a search text of the same quotes); the build and
 * the tests both use it.
 */
export function splitDataset(dataset: Dataset): SplitDataset {
  const byKey = new Map<string, Event[]>();
  const ids: string[] = [];
  const quotes: string[] = [];
  const events = dataset.events.map((event) => {
    const { summary, key, quote } = partsOf(event);
    const list = byKey.get(key);
    if (list) list.push(event);
    else byKey.set(key, [event]);
    ids.push(event.id);
    quotes.push(quote);
    return summary;
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    index: { ...dataset, events },
    shards: keys.map((key) => shardOf(key, byKey.get(key)!)),
    search: searchOf(ids, quotes),
  };
}
