import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SeedFile, SkippedFile } from '../buildDataset.ts';
import { SIDECAR_SUFFIX } from '../pages/sidecar.ts';

/** File names that may sit in seeds/ without being pages. */
const NOT_PAGES = /^(?:README(?:\.md)?|LICEN[CS]E(?:\.\w+)?)$/i;

/**
 * Every page in a seeds folder (`*.txt`, name order), the editors' sidecars (`*.meta.json`), and every other entry with the reason it is not
 * read as a page, so nothing in the folder is dropped silently. Throws with the folder's name if the
 * folder cannot be read.
 */
export async function readSeedsFolder(
  dir: string,
): Promise<{ seeds: SeedFile[]; skipped: SkippedFile[]; sidecars: SeedFile[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    throw new Error(`cannot read the seeds folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const seeds: SeedFile[] = [];
  const skipped: SkippedFile[] = [];
  const sidecars: SeedFile[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const info = await stat(full);
    if (!info.isFile()) skipped.push({ file: name, reason: 'not a regular file' });
    else if (name.startsWith('.')) skipped.push({ file: name, reason: 'hidden file' });
    else if (NOT_PAGES.test(name)) skipped.push({ file: name, reason: 'documentation, not a page' });
    else if (name.toLowerCase().endsWith(SIDECAR_SUFFIX))
      sidecars.push({ file: name, bytes: new Uint8Array(await readFile(full)) });
    else if (!name.toLowerCase().endsWith('.txt')) skipped.push({ file: name, reason: 'not a .txt page' });
    else seeds.push({ file: name, bytes: new Uint8Array(await readFile(full)) });
  }
  return { seeds, skipped, sidecars };
}

export function isSeedPath(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
