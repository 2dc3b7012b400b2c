import { buildDataset, createBuildCache, type BuildOptions, type BuildResult } from '../buildDataset.ts';
import { primePages } from '../pagePool.ts';
import { readSeedsFolder } from './seedsFolder.ts';

/**
 * Reads a seeds folder (pages, sidecars and the event id ledger, read only) and builds the dataset.
 * `generatedAt` honours SOURCE_DATE_EPOCH so that reproducible builds can pin it. A long-lived caller
 * (the dev server) passes a `cache` (createBuildCache) so that a rebuild redoes only the pages that
 * changed. With `threads` above 1, the pages' own work is done on that many threads first (pagePool.ts).
 */
export async function buildFromFolder(
  seedsDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: Pick<BuildOptions, 'cache'> & { threads?: number } = {},
): Promise<BuildResult> {
  const { seeds, skipped, sidecars, idLedger } = await readSeedsFolder(seedsDir);
  const cache = options.cache ?? createBuildCache();
  const threads = options.threads ?? 1;
  if (threads > 1) await primePages(seeds, sidecars, cache, { threads });
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString();
  return buildDataset(seeds, { generatedAt, skippedFiles: skipped, sidecars, idLedger, cache });
}
