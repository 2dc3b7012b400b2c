import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_PATH } from '../../shared/dataPaths.ts';
import type { ArticleText, Dataset } from '../../shared/schema.ts';
import { datasetFiles } from './datasetFiles.ts';

/**
 * Writes `value` as JSON to a temp file beside `file`, then renames it: readers never see half a file.
 * `folderMade`: the caller has made the file's folder (thousands of files: one mkdir each is wasted).
 */
export async function writeJsonAtomic(file: string, value: unknown, folderMade = false): Promise<void> {
  if (!folderMade) await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(value)}\n`);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * The files of `datasetFiles` under `out` (out is the `data/` folder the app fetches from): the index
 * `dataset.json`, `events/<month>.json`, `search.json` and `articles/<id>.json`. JSON files left in
 * `articles/` and `events/` by an earlier build are removed. The index is written last, so a reader
 * of the folder never sees an index naming files that are not there yet.
 */
export async function writeDatasetFolder(out: string, dataset: Dataset, texts: ArticleText[]): Promise<void> {
  const rel = (p: string) => path.join(out, p.replace(/^data\//, ''));
  const files = datasetFiles(dataset, texts);
  const index = files.get(DATASET_PATH);
  files.delete(DATASET_PATH);
  const folders = new Set([...files.keys()].map((f) => path.dirname(rel(f))));
  for (const dir of new Set([...folders, path.join(out, 'articles'), path.join(out, 'events')]))
    await mkdir(dir, { recursive: true });
  // A few writes in flight at a time: thousands of small files, bounded open handles.
  const queue = [...files];
  let next = 0;
  const worker = async () => {
    for (let f = queue[next++]; f; f = queue[next++]) await writeJsonAtomic(rel(f[0]), f[1], true);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const keep = new Set([...files.keys()].map(rel));
  for (const dir of ['articles', 'events']) {
    for (const name of await readdir(path.join(out, dir))) {
      const file = path.join(out, dir, name);
      if (name.endsWith('.json') && !keep.has(file)) await rm(file, { force: true });
    }
  }
  await writeJsonAtomic(rel(DATASET_PATH), index);
}
