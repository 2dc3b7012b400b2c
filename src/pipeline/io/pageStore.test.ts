/**
 * The page cache on disk: a build in a new process (a fresh BuildCache) after one page changed
 * analyses that page only, builds byte for byte what a build from scratch builds, and never uses an
 * entry that does not check out. Analyses are counted by wrapping analyseArticle, which every page's
 * work goes through (on this thread: one thread here).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mixedFolder } from '../mixedFolderTestKit.ts';
import { decode, encode, openPageStore } from './pageStore.ts';
import { buildFromFolder, type FolderBuildResult } from './buildFromFolder.ts';
import { pipelineVersion } from './pipelineVersion.ts';

const counts = vi.hoisted(() => ({ analyses: 0 }));
vi.mock('../analyseArticle.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../analyseArticle.ts')>();
  return {
    ...real,
    analyseArticle: (...args: Parameters<typeof real.analyseArticle>) => {
      counts.analyses += 1;
      return real.analyseArticle(...args);
    },
  };
});

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENV = { SOURCE_DATE_EPOCH: '1' };

function folderOnDisk(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-store-seeds-'));
  const { seeds, sidecars } = mixedFolder({ seed: 11, pages: 12, people: 8 });
  for (const f of [...seeds, ...sidecars]) writeFileSync(path.join(dir, f.file), f.bytes);
  return dir;
}

/** A build in a "new process": nothing kept in memory, only the store on disk (when given). */
async function build(dir: string, storeDir: string | null) {
  counts.analyses = 0;
  const store = storeDir ? openPageStore(storeDir, 'v1') : null;
  const result = await buildFromFolder(dir, ENV, { store });
  return { result, analyses: counts.analyses, notes: store?.notes ?? [] };
}

const text = (r: FolderBuildResult) => (r.ok ? JSON.stringify([r.dataset, r.texts]) : 'failed');
const articlesOf = (r: FolderBuildResult, file: string) =>
  r.ok ? (r.dataset.pages.find((p) => p.file === file)?.articleIds.length ?? 0) : 0;

afterEach(() => {
  counts.analyses = 0;
});

describe('page store', () => {
  it('analyses only the page that changed, and builds what a build from scratch builds', async () => {
    const dir = folderOnDisk();
    const store = mkdtempSync(path.join(tmpdir(), 'page-store-'));
    const cold = await build(dir, store);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(cold.result.sources).toEqual({
      pages: pages.length,
      fromMemory: 0,
      fromDisk: 0,
      analysed: pages.length,
    });
    expect(cold.analyses).toBeGreaterThan(pages.length);

    const warm = await build(dir, store);
    expect(warm.analyses).toBe(0);
    expect(warm.result.sources).toMatchObject({ fromDisk: pages.length, analysed: 0 });
    expect(text(warm.result)).toBe(text(cold.result));

    const changed = pages[4]!;
    const file = path.join(dir, changed);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\.\n/, '. It rained.\n'));
    const after = await build(dir, store);
    expect(after.result.sources).toMatchObject({ fromDisk: pages.length - 1, analysed: 1 });
    // Exactly the changed page's articles were analysed, and nothing else.
    expect(after.analyses).toBe(articlesOf(after.result, changed));
    expect(after.analyses).toBeGreaterThan(0);
    expect(text(after.result)).toBe(text((await build(dir, null)).result));
    expect(after.notes).toEqual([]);
  }, 60_000);

  it.each([
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 10), /cut short/],
    [
      'one byte changed',
      (b: Buffer) => Buffer.concat([b.subarray(0, -1), Buffer.from([b.at(-1)! ^ 1])]),
      /digest/,
    ],
    ['not an entry', () => Buffer.from('hello'), /no header/],
    ['another header', () => Buffer.from('{"format":"x"}\n'), /not a page cache entry/],
  ])(
    'ignores an entry %s, with a note, and analyses the page again',
    async (_name, damage, note) => {
      const dir = folderOnDisk();
      const store = mkdtempSync(path.join(tmpdir(), 'page-store-'));
      const cold = await build(dir, store);
      const entries = path.join(store, 'v1');
      const first = path.join(entries, readdirSync(entries).sort()[0]!);
      writeFileSync(first, damage(readFileSync(first)));
      const again = await build(dir, store);
      expect(again.result.sources.analysed).toBe(1);
      expect(again.notes).toHaveLength(1);
      expect(again.notes[0]).toMatch(note);
      expect(text(again.result)).toBe(text(cold.result));
    },
    60_000,
  );

  it('checks the version, the key and the shape of what an entry holds', () => {
    const work = { read: { parsed: { ok: false }, capture: null }, analyses: [] } as never;
    const entry = encode(work, 'v1', 'k');
    expect(decode(entry, 'v1', 'k')).toEqual(work);
    expect(decode(entry, 'v2', 'k')).toBe('made by another pipeline version');
    expect(decode(entry, 'v1', 'other')).toBe('made for another page');
    expect(decode(encode({ read: 1 } as never, 'v1', 'k'), 'v1', 'k')).toMatch(/not a page’s work/);
  });
});

describe('pipelineVersion', () => {
  it('is a digest of the pipeline sources: any source changed changes it, a test does not', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'pipeline-version-'));
    for (const part of ['src/pipeline', 'src/shared', 'package-lock.json']) {
      cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    }
    const version = pipelineVersion(copy);
    expect(version).toMatch(/^[0-9a-f]{24}$/);
    expect(pipelineVersion(ROOT)).toBe(version);
    writeFileSync(path.join(copy, 'src/pipeline/cli.test.ts'), '// edited test');
    expect(pipelineVersion(copy)).toBe(version);
    const source = path.join(copy, 'src/pipeline/time/lexicon.ts');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n`);
    expect(pipelineVersion(copy)).not.toBe(version);
    expect(pipelineVersion(path.join(copy, 'nothing-here'))).toBeNull();
  });
});
