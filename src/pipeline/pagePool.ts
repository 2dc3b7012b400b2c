import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildCache, SeedFile } from './buildDataset.ts';
import { compareNames, sha256Hex } from './ids.ts';
import { parseSidecar, sidecarNameFor, type Sidecar } from './pages/sidecar.ts';
import { workOnPages, type PageTask, type PageWork } from './pageWork.ts';
import { pageCacheKey } from './readPage.ts';

/** Below this much page text to read, a build stays on one thread: a worker costs its start-up. */
export const PARALLEL_MIN_BYTES = 512 * 1024;
/** Page bytes handed to a thread at a time. */
const BATCH_BYTES = 48 * 1024;

export type PoolOptions = {
  /** Threads in all, the calling one included; 1 does nothing here (and reports no pages). */
  threads: number;
  /** Only when the pages not in the cache hold at least this many bytes. */
  minBytes?: number;
  /** False: the calling thread only hands out work (tests use it to make the workers do every page). */
  callerWorks?: boolean;
};

export type PoolReport = { pages: number; byWorkers: number; workers: number };

/**
 * PIPELINE_THREADS when it is a positive integer, else one thread per two cores (at least one, at
 * most four). A build on one thread already keeps about half another core busy with V8's background
 * compilation and garbage collection (measured: 1.8 s of CPU beside 3.2 s on the main thread for the
 * 2.5 MB corpus), so on two cores a worker has little to gain, and under load from other processes
 * the build was slower with one.
 */
export function pipelineThreads(
  env: NodeJS.ProcessEnv = process.env,
  cores = availableParallelism(),
): number {
  const n = Number(env.PIPELINE_THREADS);
  return Number.isInteger(n) && n >= 1 ? n : Math.max(1, Math.min(4, Math.floor(cores / 2)));
}

/**
 * Fills `cache` with the per-page work (read, capture day, article analyses) of the pages it does not
 * hold yet, on `threads` threads: this one and worker threads, which take batches of pages from one
 * queue. buildDataset with the cache then does only the global phase, and builds what it would have
 * built on its own: the work is a pure function of each page (pageWork.ts). Nothing here can change
 * the result: a page whose work failed (or a worker that failed) is simply left to buildDataset.
 */
export async function primePages(
  seeds: readonly SeedFile[],
  sidecarFiles: readonly SeedFile[],
  cache: BuildCache,
  options: PoolOptions,
): Promise<PoolReport> {
  const jobs = pendingTasks(seeds, sidecarFiles, cache).map((task) => ({
    ...task,
    size: task.bytes.length,
    load: () => task.bytes,
  }));
  return runPageJobs(jobs, options, (job, work) => storeWork(cache, job, work));
}

/** A page whose work is to be done; its bytes are read (`load`) only when a thread takes it. */
export type PageJob = Omit<PageTask, 'bytes'> & { size: number; load: () => Uint8Array };

/** A page's work into the cache, where buildDataset looks for it. */
export function storeWork(cache: BuildCache, task: Omit<PageTask, 'bytes'>, work: PageWork): void {
  cache.pages.set(pageCacheKey(task.digest, task.sidecar, task.file), work.read);
  for (const [key, analysis] of work.analyses) cache.analyses.set(key, analysis);
}

/**
 * Does the jobs' work on `threads` threads and hands each page's work to `done` as it comes (the
 * caller stores it, and may drop the page's bytes). With one thread, or jobs below `minBytes` in all,
 * nothing is done here unless `inline` asks for the work on this thread. A job whose work throws, or
 * that a failed worker held, gets no `done` call: the caller leaves it to buildDataset.
 */
