import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Page } from '../../shared/schema.ts';
import {
  mergeDuplicateArticles,
  MIN_MATCHED_BODY,
  normaliseBody,
  normaliseUrl,
} from './mergeDuplicateArticles.ts';
import { makeArticle } from '../../vite/pagesTestKit.ts';

const LONG =
  'The ministers met in Vienna on July 3, 2025 and agreed to resume the talks next month in Geneva, officials from both sides said.';

function article(id: string, file: string, over: Partial<ArticleSummary> & { text?: string } = {}) {
  const { text = `${id} has a body of its own.`, ...rest } = over;
  const summary = makeArticle({
    id,
    file,
    outlet: null,
    copyrightYear: null,
    headline: `Headline ${id}`,
    textLength: text.length,
    ...rest,
  });
  return { summary, text };
}

function run(list: ReturnType<typeof article>[]) {
  const files = [...new Set(list.map((a) => a.summary.file))];
  const pages: Page[] = files.map((file) => ({
    file,
    format: 'html',
    digest: '0'.repeat(64),
    articleIds: list.filter((a) => a.summary.file === file).map((a) => a.summary.id),
    warnings: [],
    capturedOn: null,
    evidence: [],
  }));
  return mergeDuplicateArticles({
    pages,
    articles: list.map((a) => a.summary),
    texts: list.map((a) => ({ id: a.summary.id, text: a.text })),
    inputs: list.map((a) => ({ id: a.summary.id })),
  });
}

describe('normaliseUrl', () => {
  it.each([
    ['https://www.News.example/a/b/', 'news.example/a/b'],
    ['http://news.example/a/b#comments', 'news.example/a/b'],
    ['https://news.example/a?utm_source=rss&id=7&fbclid=x', 'news.example/a?id=7'],
    ['https://news.example/a?b=2&a=1', 'news.example/a?a=1&b=2'],
    ['https://news.example/', 'news.example/'],
    ['not a url', null],
  ])('%s -> %s', (raw, key) => expect(normaliseUrl(raw)).toBe(key));
});

describe('normaliseBody', () => {
  it.each([
    ['Talks — resumed!\n\nIn  Vienna.', 'talks resumed in vienna'],
    ['ＡＢＣ 123', 'abc 123'],
    ['“Quoted,” he said.', 'quoted he said'],
  ])('%j -> %j', (text, body) => expect(normaliseBody(text)).toBe(body));
});

describe('mergeDuplicateArticles', () => {
  it.each([
    {
      name: 'a web page and a feed item at the same address (the longer text is kept)',
      list: [
        article('feed1', 'wire.rss', {
          url: 'https://news.example/a?utm_medium=rss',
          text: 'Short summary.',
        }),
        article('page1', 'story.html', { url: 'https://www.news.example/a/', text: LONG }),
      ],
      kept: ['page1'],
      copies: { page1: [{ file: 'wire.rss', sameBy: 'url' }] },
    },
    {
      name: 'the same body saved twice under other addresses',
      list: [
        article('a1', 'a.html', { url: 'https://one.example/x', text: LONG }),
        article('b1', 'b.html', {
          url: 'https://two.example/y',
          text: LONG.toUpperCase().replaceAll(',', ';'),
        }),
      ],
      kept: ['a1'],
      copies: { a1: [{ file: 'b.html', sameBy: 'text' }] },
    },
    {
      name: 'three captures: one by address, one by text',
      list: [
        article('a1', 'a.html', { url: 'https://one.example/x', text: LONG }),
        article('b1', 'b.rss', { url: 'https://one.example/x', text: 'Teaser.' }),
        article('c1', 'c.txt', { text: LONG }),
      ],
      kept: ['a1'],
      copies: {
        a1: [
          { file: 'b.rss', sameBy: 'url' },
          { file: 'c.txt', sameBy: 'text' },
        ],
      },
    },
    {
      name: 'short equal bodies are not matched',
      list: [article('a1', 'a.txt', { text: 'Same.' }), article('b1', 'b.txt', { text: 'Same.' })],
      kept: ['a1', 'b1'],
      copies: {},
    },
    {
      name: 'different articles on the same site are not matched',
      list: [
        article('a1', 'a.html', { url: 'https://one.example/x', text: LONG }),
        article('b1', 'b.html', { url: 'https://one.example/y', text: `${LONG} And more.` }),
      ],
      kept: ['a1', 'b1'],
      copies: {},
    },
  ])('$name', ({ list, kept, copies }) => {
    const merged = run(list);
    expect(merged.articles.map((a) => a.id)).toEqual(kept);
    expect(merged.texts.map((t) => t.id)).toEqual(kept);
    expect(merged.inputs.map((t) => t.id)).toEqual(kept);
    for (const a of merged.articles) {
      const want = (copies as Record<string, { file: string; sameBy: string }[]>)[a.id];
      expect(a.copies?.map((c) => ({ file: c.file, sameBy: c.sameBy }))).toEqual(want);
    }
    for (const p of merged.pages) for (const id of p.articleIds) expect(kept).toContain(id);
  });

  it('warns on the page that lost an article, naming where it is listed', () => {
    const merged = run([
      article('a1', 'a.html', { url: 'https://one.example/x', text: LONG }),
      article('b1', 'b.rss', {
        url: 'https://one.example/x',
        text: 'Teaser.',
        headline: 'Teaser title',
        index: 4,
      }),
    ]);
    expect(merged.pages.find((p) => p.file === 'b.rss')).toMatchObject({
      articleIds: [],
      warnings: [
        {
          line: null,
          message:
            '1 article is a copy, listed once under the other capture: article 4 ("Teaser title") is article 0 of a.html (same address)',
        },
      ],
    });
    expect(merged.mergedInto).toEqual(new Map([['b1', 'a1']]));
  });

  it('passes everything through untouched when nothing repeats', () => {
    const list = [article('a1', 'a.html', { text: LONG }), article('b1', 'b.html', { text: `${LONG}!!x` })];
    const input = run(list);
    const again = run(list);
    expect(again.articles).toEqual(input.articles);
    expect(input.articles[0]).toBe(input.articles[0]);
    expect(input.mergedInto.size).toBe(0);
  });

  it('needs MIN_MATCHED_BODY letters and digits to match by text', () => {
    const body = 'x'.repeat(MIN_MATCHED_BODY);
    expect(
      run([article('a', 'a.txt', { text: body }), article('b', 'b.txt', { text: body })]).articles,
    ).toHaveLength(1);
    const short = body.slice(1);
    expect(
      run([article('a', 'a.txt', { text: short }), article('b', 'b.txt', { text: short })]).articles,
    ).toHaveLength(2);
  });
});
