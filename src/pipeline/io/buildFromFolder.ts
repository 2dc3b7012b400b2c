import { buildDataset, type BuildOptions, type BuildResult } from '../buildDataset.ts';
import { readSeedsFolder } from './seedsFolder.ts';

/**
 * Reads a seeds folder (pages, sidecars and the event id ledger, read only) and builds the dataset.
 * `generatedAt` honours SOURCE_DATE_EPOCH so that reproducible builds can pin it. A long-lived caller
 * (the dev server) passes a `cache` (createBuildCache) so that a rebuild redoes only the pages that
 * changed.
 */
export async function buildFromFolder(
  seedsDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: Pick<BuildOptions, 'cache'> = {},
): Promise<BuildResult> {
  const { seeds, skipped, sidecars, idLedger } = await readSeedsFolder(seedsDir);
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const generatedAt = new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString();
  return buildDataset(seeds, { generatedAt, skippedFiles: skipped, sidecars, idLedger, ...options });
}
