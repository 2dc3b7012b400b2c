/**
 * Pipeline figures, measured on what a user runs: the CLI (`npm run data`, i.e. node scripts/pipelineCli.mjs: the CLI bundled once by esbuild,
 * whatever it does inside: workers or caches are picked up) and `vite build` (pipeline, bundle, static
 * event pages), each under /usr/bin/time for the peak resident memory of the process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { run, type RunResult } from './processes.ts';

export type Timed = { ms: number; peakMB: number | null; ok: boolean; error: string | null };

export type PipelineFigures = Timed & { events: number; dated: number; people: number; pages: number };

async function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  const result: RunResult = await run('/usr/bin/time', ['-f', '__TIME__ %e %M', cmd, ...args], {
    cwd,
    env,
    timeoutMs,
  });
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr);
  const ok = result.code === 0 && !result.timedOut;
  const tail = result.stderr
    .replace(/__TIME__.*$/m, '')
    .trim()
    .split('\n')
    .slice(-3)
    .join(' | ');
  return {
    ms: result.ms,
    peakMB: m ? Number(m[2]) / 1024 : null,
    ok,
    error: ok ? null : result.timedOut ? `timeout ${timeoutMs / 1000} s` : `exit ${result.code}: ${tail}`,
  };
}

/** `npm run data -- --seeds DIR --out OUT`, timed; counts from the written dataset.json. */
export async function runPipelineCli(
  repo: string,
  seeds: string,
  out: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PipelineFigures> {
  const t = await timed(
    process.execPath,
    ['scripts/pipelineCli.mjs', '--seeds', seeds, '--out', out],
    repo,
    env,
    900_000,
  );
  let counts = { events: 0, dated: 0, people: 0, pages: 0 };
  if (t.ok) counts = await datasetCounts(path.join(out, 'dataset.json'));
  return { ...t, ...counts };
}

export async function datasetCounts(file: string) {
  const d = JSON.parse(await readFile(file, 'utf8')) as {
    events?: { date: unknown }[];
    people?: unknown[];
    pages?: unknown[];
  };
  const events = d.events ?? [];
  return {
    events: events.length,
    dated: events.filter((e) => e.date !== null && e.date !== undefined).length,
    people: d.people?.length ?? 0,
    pages: d.pages?.length ?? 0,
  };
}

/**
 * Wall time of `node scripts/pipelineCli.mjs --help` (best of 3, after one run that brings the bundle
 * up to date): checking the bundle and loading it.
 */
export async function cliStartupMs(repo: string): Promise<number> {
  const cli = (): Promise<RunResult> =>
    run(process.execPath, ['scripts/pipelineCli.mjs', '--help'], { cwd: repo, timeoutMs: 60_000 });
  await cli();
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const r = await cli();
    best = Math.min(best, r.ms);
  }
  return best;
}

/** `SEEDS_DIR=seeds vite build --outDir out`, timed. */
export async function runViteBuild(repo: string, seeds: string, out: string): Promise<Timed> {
  const vite = path.join(repo, 'node_modules/.bin/vite');
  const env = { ...process.env, SEEDS_DIR: seeds };
  return timed(vite, ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], repo, env, 900_000);
}
