import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/pipeline/pages/parsePage.ts';
import { generatePages, makeRng } from './generateCorpus.ts';

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = generatePages({ seed: 7, pages: 12 });
    const b = generatePages({ seed: 7, pages: 12 });
    const c = generatePages({ seed: 8, pages: 12 });
    expect(b).toEqual(a);
    expect(c.map((p) => p.text)).not.toEqual(a.map((p) => p.text));
  });

  it('names pages in file order, uniquely', () => {
    const files = generatePages({ seed: 3, pages: 40 }).map((p) => p.file);
    expect(new Set(files).size).toBe(40);
    expect([...files].sort()).toEqual(files);
  });

  it('writes pages the real parser reads without warnings: a main article and 2-4 related blocks', () => {
    const pages = generatePages({ seed: 1, pages: 60 });
    for (const page of pages) {
      const parsed = parsePage(new TextEncoder().encode(page.text));
      expect(parsed.ok, page.file).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.warnings, page.file).toEqual([]);
      expect(parsed.articles[0]?.role).toBe('main');
      expect(parsed.articles[0]?.copyrightYear).toBeGreaterThan(2000);
      expect(parsed.articles.length, page.file).toBeGreaterThanOrEqual(3);
      expect(parsed.articles.length, page.file).toBeLessThanOrEqual(5);
    }
  });

  it('uses a seeded PRNG in [0, 1)', () => {
    const rng = makeRng(42);
    const values = Array.from({ length: 1000 }, rng);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(makeRng(42)()).toBe(values[0]);
  });
});
