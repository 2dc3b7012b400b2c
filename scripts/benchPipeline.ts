/**
 * `npm run bench:pipeline [-- --corpus=seeds|1k|10k] [-- --threads=N] [-- --runs=N] [-- --cache]`:
 * the whole pipeline (read the folder, parse, capture days, timexes, people, countries, events, ids,
 * schema check) in this process, through buildFromFolder as the CLI calls it, each run with a fresh
 * in-memory cache; with --cache, on a page cache on disk (a temp folder) that the first run fills and
 * the others read, as `npm run data` run again does.
 * The corpus is the seeds folder or one of `npm run bench`'s generated corpora (written to a temp
 * folder, removed at the end). Prints the first run (a cold process: the JIT is not warm yet, as in a
 * CLI run) and the median of the runs after it, in ms and MB/s of page bytes and of article text,
 * with the process's CPU time (all threads) beside: on a machine other work shares, wall time varies
 * with the load, CPU time much less.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createBuildCache } from '../src/pipeline/buildDataset.ts';
import { buildFromFolder } from '../src/pipeline/io/buildFromFolder.ts';
import { openPageStore } from '../src/pipeline/io/pageStore.ts';
import { readSeedsFolder } from '../src/pipeline/io/seedsFolder.ts';
import { CORPUS_SEED, SIZES } from './bench/corpusSizes.ts';
import { writeCorpus } from './bench/generateCorpus.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    threads: { type: 'string' },
    runs: { type: 'string' },
    cache: { type: 'boolean' },
  },
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
  const cpu: number[] = [];
  let textBytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const store = values.cache ? openPageStore(path.join(tmp, 'cache'), 'bench') : null;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = await buildFromFolder(dir, env, { cache: createBuildCache(), threads, store });
    const c1 = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c1.user + c1.system) / 1000);
    if (!result.ok) throw new Error(`the ${corpus} corpus failed to build`);
    textBytes = result.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  }
  const [first = 0, ...rest] = times;
  const order = rest.map((_, i) => i + 1).sort((a, b) => times[a]! - times[b]!);
  const mid = order[Math.floor(order.length / 2)] ?? 0;
  const median = times[mid] ?? first;
  const mbps = (b: number, ms: number) => (b / 1024 / 1024 / (ms / 1000)).toFixed(2);
  console.log(
    `pipeline on ${corpus}: ${seeds.length} pages, ${(bytes / 1024).toFixed(1)} KB of pages, ` +
      `${(textBytes / 1024).toFixed(1)} KB of article text, ${threads} thread(s), ${runs} runs` +
      (values.cache ? ', page cache on disk (run 1 fills it)' : ', no page cache'),
  );
  for (const [name, ms, cpuMs] of [
    ['first run', first, cpu[0] ?? 0],
    [`median of runs 2-${runs}`, median, cpu[mid] ?? 0],
  ] as const) {
    console.log(
      `${name}: ${ms.toFixed(0)} ms, ${mbps(bytes, ms)} MB/s of pages, ${mbps(textBytes, ms)} MB/s of article text; CPU ${cpuMs.toFixed(0)} ms`,
    );
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
