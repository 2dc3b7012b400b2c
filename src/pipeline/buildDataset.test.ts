import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const AT = '2025-01-01T00:00:00.000Z';

describe('buildDataset', () => {
  it('reports every page that cannot be read, by file and reason, and builds nothing', () => {
    const result = buildDataset(
      [
        { file: 'b.txt', bytes: enc('') },
        { file: 'a.txt', bytes: enc('Good headline\nBody.') },
        { file: 'c.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
      ],
      { generatedAt: AT },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { file: 'b.txt', reason: 'empty file (0 bytes)' },
        { file: 'c.txt', reason: expect.stringMatching(/binary/) },
      ],
    });
  });

  it('keeps a repeated article once and says so in the page warnings', () => {
    const block = ['Planet', '2 hours ago', '- Planet', 'Same story', 'Same body.'];
    const text = ['Head', 'Body.', ...block, ...block].join('\n');
    const result = buildDataset([{ file: 'p.txt', bytes: enc(text) }], { generatedAt: AT });
    if (!result.ok) throw new Error('expected a build');
    expect(result.dataset.articles).toHaveLength(2);
    expect(result.dataset.pages[0]!.warnings).toContainEqual({
      line: null,
      message: 'article 2 ("Same story") repeats article 1 word for word; kept once',
    });
  });

  it('gives the same article the same id whatever else is in the folder, and pages in name order', () => {
    const page = { file: 'x.txt', bytes: enc('Head\nBody.') };
    const alone = buildDataset([page], { generatedAt: AT });
    const withOther = buildDataset([{ file: 'a.txt', bytes: enc('Other\nText.') }, page], {
      generatedAt: AT,
    });
    if (!alone.ok || !withOther.ok) throw new Error('expected builds');
    expect(withOther.dataset.pages.map((p) => p.file)).toEqual(['a.txt', 'x.txt']);
    expect(withOther.dataset.pages[1]!.articleIds).toEqual(alone.dataset.pages[0]!.articleIds);
  });

  it('gives the same story on two pages two ids (an id names one page capture)', () => {
    const bytes = enc('Head\nBody.');
    const result = buildDataset(
      [
        { file: 'a.txt', bytes },
        { file: 'b.txt', bytes },
      ],
      { generatedAt: AT },
    );
    if (!result.ok) throw new Error('expected a build');
    expect(new Set(result.dataset.articles.map((a) => a.id)).size).toBe(2);
  });
});
