import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../buildDataset.ts';
import { readSeedsFolder } from '../io/seedsFolder.ts';
import { GOOD_FILE, GOOD_HEADLINES, writeCase } from './badPagesCorpus.ts';
import { HOSTILE_ARCHIVE_CASES } from './hostileArchiveCases.ts';
import { FORBIDDEN, HOSTILE_CASES, type HostileCase } from './hostileCases.ts';

const AT = '2025-01-01T00:00:00.000Z';

async function build(c: HostileCase) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  writeCase(dir, c.entries);
  const folder = await readSeedsFolder(dir);
  return buildDataset(folder.seeds, {
    generatedAt: AT,
    skippedFiles: folder.skipped,
    sidecars: folder.sidecars,
  });
}

describe('hostile web pages, feeds and archives', () => {
  it.each([...HOSTILE_CASES, ...HOSTILE_ARCHIVE_CASES])('$name', async (c) => {
    const result = await build(c);
    if (!result.ok) throw new Error(`expected a build, got ${JSON.stringify(result.errors)}`);
    const { dataset, texts } = result;
    const headlinesOf = (file: string) =>
      dataset.articles.filter((a) => a.file === file).map((a) => a.headline);
    // The good page beside it still builds, whole.
    expect(headlinesOf(GOOD_FILE)).toEqual(GOOD_HEADLINES);

    if (c.outcome === 'skipped') {
      expect(dataset.pages.map((p) => p.file)).not.toContain(c.file);
      expect(dataset.skippedFiles).toContainEqual({ file: c.file, reason: expect.stringMatching(c.reason) });
    } else {
      const page = dataset.pages.find((p) => p.file === c.file);
      expect(page, c.file).toBeDefined();
      const mine = dataset.articles.filter((a) => a.file === c.file);
      expect(mine.map((a) => a.headline)).toEqual(expect.arrayContaining(c.headlines));
      if (c.articles !== undefined) expect(mine).toHaveLength(c.articles);
      if (c.urls) expect(mine.map((a) => a.url)).toEqual(c.urls);
      const textOf = new Map(texts.map((t) => [t.id, t.text]));
      const bodies = mine.map((a) => textOf.get(a.id) ?? '');
      for (const piece of c.bodyIncludes ?? [])
        expect(
          bodies.some((b) => b.includes(piece)),
          piece,
        ).toBe(true);
      const messages = page!.warnings.map((w) => w.message);
      for (const w of c.warnings ?? []) expect(messages).toContainEqual(expect.stringMatching(w));
    }

    // Only text and checked http(s) addresses reach the dataset and the article texts.
    const published = JSON.stringify({ dataset, texts }).toLowerCase();
    for (const bad of FORBIDDEN) expect(published, bad).not.toContain(bad);
    for (const a of dataset.articles) if (a.url) expect(a.url).toMatch(/^https?:\/\//);
  });
});
