/**
 * Incremental rebuild under `vite dev`: start the dev server on a corpus, wait until /data/dataset.json
 * answers, then change one page (its headline) and time until the server logs
 * "[dataset] seeds changed: dataset rebuilt"; the served dataset.json is then checked to carry a new
 * inputDigest. Samples are taken while the time budget lasts (at least one).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, killTree, progress, start } from './processes.ts';

export type DevFigures = {
  startupMs: number | null;
  rebuilds: number[];
  verified: boolean;
  error: string | null;
};

const REBUILT = '[dataset] seeds changed: dataset rebuilt';
const FAILED = '(still serving the last good dataset)';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function digestOf(url: string): Promise<string | null> {
  const res = await fetch(url).catch(() => null);
  if (!res?.ok) return null;
  return /"inputDigest":"([0-9a-f]+)"/.exec(await res.text())?.[1] ?? null;
}

async function until(test: () => boolean | Promise<boolean>, timeoutMs: number, everyMs: number) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (await test()) return true;
    await sleep(everyMs);
  }
  return false;
}

export async function measureDevRebuild(repo: string, corpus: string, budgetMs: number): Promise<DevFigures> {
  const port = await freePort();
  const vite = path.join(repo, 'node_modules/.bin/vite');
  const child = start(vite, ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: repo,
    env: { ...process.env, SEEDS_DIR: corpus, NO_COLOR: '1' },
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const rebuilt = () => log.split(REBUILT).length - 1;
  const url = `http://127.0.0.1:${port}/data/dataset.json`;
  const figures: DevFigures = { startupMs: null, rebuilds: [], verified: true, error: null };
  const file = path.join(corpus, (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort()[0]!);
  const original = await readFile(file, 'utf8');
  try {
    const t0 = performance.now();
    let digest: string | null = null;
    if (!(await until(async () => (digest = await digestOf(url)) !== null, 600_000, 250))) {
      figures.error = `dev server gave no dataset in 600 s: ${log.slice(-300)}`;
      return figures;
    }
    figures.startupMs = performance.now() - t0;
    progress(`  dev server up in ${(figures.startupMs / 1000).toFixed(1)} s`);
    // The watcher scans the seeds folder after the server answers: a change made before that is missed.
    await sleep(2000);
    const budgetStart = performance.now();
    for (let i = 1; i <= 5; i += 1) {
      if (i > 1 && performance.now() - budgetStart > budgetMs) break;
      const before = rebuilt();
      const changed = original.replace(/^(\s*)([^\n]+)/, `$1$2 (update ${i})`);
      const failedBefore = log.split(FAILED).length - 1;
      const t1 = performance.now();
      await writeFile(file, changed);
      const answered = () => rebuilt() > before || log.split(FAILED).length - 1 > failedBefore;
      if (!(await until(answered, 120_000, 5)) || rebuilt() === before) {
        figures.error = `no "${REBUILT}" within 120 s of the change: ${log.slice(-200).trim()}`;
        break;
      }
      figures.rebuilds.push(performance.now() - t1);
      const next = await digestOf(url);
      if (next === null || next === digest) figures.verified = false;
      digest = next;
      progress(`  rebuild ${i}: ${figures.rebuilds.at(-1)!.toFixed(0)} ms`);
      await sleep(1000); // a late second watcher event would show as an extra log line, not as our next sample
    }
    return figures;
  } finally {
    await killTree(child);
    await writeFile(file, original);
  }
}
