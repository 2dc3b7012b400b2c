/**
 * `npm run bench:pipeline`: the whole pipeline (parse, capture days, timexes, people, countries,
 * events) over the seeds, repeated; prints ms per run and ms per MB of page text.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../src/pipeline/buildDataset.ts';
import { readSeedsFolder } from '../src/pipeline/io/seedsFolder.ts';

const runs = Number(process.argv[2] ?? 20);
const { seeds, sidecars } = await readSeedsFolder(path.resolve(import.meta.dirname, '../seeds'));
const bytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
buildDataset(seeds, { generatedAt: new Date(0).toISOString(), sidecars }); // warm-up (chrono, lexicons)
const times: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const t0 = performance.now();
  const result = buildDataset(seeds, { generatedAt: new Date(0).toISOString(), sidecars });
  times.push(performance.now() - t0);
  if (!result.ok) throw new Error('seeds failed to build');
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const mb = bytes / 1024 / 1024;
console.log(`pipeline on seeds: ${seeds.length} pages, ${(bytes / 1024).toFixed(1)} KB, ${runs} runs`);
console.log(
  `median ${median.toFixed(1)} ms per run, ${(median / mb).toFixed(0)} ms per MB, ${(mb / (median / 1000)).toFixed(2)} MB/s`,
);
