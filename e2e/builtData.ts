import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detailsKeyOf, eventDetailsPath } from '../src/shared/dataPaths.ts';
import type { Dataset, DatasetIndex, EventDetailsShard } from '../src/shared/schema.ts';

/**
 * The built data as the tests want it: the index (`data/dataset.json`) with each event's sources put
 * back from its month's shard, so a test can name an event's quotes and articles.
 */
export function readBuiltDataset(distDir = 'dist'): Dataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(distDir, file), 'utf8'));
  const index = read('data/dataset.json') as DatasetIndex;
  const shards = new Map<string, EventDetailsShard>();
  const events = index.events.map((summary) => {
    const { sourceArticleIds, ...event } = summary;
    const key = detailsKeyOf(event);
    let shard = shards.get(key);
    if (!shard)
      shards.set(key, (shard = read(decodeURIComponent(eventDetailsPath(key))) as EventDetailsShard));
    const sources = shard.sources[event.id];
    if (!sources || sources.length !== sourceArticleIds.length)
      throw new Error(`${event.id} has no sources in ${eventDetailsPath(key)}`);
    return { ...event, sources };
  });
  return { ...index, events };
}
