/**
 * `npm run bench:threads [-- --size=10k] [-- --runs=N]`: the pipeline CLI's throughput on a generated
 * bench corpus (scripts/bench/corpusSizes.ts) with the page cache off, on one thread and on two
 * (PIPELINE_THREADS), best of N runs each. Prints MB/s of page text, wall time and peak memory, and
 * checks the two datasets are the same but for generatedAt (threads must not change the result).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_SEED, SIZES, textPageBytes } from './bench/corpusSizes.ts';
import { writeCorpus } from './bench/generateCorpus.ts';
import { runPipelineCli } from './bench/pipelineBench.ts';

const repo = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { size: { type: 'string' }, runs: { type: 'string' } } });
const size = values.size ?? '10k';
const spec = SIZES[size];
if (!spec)
  throw new Error(
    `--size must be a generated size: ${Object.keys(SIZES)
      .filter((k) => SIZES[k])
      .join(', ')}`,
  );
const runs = Number(values.runs ?? 2);

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-threads-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    await writeCorpus(corpus, { seed: CORPUS_SEED, pages: spec!.pages });
    const mb = (await textPageBytes(corpus)) / 1e6;
    console.log(
      `corpus ${size}: ${spec!.pages} pages, ${mb.toFixed(2)} MB of page text; ${os.availableParallelism()} cores`,
    );
    const datasets: string[] = [];
    for (const threads of [1, 2]) {
      let best: { ms: number; peakMB: number | null } | null = null;
      const out = path.join(tmp, `out-${threads}`);
      for (let i = 0; i < runs; i++) {
        const env = { ...process.env, NEWS_TIMELINE_CACHE: 'off', PIPELINE_THREADS: String(threads) };
        const r = await runPipelineCli(repo, corpus, out, env);
        if (!r.ok) throw new Error(`pipeline failed on ${threads} thread(s): ${r.error}`);
        if (!best || r.ms < best.ms) best = r;
      }
      const dataset = JSON.parse(await readFile(path.join(out, 'dataset.json'), 'utf8')) as {
        generatedAt?: string;
      };
      delete dataset.generatedAt;
      datasets.push(JSON.stringify(dataset));
      const peak = best!.peakMB === null ? '?' : best!.peakMB.toFixed(0);
      console.log(
        `${threads} thread${threads > 1 ? 's' : ' '}: ${(mb / (best!.ms / 1000)).toFixed(3)} MB/s (${(best!.ms / 1000).toFixed(1)} s wall, best of ${runs}; peak ${peak} MB)`,
      );
    }
    console.log(
      `datasets identical (but generatedAt) on 1 and 2 threads: ${datasets[0] === datasets[1] ? 'yes' : 'NO'}`,
    );
  } finally {
    if (process.env.KEEP_BENCH_TMP) console.log(`kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
}

await main();
