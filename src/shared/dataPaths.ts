/** Where the built JSON lives, relative to the app's base URL. Both the Vite plugin and the app use these. */
export const DATASET_PATH = 'data/dataset.json';

export function articleTextPath(id: string): string {
  return `data/articles/${encodeURIComponent(id)}.json`;
}

/** The custom HMR event the dev server sends when seeds/ changed and the dataset was rebuilt. */
export const DATASET_UPDATE_EVENT = 'news-timeline:dataset-update';
