import {
  buildDataset,
  createBuildCache,
  type BuildOptions,
  type BuildResult,
  type SeedPage,
} from '../buildDataset.ts';
import { sha256Hex } from '../ids.ts';
import { parseSidecars, runPageJobs, storeWork, type PageJob } from '../pagePool.ts';
import { sidecarNameFor } from '../pages/sidecar.ts';
import { pageCacheKey } from '../readPage.ts';
import type { PageStore } from './pageStore.ts';
import { listSeedsFolder, readSeedBytes } from './seedsFolder.ts';

/** Where each page's work came from in a build: memory (a dev server's cache), disk, or done now. */
export type PageSources = { pages: number; fromMemory: number; fromDisk: number; analysed: number };

export type FolderBuildResult = BuildResult & { sources: PageSources };

/**
 * Reads a seeds folder (pages, sidecars and the event id ledger, read only) and builds the dataset.
 * `generatedAt` honours SOURCE_DATE_EPOCH so that reproducible builds can pin it. A long-lived caller
 * (the dev server) passes a `cache` (createBuildCache) so that a rebuild redoes only the pages that
 * changed; a `store` (pageStore.ts) keeps each page's work on disk between processes. With `threads`
 * above 1, the pages' own work is done on that many threads (pagePool.ts).
 *
 * Pages are streamed: listed first, then read one at a time, their work looked up (cache, then store)
 * or done, and their bytes dropped; a page still to do is read again when a thread takes it. Memory
 * holds the dataset being built (which includes the article texts), never the folder's raw bytes.
 */
export async function buildFromFolder(
  seedsDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: Pick<BuildOptions, 'cache'> & { threads?: number; store?: PageStore | null } = {},
): Promise<FolderBuildResult> {
  const { pages, skipped, sidecars, idLedger } = listSeedsFolder(seedsDir);
  const cache = options.cache ?? createBuildCache();
  const store = options.store ?? null;
  const parsedSidecars = parseSidecars(sidecars);
  const sources: PageSources = { pages: pages.length, fromMemory: 0, fromDisk: 0, analysed: 0 };
  const seeds: { file: string; digest: string }[] = [];
  // What the cache held before this build (a page under a second name is looked up on its own).
  const inMemory = new Set(cache.pages.keys());
  const jobs: PageJob[] = [];
  for (const page of pages) {
    const digest = sha256Hex(readSeedBytes(page));
    seeds.push({ file: page.file, digest });
    const sidecar = parsedSidecars.get(sidecarNameFor(page.file));
    const key = pageCacheKey(digest, sidecar, page.file);
    const storeKey = `${key}|${page.file}`;
    if (inMemory.has(key)) {
      sources.fromMemory += 1;
      continue;
    }
    const stored = store?.load(storeKey);
    if (stored) {
      storeWork(cache, { file: page.file, digest, sidecar }, stored);
      sources.fromDisk += 1;
      continue;
    }
    jobs.push({ file: page.file, digest, sidecar, size: page.size, load: () => readSeedBytes(page) });
  }
  await runPageJobs(jobs, { threads: options.threads ?? 1, inline: true }, (job, work) => {
    storeWork(cache, job, work);
    store?.save(`${pageCacheKey(job.digest, job.sidecar, job.file)}|${job.file}`, work);
    sources.analysed += 1;
  });
  // A page whose work threw (or whose worker failed) is built by buildDataset from its bytes, which
  // reports or throws as it would have without any of this.
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const inputs = seeds.map((seed): SeedPage => {
    const sidecar = parsedSidecars.get(sidecarNameFor(seed.file));
    const entry = byFile.get(seed.file);
    if (!entry || cache.pages.has(pageCacheKey(seed.digest, sidecar, seed.file))) return seed;
    sources.analysed += 1;
    return { file: seed.file, bytes: readSeedBytes(entry) };
  });
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString();
  const result = buildDataset(inputs, { generatedAt, skippedFiles: skipped, sidecars, idLedger, cache });
  return { ...result, sources };
}
