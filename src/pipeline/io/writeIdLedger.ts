import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIdLedger, ID_LEDGER_FILE, type IdLedger } from '../events/parseIdLedger.ts';

/**
 * Writes `seedsDir/event-ids.json` when its text would change, to a temp file beside it that is then
 * renamed (never half-written). A folder that has no ledger and no event ids gets none. Used by the
 * production build and `npm run data`, never by the dev server. Throws with the file's name.
 */
export async function writeIdLedger(seedsDir: string, ledger: IdLedger): Promise<'written' | 'unchanged'> {
  const file = path.join(seedsDir, ID_LEDGER_FILE);
  const text = formatIdLedger(ledger);
  let current: string | null = null;
  try {
    current = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw named(file, error);
  }
  if (current === text || (current === null && ledger.ids.length === 0)) return 'unchanged';
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw named(file, error);
  }
  return 'written';
}

function named(file: string, error: unknown): Error {
  return new Error(`cannot write ${file}: ${(error as Error).message}`, { cause: error });
}
