/**
 * Golden file: the two seed pages through the whole pipeline, compared with checked-in JSON that was
 * read line by line when it was written. `npm run golden:update` rewrites it after an intended change;
 * read the diff before committing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../shared/schema.ts';
import { buildDataset } from './buildDataset.ts';
import { readSeedsFolder } from './io/seedsFolder.ts';
import { decodePage } from './pages/decodePage.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLDEN = path.join(import.meta.dirname, '__golden__/seeds.dataset.json');

async function buildSeeds() {
  const { seeds, skipped } = await readSeedsFolder(path.join(ROOT, 'seeds'));
  const result = buildDataset(seeds, { generatedAt: '2025-01-01T00:00:00.000Z', skippedFiles: skipped });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...result, seeds };
}

describe('seeds golden file', () => {
  it('matches the checked-in dataset', async () => {
    const { dataset, texts } = await buildSeeds();
    const golden = {
      dataset,
      // Texts are checked verbatim against the pages below; the golden pins where they start and end.
      textEnds: texts.map((t) => ({ id: t.id, head: t.text.slice(0, 50), tail: t.text.slice(-50) })),
    };
    const json = `${JSON.stringify(golden, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, json);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('gives 2 pages and 8 articles whose texts are verbatim slices of their pages', async () => {
    const { dataset, texts, seeds } = await buildSeeds();
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.pages).toHaveLength(2);
    expect(dataset.articles).toHaveLength(8);
    expect(dataset.articles.filter((a) => a.role === 'main')).toHaveLength(2);
    for (const article of dataset.articles) {
      const seed = seeds.find((s) => s.file === article.file)!;
      const decoded = decodePage(seed.bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      const text = texts.find((t) => t.id === article.id)!.text;
      expect(text.length).toBe(article.textLength);
      expect(decoded.text.slice(article.pageOffset, article.pageOffset + text.length)).toBe(text);
    }
  });

  it('keeps every article id when another page is added', async () => {
    const { seeds } = await buildSeeds();
    const before = buildDataset(seeds, { generatedAt: '2025-01-01T00:00:00.000Z' });
    const extra = { file: '001_new.txt', bytes: new TextEncoder().encode('New headline\nNew body.') };
    const after = buildDataset([...seeds, extra], { generatedAt: '2025-01-01T00:00:00.000Z' });
    if (!before.ok || !after.ok) throw new Error('build failed');
    const afterIds = new Set(after.dataset.articles.map((a) => a.id));
    for (const a of before.dataset.articles) expect(afterIds.has(a.id)).toBe(true);
    expect(after.dataset.inputDigest).not.toBe(before.dataset.inputDigest);
  });
});
