import { queryOptions } from '@tanstack/react-query';
import { articleTextPath, DATASET_PATH, eventDetailsPath, SEARCH_TEXT_PATH } from '../../shared/dataPaths.ts';
import { fetchJson } from './fetchJson.ts';
import { yieldToBrowser } from './yieldToBrowser.ts';

/**
 * The schemas, loaded on first use: zod is the largest library the first view needs after React, and
 * its chunk downloads beside the first data request instead of delaying the page's own script.
 */
const schemas = () => import('../../shared/schema.ts');

/** Keys are hierarchical so one invalidation of ['dataset'] refetches everything built from seeds/. */
export const datasetKeys = {
  all: ['dataset'] as const,
  index: () => [...datasetKeys.all, 'index'] as const,
  details: (key: string) => [...datasetKeys.all, 'details', key] as const,
  search: () => [...datasetKeys.all, 'search'] as const,
  articleText: (id: string) => [...datasetKeys.all, 'article-text', id] as const,
};

/** Build-time data never goes stale on its own; the dev server invalidates it when seeds/ change. */
export function datasetQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.index(),
    queryFn: ({ signal }) =>
      fetchJson(DATASET_PATH, async () => (await schemas()).datasetIndexParser(yieldToBrowser), signal),
    staleTime: Infinity,
  });
}

/** The sources (quotes, offsets, date workings) of one month's events; see detailsKeyOf. */
export function eventDetailsQueryOptions(key: string) {
  return queryOptions({
    queryKey: datasetKeys.details(key),
    queryFn: ({ signal }) =>
      fetchJson(eventDetailsPath(key), async () => (await schemas()).EventDetailsShardSchema, signal),
    staleTime: Infinity,
  });
}

/** Every event's quotes, for the text filter; fetched on the first search only. */
export function searchTextQueryOptions() {
  return queryOptions({
    queryKey: datasetKeys.search(),
    queryFn: ({ signal }) =>
      fetchJson(SEARCH_TEXT_PATH, async () => (await schemas()).SearchTextSchema, signal),
    staleTime: Infinity,
  });
}

export function articleTextQueryOptions(id: string) {
  return queryOptions({
    queryKey: datasetKeys.articleText(id),
    queryFn: ({ signal }) =>
      fetchJson(articleTextPath(id), async () => (await schemas()).ArticleTextSchema, signal),
    staleTime: Infinity,
  });
}
