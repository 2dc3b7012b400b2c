/**
 * `npm run data` runs the CLI bundled by esbuild (scripts/pipelineCli.mjs), on two threads for a large
 * folder: it must write, byte for byte, what `tsx src/pipeline/cli.ts` on one thread writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePages } from './bench/generateCorpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function run(command: string, args: string[], threads: string) {
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1', TZ: 'UTC', PIPELINE_THREADS: threads };
  const r = spawnSync(command, args, { encoding: 'utf8', env, cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (relative name -> content). */
function files(dir: string, under = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const name = path.join(under, entry.name);
    if (entry.isDirectory()) for (const [k, v] of files(dir, name)) out.set(k, v);
    else out.set(name, readFileSync(path.join(dir, name), 'utf8'));
  }
  return out;
}

/** The seeds folder after a run (its event-ids.json) and the output folder, as the runs wrote them. */
function build(seeds: string, how: 'bundle' | 'tsx') {
  const work = mkdtempSync(path.join(tmpdir(), `pipeline-cli-${how}-`));
  cpSync(seeds, path.join(work, 'seeds'), { recursive: true });
  const args = ['--seeds', path.join(work, 'seeds'), '--out', path.join(work, 'out')];
  const r =
    how === 'bundle'
      ? run(process.execPath, [path.join(ROOT, 'scripts/pipelineCli.mjs'), ...args], '2')
      : run(TSX, [path.join(ROOT, 'src/pipeline/cli.ts'), ...args], '1');
  return { ...r, stdout: r.stdout.replaceAll(work, 'WORK'), files: files(work) };
}

describe('npm run data (bundled CLI)', () => {
  const generated = mkdtempSync(path.join(tmpdir(), 'pipeline-cli-corpus-'));
  // About 0.6 MB: above the size from which the pages are read on two threads.
  for (const page of generatePages({ seed: 11, pages: 150, people: 60 })) {
    writeFileSync(path.join(generated, page.file), page.text);
  }
  it.each([
    ['the seeds', path.join(ROOT, 'seeds')],
    ['a generated corpus', generated],
  ])(
    'writes for %s what tsx src/pipeline/cli.ts writes',
    (_, seeds) => {
      const bundled = build(seeds, 'bundle');
      const direct = build(seeds, 'tsx');
      expect(bundled.stderr).toBe('');
      expect(bundled.code).toBe(0);
      expect(direct.code).toBe(0);
      expect(bundled.stdout).toBe(direct.stdout);
      expect([...bundled.files.keys()].sort()).toEqual([...direct.files.keys()].sort());
      expect(bundled.files.size).toBeGreaterThan(3);
      for (const [name, content] of direct.files) expect(bundled.files.get(name), name).toBe(content);
    },
    180_000,
  );
});
