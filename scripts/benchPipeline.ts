/**
 * `npm run bench:pipeline [-- --corpus=seeds|1k|10k] [-- --threads=N] [-- --runs=N]`: the whole
 * pipeline (read the folder, parse, capture days, timexes, people, countries, events, ids, schema
 * check) in this process, through buildFromFolder as the CLI calls it, each run with a fresh cache.
 * The corpus is the seeds folder or one of `npm run bench`'s generated corpora (written to a temp
 * folder, removed at the end). Prints the first run (a cold process: the JIT is not warm yet, as in a
 * CLI run) and the median of the runs after it, in ms and MB/s of page bytes and of article text.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createBuildCache } from '../src/pipeline/buildDataset.ts';
import { buildFromFolder } from '../src/pipeline/io/buildFromFolder.ts';
import { readSeedsFolder } from '../src/pipeline/io/seedsFolder.ts';
import { CORPUS_SEED, SIZES } from './bench/corpusSizes.ts';
import { writeCorpus } from './bench/generateCorpus.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, threads: { type: 'string' }, runs: { type: 'string' } },
});
const corpus = values.corpus ?? '1k';
if (!(corpus in SIZES)) throw new Error(`unknown corpus ${corpus}; use ${Object.keys(SIZES).join(',')}`);
const threads = Number(values.threads ?? 1);
const runs = Math.max(2, Number(values.runs ?? 5));

const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-pipeline-'));
try {
  const spec = SIZES[corpus];
  const dir = spec ? path.join(tmp, 'corpus') : path.resolve(import.meta.dirname, '../seeds');
  if (spec) await writeCorpus(dir, { seed: CORPUS_SEED, pages: spec.pages });
  const { seeds } = await readSeedsFolder(dir);
  const bytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1' };
  const times: number[] = [];
  let textBytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const result = await buildFromFolder(dir, env, { cache: createBuildCache(), threads });
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`the ${corpus} corpus failed to build`);
    textBytes = result.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  }
  const [first = 0, ...rest] = times;
  rest.sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)] ?? first;
  const mbps = (b: number, ms: number) => (b / 1024 / 1024 / (ms / 1000)).toFixed(2);
  console.log(
    `pipeline on ${corpus}: ${seeds.length} pages, ${(bytes / 1024).toFixed(1)} KB of pages, ` +
      `${(textBytes / 1024).toFixed(1)} KB of article text, ${threads} thread(s), ${runs} runs`,
  );
  for (const [name, ms] of [
    ['first run', first],
    [`median of runs 2-${runs}`, median],
  ] as const) {
    console.log(
      `${name}: ${ms.toFixed(0)} ms, ${mbps(bytes, ms)} MB/s of pages, ${mbps(textBytes, ms)} MB/s of article text`,
    );
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
