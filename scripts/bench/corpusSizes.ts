import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The generated corpus sizes of `npm run bench` and `npm run bench:pipeline` (seed and page counts). */

/** Pages per generated size: measured ~16 events per page (seed 1); the tables print the real counts. */
export const SIZES: Record<string, { pages: number } | null> = {
  seeds: null,
  '1k': { pages: 62 },
  '10k': { pages: 625 },
};
export const CORPUS_SEED = 20250705;

/** Bytes of the text pages (`*.txt`) directly in a corpus folder: the figure MB/s is taken of. */
export async function textPageBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const f of await readdir(dir)) if (f.endsWith('.txt')) bytes += (await stat(path.join(dir, f))).size;
  return bytes;
}
