import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = resolve(root, 'src/pipeline/time/timexCli.ts');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function run(args: string[], input = '') {
  return spawnSync(tsx, [cli, ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, TZ: 'UTC' },
  });
}

describe('timex CLI', () => {
  it('prints only a JSON array of TempEval-3 spans for stdin', () => {
    const text = 'On Friday, Ms Cooper said crossings rose in 2024.';
    const out = run(['--dct', '2025-07-04', '-'], text);
    expect(out.status).toBe(0);
    const spans = JSON.parse(out.stdout) as Array<Record<string, unknown>>;
    expect(spans).toEqual([
      { start: 3, end: 9, text: 'Friday', type: 'DATE', value: '2025-07-04' },
      { start: 44, end: 48, text: '2024', type: 'DATE', value: '2024' },
    ]);
  });

  it.each([
    [['-'], /missing --dct/],
    [['--dct', '2025-02-30', '-'], /calendar day/],
    [['--dct', '2025-07-04'], /missing FILE/],
    [['--dct', '2025-07-04', '--verbose', '-'], /unknown option/],
    [['--dct', '2025-07-04', 'no/such/file.txt'], /cannot read/],
  ])('exits 2 with a message for %j', (args, message) => {
    const out = run(args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });
});
