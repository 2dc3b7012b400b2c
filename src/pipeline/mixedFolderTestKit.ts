import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatePages } from '../../scripts/bench/generateCorpus.ts';
import type { SeedFile } from './buildDataset.ts';

export type Folder = { seeds: SeedFile[]; sidecars: SeedFile[] };

const enc = (s: string) => new TextEncoder().encode(s);
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/**
 * For whole-build tests: generated pages (`seed`, `pages` and `people` as generatePages takes them),
 * two of the real seeds, one page under a second name and one page with a sidecar.
 */
export function mixedFolder(options: { seed: number; pages: number; people: number }): Folder {
  const seeds = generatePages(options).map((p) => ({ file: p.file, bytes: enc(p.text) }));
  for (const file of ['000_eaa9ddb59c18344f.txt', '004_e00c593ef1c053d8.txt']) {
    seeds.push({ file: `seed_${file}`, bytes: readFileSync(path.join(SEEDS, file)) });
  }
  seeds.push({ file: 'zz_copy.txt', bytes: seeds[3]!.bytes });
  const sidecar = {
    file: seeds[5]!.file.replace(/\.txt$/, '.meta.json'),
    bytes: enc('{"capturedOn":"2021-02-03"}'),
  };
  return { seeds, sidecars: [sidecar] };
}
