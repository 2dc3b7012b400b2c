import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Page } from '../shared/schema.ts';
import { makeArticle } from '../vite/pagesTestKit.ts';
import { fileSummary } from './fileSummary.ts';

const page = (file: string, format: string, articleIds: string[], warnings: string[] = []): Page => ({
  file,
  format,
  digest: '0'.repeat(64),
  articleIds,
  warnings: warnings.map((message) => ({ line: null, message })),
  capturedOn: null,
  evidence: [],
});

const article = (id: string, file: string, over: Partial<ArticleSummary> = {}): ArticleSummary =>
  makeArticle({
    id,
    file,
    outlet: null,
    copyrightYear: null,
    headline: `Headline ${id}`,
    textLength: 10,
    ...over,
  });

describe('fileSummary', () => {
  it.each([
    {
      name: 'a text page with related articles',
      pages: [page('a.txt', 'aggregator-text', ['a0', 'a1'], ['odd line'])],
      articles: [article('a0', 'a.txt'), article('a1', 'a.txt', { role: 'related', index: 1 })],
      skipped: [],
      readers: { 'a.txt': 'text' },
      lines: ['a.txt: text page, 2 articles (1 main, 1 related), 1 warning', '  warning: odd line'],
    },
    {
      name: 'a feed, a web archive and files not read, in name order',
      pages: [page('b.rss', 'feed-rss', ['b0', 'b1']), page('c.warc', 'warc', ['c0'])],
      articles: [article('b0', 'b.rss'), article('b1', 'b.rss', { index: 1 }), article('c0', 'c.warc')],
      skipped: [
        { file: 'a.html.gz', reason: 'not read as a web page: inflates past 50 MB' },
        { file: 'z.docx', reason: 'not a page' },
      ],
      readers: { 'b.rss': 'feed', 'c.warc': 'warc', 'a.html.gz': 'html' },
      lines: [
        'a.html.gz: skipped, not read as a web page: inflates past 50 MB',
        'b.rss: feed, 2 articles, 0 warnings',
        'c.warc: web archive, 1 article, 0 warnings',
        'z.docx: skipped, not a page',
      ],
    },
    {
      name: 'a story as a web page and a feed item',
      pages: [page('a.html', 'html', ['a0']), page('w.rss', 'feed-rss', ['w1'], ['1 article is a copy'])],
      articles: [
        article('a0', 'a.html', {
          headline: 'Talks',
          copies: [{ file: 'w.rss', outlet: null, headline: 'Talks', url: null, sameBy: 'url' }],
        }),
        article('w1', 'w.rss', { index: 1 }),
      ],
      skipped: [],
      readers: { 'a.html': 'html', 'w.rss': 'feed' },
      lines: [
        'a.html: web page, 1 article, 0 warnings',
        '  "Talks" also captured in w.rss (same address)',
        'w.rss: feed, 1 article, 1 duplicate of a.html, 1 warning',
        '  warning: 1 article is a copy',
      ],
    },
  ])('$name', ({ pages, articles, skipped, readers, lines }) => {
    const summary = fileSummary({ pages, articles, skippedFiles: skipped }, new Map(Object.entries(readers)));
    expect(summary).toEqual(lines);
  });
});
