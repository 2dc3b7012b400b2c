/**
 * `npm run bench:webpages`: the htmldate evaluation set's English pages (../shared/benchmarks/webpages),
 * unpacked into a temp folder at run time (never copied into the project). Prints the publication
 * day's precision / recall / accuracy against gold.json (scored on the day, as htmldate does: a page
 * whose gold has no day and that gets none counts for accuracy, never as a right answer), MB/s
 * of HTML reading alone, the whole pipeline's time over the pages, and the by-eye body check of 20
 * pages (bench/webpages/bodyCheck.json; scripts/bench/bodyCheck.ts) with the pages whose body changed
 * since it was judged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDataset } from '../src/pipeline/buildDataset.ts';
import { parsePage } from '../src/pipeline/pages/parsePage.ts';
import { bodyCheckReport, type BodyCheckFile } from './bench/bodyCheck.ts';

const BENCH = path.resolve(import.meta.dirname, '../../shared/benchmarks/webpages');
const BODY_CHECK = path.resolve(import.meta.dirname, '../bench/webpages/bodyCheck.json');
const dir = mkdtempSync(path.join(tmpdir(), 'webpages-'));
try {
  execFileSync('tar', ['-xJf', path.join(BENCH, 'pages.tar.xz'), '-C', dir]);
  const gold = JSON.parse(
    readFileSync(path.join(BENCH, 'gold.json'), 'utf8').replace(/\bNaN\b/g, 'null'),
  ) as Record<string, { date: string | null }>;
  const files = readdirSync(dir)
    .filter((f) => gold[f])
    .sort();
  let answered = 0;
  let right = 0;
  let bothNone = 0;
  let bytes = 0;
  const wrong: string[] = [];
  const bodyCheck = JSON.parse(readFileSync(BODY_CHECK, 'utf8')) as BodyCheckFile;
  const bodies = new Map<string, string>();
  const seeds = files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
  const t0 = performance.now();
  for (const seed of seeds) {
    bytes += seed.bytes.length;
    const parsed = parsePage(seed.bytes, seed.file);
    if (seed.file in bodyCheck.pages)
      bodies.set(seed.file, parsed.ok ? (parsed.articles[0]?.text ?? '') : '');
    const day = parsed.ok ? (parsed.articles[0]?.meta?.publishedOn ?? null) : null;
    const want = gold[seed.file]?.date ?? null;
    if (day) answered += 1;
    if (day && day === want) right += 1;
    else if (!day && !want) bothNone += 1;
    else if (day) wrong.push(`${seed.file}: ${day} (gold ${want})`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const n = files.length;
  console.log(`pages: ${n}`);
  console.log(
    `publication day: precision ${(right / Math.max(1, answered)).toFixed(3)} (right/answered ${right}/${answered}), recall ${(answered / n).toFixed(3)}, accuracy ${((right + bothNone) / n).toFixed(3)} (right ${right} + no day where gold has none ${bothNone}, of ${n}) (goal: precision >= 0.95, accuracy >= 0.90)`,
  );
  for (const w of wrong) console.log(`  wrong: ${w}`);
  console.log(
    `HTML reading alone: ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s = ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`,
  );
  for (const line of bodyCheckReport(bodyCheck, bodies)) console.log(line);
  const t1 = performance.now();
  const built = buildDataset(seeds, { generatedAt: new Date(0).toISOString() });
  const whole = (performance.now() - t1) / 1000;
  const events = built.ok ? built.dataset.events.length : 0;
  console.log(
    `whole pipeline (buildDataset, one thread): ${whole.toFixed(1)} s for ${n} pages, ${events} events (goal <= 30 s)`,
  );
  console.log(
    'Pages: the htmldate evaluation set (Apache License 2.0; collected by A. Barbaresi, S. Chen, L. Kozmus and the Data Culture Group, Northeastern University), English pages only.',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
