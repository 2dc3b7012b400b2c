import { articleTextPath, DATASET_PATH, eventDetailsPath, SEARCH_TEXT_PATH } from '../../shared/dataPaths.ts';
import type { ArticleText, Dataset } from '../../shared/schema.ts';
import { splitDataset } from '../../shared/splitDataset.ts';

/**
 * Every JSON file the app fetches, by its path under the base URL (`data/…`, as in dataPaths): the
 * index, the details shards, the search text and one file per article text. The CLI writes them to a
 * folder; the Vite plugin emits or serves them.
 */
export function datasetFiles(dataset: Dataset, texts: readonly ArticleText[]): Map<string, unknown> {
  const { index, shards, search } = splitDataset(dataset);
  const files = new Map<string, unknown>();
  files.set(DATASET_PATH, index);
  for (const shard of shards) files.set(decodeURIComponent(eventDetailsPath(shard.key)), shard);
  files.set(SEARCH_TEXT_PATH, search);
  for (const t of texts) files.set(decodeURIComponent(articleTextPath(t.id)), t);
  return files;
}
