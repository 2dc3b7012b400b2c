/**
 * `npm run data -- --seeds DIR --out DIR`
 *
 * Builds the dataset from a seeds folder and writes `OUT/dataset.json` and `OUT/articles/<id>.json`,
 * then the folder's event id ledger (`event-ids.json`) when it changed. Prints one line per file of
 * the folder (the reader that took it, its articles, its duplicates and warnings, or why it was
 * skipped; see fileSummary.ts) and one about the event ids. Exit codes: 0 built, 1 a page (or the folder) cannot be read, 2 bad usage.
 * Every failure is one `error: ...` line naming the file and the reason, never a stack trace; an
 * unexpected exception (a pipeline bug) is pinned on the page that triggers it, and `DEBUG=1` adds the
 * stack so the bug stays diagnosable.
 *
 * `npm run data` runs this file bundled (scripts/pipelineCli.mjs); `tsx src/pipeline/cli.ts` runs the
 * same. A large folder's pages are read and analysed on several threads (pagePool.ts) when there are
 * four cores or more, or when `PIPELINE_THREADS=N` asks for N threads.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset, errorTally, formatPageError } from './buildDataset.ts';
import { describeIdChanges } from './events/assignEventIds.ts';
import { ID_LEDGER_FILE } from './events/parseIdLedger.ts';
import { fileSummary } from './fileSummary.ts';
import { buildFromFolder } from './io/buildFromFolder.ts';
import { pageStoreFromEnv } from './io/pageStore.ts';
import { readSeedsFolder } from './io/seedsFolder.ts';
import { sourceRoot } from './io/sourceRoot.ts';
import { writeIdLedger } from './io/writeIdLedger.ts';
import { writeDatasetFolder } from './io/writeOutput.ts';
import { pipelineThreads } from './pagePool.ts';
import { sidecarNameFor } from './pages/sidecar.ts';

const USAGE = 'usage: npm run data -- --seeds DIR --out DIR';

async function main(argv: string[]): Promise<number> {
  let values: { seeds?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { seeds: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.seeds || !values.out) {
    console.error(`error: both --seeds and --out are required\n${USAGE}`);
    return 2;
  }
  const seedsDir = values.seeds;
  const { store, why } = pageStoreFromEnv(process.env, sourceRoot(import.meta.url, 'src/pipeline/cli.ts'));
  let result;
  try {
    result = await buildFromFolder(seedsDir, process.env, { threads: pipelineThreads(), store });
  } catch (error) {
    const culprits = await pagesThatThrow(seedsDir);
    if (culprits.length === 0) console.error(`error: ${messageOf(error)}`);
    for (const c of culprits) console.error(`error: ${path.join(seedsDir, c.file)}: ${c.reason}`);
    debugStack(error);
    return 1;
  }
  if (!result.ok) {
    for (const e of result.errors)
      console.error(`error: ${formatPageError({ ...e, file: path.join(seedsDir, e.file) })}`);
    console.error(`error: ${errorTally(result.errors)}`);
    return 1;
  }
  const { dataset, texts, idLedger } = result;
  for (const line of fileSummary(dataset, result.readers)) console.log(line);
  try {
    await writeDatasetFolder(values.out, dataset, texts);
  } catch (error) {
    console.error(`error: cannot write the dataset to ${values.out}: ${messageOf(error)}`);
    debugStack(error);
    return 1;
  }
  try {
    const outcome = await writeIdLedger(seedsDir, idLedger.ledger);
    console.log(describeIdChanges(idLedger.changes, path.join(seedsDir, ID_LEDGER_FILE), outcome));
  } catch (error) {
    console.error(`error: ${messageOf(error)}`);
    debugStack(error);
    return 1;
  }
  const { pages, fromDisk, analysed } = result.sources;
  console.log(
    `page cache: ${fromDisk} of ${pages} pages from the cache, ${analysed} analysed (${store ? store.dir : why})`,
  );
  for (const note of store?.notes ?? []) console.log(`  note: ${note}`);
  console.log(
    `${dataset.pages.length} pages, ${dataset.articles.length} articles -> ${path.join(values.out, 'dataset.json')}`,
  );
  return 0;
}

/**
 * After an unexpected exception: builds each page alone (with its sidecar) to find the page(s) that
 * trigger it, so the editor learns which file to look at. Empty when no single page reproduces it.
 */
async function pagesThatThrow(seedsDir: string): Promise<{ file: string; reason: string }[]> {
  let folder;
  try {
    folder = await readSeedsFolder(seedsDir);
  } catch {
    return [];
  }
  const culprits: { file: string; reason: string }[] = [];
  for (const seed of folder.seeds) {
    const sidecars = folder.sidecars.filter((s) => sidecarNameFor(seed.file) === s.file);
    try {
      buildDataset([seed], { generatedAt: new Date(0).toISOString(), sidecars });
    } catch (error) {
      culprits.push({ file: seed.file, reason: `the pipeline failed on this page: ${messageOf(error)}` });
    }
  }
  return culprits;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'unknown error';
}

function debugStack(error: unknown): void {
  if (process.env.DEBUG === '1' && error instanceof Error && error.stack) console.error(error.stack);
  else console.error('(run with DEBUG=1 for the stack trace)');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${messageOf(error)}`);
  debugStack(error);
  process.exitCode = 1;
}
