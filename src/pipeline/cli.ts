/**
 * `npm run data -- --seeds DIR --out DIR`
 *
 * Builds the dataset from a seeds folder and writes `OUT/dataset.json` and `OUT/articles/<id>.json`.
 * Prints one line per page. Exit codes: 0 built, 1 a page (or the folder) cannot be read, 2 bad usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatPageError } from './buildDataset.ts';
import { buildFromFolder } from './io/buildFromFolder.ts';
import { writeDatasetFolder } from './io/writeOutput.ts';

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
  let result;
  try {
    result = await buildFromFolder(seedsDir);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    return 1;
  }
  if (!result.ok) {
    for (const e of result.errors)
      console.error(`error: ${formatPageError({ ...e, file: path.join(seedsDir, e.file) })}`);
    console.error(`error: ${result.errors.length} page(s) cannot be parsed; nothing was written`);
    return 1;
  }
  const { dataset, texts } = result;
  for (const page of dataset.pages) {
    const n = page.articleIds.length;
    const w = page.warnings.length;
    console.log(
      `${page.file}: ${n} article${n === 1 ? '' : 's'} (1 main, ${n - 1} related), ${w} warning${w === 1 ? '' : 's'}`,
    );
    for (const warning of page.warnings) {
      console.log(`  warning${warning.line ? ` (line ${warning.line})` : ''}: ${warning.message}`);
    }
  }
  for (const s of dataset.skippedFiles) console.log(`${s.file}: skipped, ${s.reason}`);
  await writeDatasetFolder(values.out, dataset, texts);
  console.log(
    `${dataset.pages.length} pages, ${dataset.articles.length} articles -> ${path.join(values.out, 'dataset.json')}`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
