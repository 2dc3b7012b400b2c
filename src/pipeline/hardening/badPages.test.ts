import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, type BuildResult } from '../buildDataset.ts';
import { readSeedsFolder } from '../io/seedsFolder.ts';
import { decodePage } from '../pages/decodePage.ts';
import { findDuplicatePages } from '../pages/duplicatePages.ts';
import { parsePage } from '../pages/parsePage.ts';
import { PAGE_CASES } from './buildPageCases.ts';
import { FATAL_CASES } from './fatalPageCases.ts';
import { TEXT_CASES } from './textPageCases.ts';
import {
  GOOD_FILE,
  GOOD_HEADLINES,
  writeCase,
  type BadPageCase,
  type CorpusEntry,
} from './badPagesCorpus.ts';

const BUILD_CASES = [...PAGE_CASES, ...TEXT_CASES];
const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const AT = '2025-01-01T00:00:00.000Z';
const STACK_FRAME = /\n {4}at /;

function tempDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `bad-pages-${name}-`));
}

function runCli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(TSX, [path.join(ROOT, 'src/pipeline/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The case's folder (with the good page beside it) read and built in-process, as the CLI would. */
async function buildCase(c: BadPageCase): Promise<{ result: BuildResult; seeds: Map<string, Uint8Array> }> {
  const dir = tempDir('case');
  writeCase(dir, c.entries);
  const folder = await readSeedsFolder(dir);
  const result = buildDataset(folder.seeds, {
    generatedAt: AT,
    skippedFiles: folder.skipped,
    sidecars: folder.sidecars,
  });
  return { result, seeds: new Map(folder.seeds.map((s) => [s.file, s.bytes])) };
}

describe('bad pages that stop the build', () => {
  it.each(FATAL_CASES)('$name: refused, naming the file and the reason', async (c) => {
    if (c.outcome !== 'fatal') throw new Error('table error');
    const { result } = await buildCase(c);
    expect(result).toEqual({
      ok: false,
      errors: c.errors.map((e) => ({ file: e.file, reason: expect.stringMatching(e.reason) })),
    });
  });

  // One real CLI run over every fatal page at once (each file prefixed by its case): the build reports
  // all of them, one `error:` line each, exits 1, writes nothing and prints no stack trace.
  const prefix = (i: number, e: CorpusEntry): CorpusEntry => ({
    ...e,
    name: `f${String(i).padStart(2, '0')}_${e.name}`,
  });
  let cli: ReturnType<typeof runCli> | undefined;
  const seedsDir = tempDir('fatal');
  const outDir = tempDir('fatal-out');
  const runFatalCli = () => {
    if (!cli) {
      writeCase(
        seedsDir,
        FATAL_CASES.flatMap((c, i) => c.entries.map((e) => prefix(i, e))),
      );
      cli = runCli(['--seeds', seedsDir, '--out', outDir]);
    }
    return cli;
  };

  it('the CLI exits 1, writes nothing and prints no stack trace', () => {
    const run = runFatalCli();
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).toMatch(
      /error: \d+ page\(s\) cannot be parsed, \d+ sidecar\(s\) cannot be used; nothing was written/,
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each(FATAL_CASES.map((c, i) => [c.name, i, c] as const))('the CLI names the file for %s', (_n, i, c) => {
    if (c.outcome !== 'fatal') throw new Error('table error');
    const lines = runFatalCli().stderr.split('\n');
    for (const e of c.errors) {
      const sidecar = e.file.endsWith('.meta.json');
      const head = `error: ${path.join(seedsDir, prefix(i, { name: e.file, bytes: new Uint8Array() }).name)}: ${sidecar ? '' : 'cannot be parsed: '}`;
      const line = lines.find((l) => l.startsWith(head));
      expect(line, `stderr line for ${e.file}`).toBeDefined();
      expect(line!.slice(head.length)).toMatch(e.reason);
    }
  });
});

describe('bad pages that build: nothing lost, every skip reported', () => {
  it.each(BUILD_CASES)('$name', async (c) => {
    if (c.outcome !== 'builds') throw new Error('table error');
    const { result, seeds } = await buildCase(c);
    if (!result.ok) throw new Error(`expected a build, got ${JSON.stringify(result.errors)}`);
    const { dataset, texts } = result;
    const textOf = new Map(texts.map((t) => [t.id, t.text]));

    // Every page in the folder: each article's text is verbatim at its offset in the decoded page, and
    // every article the parser finds is in the dataset unless a warning says it was a repeat.
    for (const p of dataset.pages) {
      const decoded = decodePage(seeds.get(p.file)!);
      if (!decoded.ok) throw new Error(decoded.reason);
      const mine = dataset.articles.filter((a) => a.file === p.file);
      expect(mine.map((a) => a.id)).toEqual(p.articleIds);
      for (const a of mine) {
        expect(decoded.text.slice(a.pageOffset, a.pageOffset + a.textLength)).toBe(textOf.get(a.id));
      }
      const parsed = parsePage(seeds.get(p.file)!);
      if (!parsed.ok) throw new Error(parsed.reason);
      const repeats = p.warnings.filter((w) => /repeats article \d+ word for word/.test(w.message)).length;
      expect(mine).toHaveLength(parsed.articles.length - repeats);
    }
    const headlinesOf = (file: string) =>
      dataset.articles.filter((a) => a.file === file).map((a) => a.headline);
    expect(headlinesOf(GOOD_FILE)).toEqual(GOOD_HEADLINES);

    for (const expected of c.pages) {
      const p = dataset.pages.find((x) => x.file === expected.file);
      expect(p, expected.file).toBeDefined();
      expect(headlinesOf(expected.file)).toEqual(expect.arrayContaining(expected.headlines ?? []));
      const bodies = p!.articleIds.map((id) => textOf.get(id) ?? '');
      for (const piece of expected.bodyIncludes ?? [])
        expect(
          bodies.some((b) => b.includes(piece)),
          piece,
        ).toBe(true);
      const messages = p!.warnings.map((w) => w.message);
      for (const w of expected.warnings ?? []) expect(messages).toContainEqual(expect.stringMatching(w));
    }
    if (c.noWarning) {
      expect(dataset.pages.flatMap((p) => p.warnings.map((w) => w.message))).not.toContainEqual(
        expect.stringMatching(c.noWarning),
      );
    }
    for (const s of c.skipped ?? []) {
      expect(dataset.skippedFiles).toContainEqual({ file: s.file, reason: expect.stringMatching(s.reason) });
    }
  });
});

describe('decisions for pages that build', () => {
  const buildOne = async (name: string) => {
    const c = BUILD_CASES.find((x) => x.name === name)!;
    const { result, seeds } = await buildCase(c);
    if (!result.ok) throw new Error('expected a build');
    return { ...result, seeds };
  };

  it('dates that do not exist never roll over into the next month', async () => {
    const { dataset } = await buildOne('dates that do not exist');
    const starts = dataset.events.flatMap((e) => (e.date ? [e.date.start] : []));
    for (const rolled of ['2025-03-01', '2025-03-02', '2025-07-01']) expect(starts).not.toContain(rolled);
  });

  it('hundreds of dates all build into dated events within their years', async () => {
    const { dataset } = await buildOne('hundreds of dates');
    const ids = new Set(dataset.pages.find((p) => p.file === 'dates.txt')!.articleIds);
    const events = dataset.events.filter((e) => e.sources.some((s) => ids.has(s.articleId)));
    expect(events.length).toBeGreaterThan(100);
    for (const e of events) expect(e.date?.start).toMatch(/^20(?:0\d|1\d|2[0-4])-0[5-7]-/);
  });

  it('the same page under two names keeps both (distinct ids) and the second is reported', async () => {
    const { dataset, seeds } = await buildOne('the same page under two names');
    const ids = (file: string) => dataset.pages.find((p) => p.file === file)!.articleIds;
    expect(ids('001_copy a.txt')).toHaveLength(1);
    expect(ids('002_copy b.txt')).not.toEqual(ids('001_copy a.txt'));
    const pages = [...seeds].map(([file, bytes]) => {
      const d = decodePage(bytes);
      return { file, text: d.ok ? d.text : '' };
    });
    expect(Object.fromEntries(findDuplicatePages(pages))).toEqual({
      '002_copy b.txt': { line: null, message: expect.stringMatching(/^same content as 001_copy a\.txt/) },
    });
  });

  it('buildDataset puts the "same content as" warning on the second file only', () => {
    const bytes = new TextEncoder().encode('A headline\nA body that appears twice.');
    const result = buildDataset(
      [
        { file: 'b.txt', bytes },
        { file: 'a.txt', bytes },
      ],
      { generatedAt: '2025-01-01T00:00:00.000Z' },
    );
    if (!result.ok) throw new Error('expected a build');
    const warnings = (file: string) =>
      result.dataset.pages.find((p) => p.file === file)!.warnings.map((w) => w.message);
    expect(warnings('a.txt').some((m) => m.startsWith('same content as'))).toBe(false);
    expect(warnings('b.txt')).toContainEqual(expect.stringMatching(/^same content as a\.txt/));
  });
});

describe('the CLI on unexpected failures', () => {
  it.each([
    ['without DEBUG', {}, false],
    ['with DEBUG=1', { DEBUG: '1' }, true],
  ])('an output folder that cannot be written: one error line, exit 1, stack only %s', (_n, env, stack) => {
    const seeds = tempDir('seeds');
    writeCase(seeds, []);
    const out = path.join(tempDir('out'), 'a-file');
    writeFileSync(out, 'not a folder');
    const run = runCli(['--seeds', seeds, '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^error: cannot write the dataset to ${out}: .*(?:EEXIST|ENOTDIR)`, 'm'),
    );
    expect(STACK_FRAME.test(run.stderr)).toBe(stack);
  });
});
