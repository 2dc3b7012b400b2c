import { readFileSync } from 'node:fs';
import { parseDay } from './calendar.ts';
import { tagTimex } from './tagTimex.ts';

/**
 * `npm run --silent timex -- --dct YYYY-MM-DD FILE` (FILE `-` reads stdin): prints only a JSON array of
 * `{ start, end, text, type, value }` with UTF-16 offsets, the TempEval-3 convention. Bad usage: a
 * message on stderr and exit code 2.
 */

const USAGE = 'usage: npm run --silent timex -- --dct YYYY-MM-DD FILE   (FILE "-" reads standard input)';

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { dct: string; file: string } {
  let dct: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--dct') {
      dct = argv[i + 1] ?? fail('--dct needs a value');
      i += 1;
    } else if (arg.startsWith('--dct=')) dct = arg.slice('--dct='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (dct === null) fail('missing --dct');
  if (!parseDay(dct)) fail(`--dct must be a calendar day YYYY-MM-DD, got '${dct}'`);
  if (files.length !== 1) fail(files.length === 0 ? 'missing FILE' : 'exactly one FILE');
  return { dct, file: files[0] ?? '-' };
}

function main(): void {
  const { dct, file } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`);
  }
  const out = tagTimex(text, { dct }).map(({ start, end, text: t, type, value }) => ({
    start,
    end,
    text: t,
    type,
    value,
  }));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();
