import { queryOptions } from '@tanstack/react-query';
import { articleTextPath, DATASET_PATH } from '../../shared/dataPaths.ts';
import { ArticleTextSchema, DatasetSchema } from '../../shared/schema.ts';
import { fetchJson } from './fetchJson.ts';

/** Keys are hierarchical so one invalidation of ['dataset'] refetches everything built from seeds/. */
export const datasetKeys = {
  all: ['dataset'] as const,
  index: () => [...datasetKeys.all, 'index'] as const,
  articleText: (id: string) => [...datasetKeys.all, 'article-text', id] as const,
};

/** Build-time data never goes stale on its own; the dev server invalidates it when seeds/ change. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.index(),
    queryFn: ({ signal }) => fetchJson(DATASET_PATH, DatasetSchema, signal),
    staleTime: Infinity,
  });
}

export function articleTextQueryOptions(id: string) {
  return queryOptions({
    queryKey: datasetKeys.articleText(id),
    queryFn: ({ signal }) => fetchJson(articleTextPath(id), ArticleTextSchema, signal),
    staleTime: Infinity,
  });
}
