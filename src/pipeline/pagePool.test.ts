/**
 * (Worker threads load the pipeline's TypeScript through tsx: a few seconds each on a busy machine.)
 * The per-page work done by worker threads (pagePool.ts) must give byte for byte the build done on one
 * thread: the workers' results reach buildDataset through its cache, as plain data copied between threads.
 */
import { describe, expect, it } from 'vitest';
import { mixedFolder, type Folder } from './mixedFolderTestKit.ts';
import { buildDataset, createBuildCache, type BuildResult } from './buildDataset.ts';
import { pipelineThreads, primePages } from './pagePool.ts';

const AT = '2025-01-01T00:00:00.000Z';

/** Generated pages, the real seeds, one page under two names and one with a sidecar. */
function folder(): Folder {
  return mixedFolder({ seed: 7, pages: 30, people: 15 });
}

const asText = (r: BuildResult) =>
  r.ok ? `${JSON.stringify(r.dataset)}\n${JSON.stringify(r.texts)}` : JSON.stringify(r.errors);

describe('primePages', () => {
  it('gives, through worker threads, the build one thread gives', async () => {
    const { seeds, sidecars } = folder();
    const alone = buildDataset(seeds, { generatedAt: AT, sidecars });
    const cache = createBuildCache();
    const report = await primePages(seeds, sidecars, cache, { threads: 3, minBytes: 0, callerWorks: false });
    // Every distinct page (the copy shares its content) went through a worker, none through this thread.
    expect(report).toEqual({ pages: seeds.length - 1, byWorkers: seeds.length - 1, workers: 2 });
    expect(cache.pages.size).toBe(seeds.length - 1);
    const pooled = buildDataset(seeds, { generatedAt: AT, sidecars, cache });
    expect(alone.ok).toBe(true);
    expect(asText(pooled)).toBe(asText(alone));
  }, 60_000);

  it('gives the same errors for a folder with a page that cannot be read', async () => {
    const seeds = [...folder().seeds, { file: 'empty.txt', bytes: new Uint8Array() }];
    const alone = buildDataset(seeds, { generatedAt: AT });
    const cache = createBuildCache();
    await primePages(seeds, [], cache, { threads: 2, minBytes: 0, callerWorks: false });
    expect(alone.ok).toBe(false);
    expect(asText(buildDataset(seeds, { generatedAt: AT, cache }))).toBe(asText(alone));
  }, 60_000);

  it('stays on this thread below the size threshold, for one thread, and for pages already cached', async () => {
    const { seeds } = folder();
    const bytes = seeds.reduce((sum, s) => sum + s.bytes.length, 0);
    const cache = createBuildCache();
    const cases = [
      { options: { threads: 2, minBytes: bytes + 1 }, pages: seeds.length - 1 },
      { options: { threads: 1, minBytes: 0 }, pages: 0 },
    ];
    for (const { options, pages } of cases) {
      expect(await primePages(seeds, [], cache, options)).toEqual({ pages, byWorkers: 0, workers: 0 });
      expect(cache.pages.size).toBe(0);
    }
    buildDataset(seeds, { generatedAt: AT, cache });
    expect(await primePages(seeds, [], cache, { threads: 2, minBytes: 0 })).toEqual({
      pages: 0,
      byWorkers: 0,
      workers: 0,
    });
  });
});

describe('pipelineThreads', () => {
  it.each([
    ['1', 2, 1],
    ['2', 2, 2],
    ['3', 1, 3],
    [undefined, 1, 1],
    [undefined, 2, 1],
    [undefined, 3, 1],
    [undefined, 4, 2],
    [undefined, 6, 3],
    [undefined, 16, 4],
    ['0', 4, 2],
    ['two', 4, 2],
    ['1.5', 4, 2],
    ['', 4, 2],
  ])('PIPELINE_THREADS=%s on %i cores -> %i threads', (value, cores, threads) => {
    expect(pipelineThreads(value === undefined ? {} : { PIPELINE_THREADS: value }, cores)).toBe(threads);
  });
});
