/** Where the built JSON lives, relative to the app's base URL. Both the Vite plugin and the app use these. */
export const DATASET_PATH = 'data/dataset.json';

export function articleTextPath(id: string): string {
  return `data/articles/${encodeURIComponent(id)}.json`;
}

/** The custom HMR event the dev server sends when seeds/ changed and the dataset was rebuilt. */
export const DATASET_UPDATE_EVENT = 'news-timeline:dataset-update';

/** The details shard an event's sources are in: the month its date starts in, or `undated`. */
export function detailsKeyOf(event: { date: { start: string } | null }): string {
  return event.date ? event.date.start.slice(0, 7) : 'undated';
}

export function eventDetailsPath(key: string): string {
  return `data/events/${encodeURIComponent(key)}.json`;
}

export const SEARCH_TEXT_PATH = 'data/search.json';
