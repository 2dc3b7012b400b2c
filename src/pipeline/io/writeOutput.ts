import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleTextPath, DATASET_PATH } from '../../shared/dataPaths.ts';
import type { ArticleText, Dataset } from '../../shared/schema.ts';

/** Writes `value` as JSON to a temp file beside `file`, then renames it: readers never see half a file. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
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
 * `out/dataset.json` and `out/articles/<id>.json`, laid out as the app fetches them under `data/`
 * (out is that `data/` folder). Article files left from an earlier build are removed.
 */
export async function writeDatasetFolder(out: string, dataset: Dataset, texts: ArticleText[]): Promise<void> {
  const rel = (p: string) => path.join(out, p.replace(/^data\//, ''));
  const articlesDir = rel('data/articles');
  await mkdir(articlesDir, { recursive: true });
  const keep = new Set(texts.map((t) => path.basename(rel(articleTextPath(t.id)))));
  // A few writes in flight at a time: thousands of small files, bounded open handles.
  const queue = [...texts];
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await writeJsonAtomic(rel(articleTextPath(t.id)), t);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  for (const name of await readdir(articlesDir)) {
    if (name.endsWith('.json') && !keep.has(name)) await rm(path.join(articlesDir, name), { force: true });
  }
  await writeJsonAtomic(rel(DATASET_PATH), dataset);
}