export async function runPageJobs(
  jobs: readonly PageJob[],
  options: PoolOptions & { inline?: boolean },
  done: (job: PageJob, work: PageWork) => void,
): Promise<PoolReport> {
  const bytes = jobs.reduce((sum, t) => sum + t.size, 0);
  const parallel =
    options.threads >= 2 && jobs.length > 0 && bytes >= (options.minBytes ?? PARALLEL_MIN_BYTES);
  const report: PoolReport = { pages: options.threads < 2 ? 0 : jobs.length, byWorkers: 0, workers: 0 };
  if (!parallel && !options.inline) return report;
  let next = 0;
  // A page that cannot be read (gone since it was listed) ends the run; its error is thrown at the end.
  let failure: { error: unknown } | null = null;
  const take = (limit: number): { jobs: PageJob[]; tasks: PageTask[] } => {
    const batch = { jobs: [] as PageJob[], tasks: [] as PageTask[] };
    for (let size = 0; next < jobs.length && size < limit; next += 1) {
      const job = jobs[next];
      if (!job) break;
      const { load, size: jobSize, ...task } = job;
      let bytes: Uint8Array;
      try {
        bytes = load();
      } catch (error) {
        failure ??= { error };
        next = jobs.length;
        break;
      }
      batch.jobs.push(job);
      batch.tasks.push({ ...task, bytes });
      size += jobSize;
    }
    return batch;
  };
  const end = () => {
    if (failure) throw failure.error;
    return report;
  };
  const store = (work: readonly (PageWork | null)[], batch: readonly PageJob[]) => {
    work.forEach((w, i) => {
      const job = batch[i];
      if (w && job) done(job, w);
    });
  };
  if (!parallel) {
    for (let batch = take(BATCH_BYTES); batch.jobs.length > 0; batch = take(BATCH_BYTES)) {
      store(workOnPages(batch.tasks), batch.jobs);
    }
    return end();
  }
  report.workers = options.threads - 1;
  const workers = Array.from({ length: report.workers }, () =>
    runWorker(take, (work, batch) => {
      store(work, batch);
      report.byWorkers += batch.length;
    }),
  );
  if (options.callerWorks !== false) {
    for (let batch = take(BATCH_BYTES / 2); batch.jobs.length > 0; batch = take(BATCH_BYTES / 2)) {
      store(workOnPages(batch.tasks), batch.jobs);
      // Lets the workers' answers in, and their next batches out.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(workers);
  return end();
}

/** The tasks for the pages (name order, each content and sidecar once) whose work is not cached. */
function pendingTasks(
  seeds: readonly SeedFile[],
  sidecarFiles: readonly SeedFile[],
  cache: BuildCache,
): PageTask[] {
  const sidecars = parseSidecars(sidecarFiles);
  const tasks: PageTask[] = [];
  const keys = new Set<string>();
  for (const seed of [...seeds].sort((a, b) => compareNames(a.file, b.file))) {
    const digest = sha256Hex(seed.bytes);
    const sidecar = sidecars.get(sidecarNameFor(seed.file));
    const key = pageCacheKey(digest, sidecar, seed.file);
    if (cache.pages.has(key) || keys.has(key)) continue;
    keys.add(key);
    tasks.push({ file: seed.file, bytes: seed.bytes, digest, sidecar });
  }
  return tasks;
}

/** The sidecars that parse, by file name (one that does not is reported by buildDataset). */
export function parseSidecars(sidecarFiles: readonly SeedFile[]): Map<string, Sidecar> {
  const sidecars = new Map<string, Sidecar>();
  for (const file of sidecarFiles) {
    const result = parseSidecar(file.bytes);
    if (result.ok) sidecars.set(file.file, result.sidecar);
  }
  return sidecars;
}

/**
 * One worker: once it has loaded, it is kept two batches ahead (so it never waits for this thread)
 * until the queue is empty. Settles when it has answered them all, or has failed (its batches are then
 * left to buildDataset).
 */
function runWorker(
  take: (limit: number) => { jobs: PageJob[]; tasks: PageTask[] },
  store: (done: readonly (PageWork | null)[], batch: readonly PageJob[]) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = startWorker();
    const sent: PageJob[][] = [];
    const feed = () => {
      const batch = take(BATCH_BYTES);
      if (batch.jobs.length === 0) return;
      sent.push(batch.jobs);
      worker.postMessage(batch.tasks);
    };
    const finish = () => {
      void worker.terminate();
      resolve();
    };
    worker.on('message', (message: 'ready' | (PageWork | null)[]) => {
      if (message === 'ready') {
        feed();
        feed();
      } else {
        store(message, sent.shift() ?? []);
        feed();
      }
      if (sent.length === 0) finish();
    });
    worker.on('error', (error) => {
      // Not fatal: its pages are done on this thread. DEBUG=1 says why (the CLI's convention).
      if (process.env.DEBUG === '1') console.error(`page worker failed: ${error.stack ?? String(error)}`);
      finish();
    });
    worker.on('exit', () => resolve());
  });
}

/**
 * The worker, from the module beside this one: the CLI's bundle (plain JS), or TypeScript, which the
 * worker loads through tsx's loader (registered in the worker: Node 20 does not pass loaders given with
 * --import on to workers).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./pageWorker.mjs', import.meta.url));
  // The ESM build of tsx's API (`tsx/esm/api`, import condition): require.resolve would give the CJS one.
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./pageWorker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)};\nregister();\nawait import(${JSON.stringify(worker)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { execArgv: [] });
}
