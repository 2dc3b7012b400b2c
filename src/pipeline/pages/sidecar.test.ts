import { describe, expect, it } from 'vitest';
import { buildDataset } from '../buildDataset.ts';
import { applySidecar } from './applySidecar.ts';
import type { ParsedArticle } from './pageFormat.ts';
import { pageNameFor, parseSidecar, sidecarNameFor } from './sidecar.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sidecar names', () => {
  it.each([
    ['p.txt', 'p.meta.json'],
    ['news/SHOUT.TXT', 'news/SHOUT.meta.json'],
    ['story.html', 'story.html.meta.json'],
    ['old/story.htm.gz', 'old/story.htm.gz.meta.json'],
    ['feed.xml', 'feed.xml.meta.json'],
    ['crawl.warc.gz', 'crawl.warc.gz.meta.json'],
  ])('%s has the sidecar %s, and back', (page, sidecar) => {
    expect(sidecarNameFor(page)).toBe(sidecar);
    expect(pageNameFor(sidecar).toLowerCase()).toBe(page.toLowerCase());
  });
});

describe('parseSidecar', () => {
  it.each([
    ['{ "publishedOn": "2024-02-29" }', { publishedOn: '2024-02-29' }],
    ['{ "url": "https://news.example/a?b=1" }', { url: 'https://news.example/a?b=1' }],
    ['{ "url": "HTTP://News.Example/x" }', { url: 'http://news.example/x' }],
    ['{ "outlet": "  Coast   News " }', { outlet: 'Coast News' }],
    ['{ "capturedOn": "2025-07-04", "note": "n" }', { capturedOn: '2025-07-04', note: 'n' }],
  ])('%s is read', (json, sidecar) => {
    expect(parseSidecar(enc(json))).toEqual({ ok: true, sidecar });
  });

  it.each([
    ['{ "publishedOn": "2023-02-29" }', 'sidecar publishedOn 2023-02-29 is not a real day'],
    ['{ "publishedOn": "3 May 2021" }', 'sidecar publishedOn: publishedOn must be yyyy-MM-dd'],
    ['{ "url": "javascript:alert(1)" }', 'sidecar url: url must be an absolute http:// or https:// address'],
    ['{ "url": "/news/a" }', 'sidecar url: url must be an absolute http:// or https:// address'],
    ['{ "url": "data:text/html,hi" }', 'sidecar url: url must be an absolute http:// or https:// address'],
    ['{ "outlet": "   " }', 'sidecar outlet: outlet must be 1 to 200 characters'],
  ])('%s is refused: %s', (json, reason) => {
    expect(parseSidecar(enc(json))).toEqual({ ok: false, reason });
  });

  it.each([
    [
      '{ "publishedDay": "2021-05-04" }',
      'sidecar content: unknown field publishedDay (a sidecar may hold capturedOn, note, publishedOn, url, outlet)',
    ],
    ['[1, 2]', 'sidecar content: a sidecar must be a JSON object'],
    ['{ "outlet": 3 }', 'sidecar outlet: must be a string'],
  ])('%s is refused, said for an editor: %s', (json, reason) => {
    expect(parseSidecar(enc(json))).toEqual({ ok: false, reason });
  });
});

function article(role: 'main' | 'related', publishedOn: string | null): ParsedArticle {
  return {
    index: 0,
    role,
    outlet: 'Page Outlet',
    syndicatedFrom: null,
    headline: 'h',
    ageText: null,
    copyrightYear: null,
    meta: { publishedOn, url: 'https://page.example/a', authors: ['A. Writer'] },
    pageOffset: 0,
    text: 't',
  };
}

describe('applySidecar', () => {
  it('overrides the day, url and outlet of the main article and says where the day came from', () => {
    const sidecar = { publishedOn: '2021-05-01', url: 'https://edit.example/s', outlet: 'Edited' };
    const { articles, warnings } = applySidecar([article('main', '2021-05-04')], sidecar, 'a.html.meta.json');
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      outlet: 'Edited',
      meta: {
        publishedOn: '2021-05-01',
        url: 'https://edit.example/s',
        authors: ['A. Writer'],
        publishedOnEvidence: [
          'Set by the editor: from the sidecar a.html.meta.json.',
          'The page itself gives 2021-05-04.',
        ],
      },
    });
  });

  it('leaves related items alone and keeps fields the sidecar does not give', () => {
    const { articles } = applySidecar(
      [article('main', null), article('related', '2020-01-01')],
      { outlet: 'Edited' },
      'p.meta.json',
    );
    expect(articles.map((a) => [a.outlet, a.meta?.publishedOn, a.meta?.url])).toEqual([
      ['Edited', null, 'https://page.example/a'],
      ['Page Outlet', '2020-01-01', 'https://page.example/a'],
    ]);
  });

  it('a url is not put on every item of a file with several articles', () => {
    const { articles, warnings } = applySidecar(
      [article('main', null), article('main', null)],
      { url: 'https://edit.example/s', publishedOn: '2021-05-01' },
      'f.xml.meta.json',
    );
    expect(articles.map((a) => [a.meta?.url, a.meta?.publishedOn])).toEqual([
      ['https://page.example/a', '2021-05-01'],
      ['https://page.example/a', '2021-05-01'],
    ]);
    expect(warnings).toEqual([
      {
        line: null,
        message: 'the sidecar f.xml.meta.json gives one url but the file holds 2 articles, so it is not used',
      },
    ]);
  });
});

const HTML = `<!doctype html><html lang="en"><head><title>Pier closes | Coast News</title>
<meta property="og:site_name" content="Coast News"><link rel="canonical" href="https://coast.example/pier">
<meta property="article:published_time" content="2021-05-04"></head><body><article><h1>Pier closes</h1>
<p>The harbour board voted on Tuesday to close the old pier for repairs that will take a year.</p>
<p>Fishermen said the closure would cost them the autumn season, and asked for a temporary dock.</p>
</article></body></html>`;

describe('a web page with a sidecar, built', () => {
  const build = (sidecar: string | null, name = 'news/pier.html.meta.json') =>
    buildDataset([{ file: 'news/pier.html', bytes: enc(HTML) }], {
      generatedAt: '2026-01-01T00:00:00.000Z',
      sidecars: sidecar === null ? [] : [{ file: name, bytes: enc(sidecar) }],
    });

  it('without one, the page gives its own day, address and outlet', () => {
    const r = build(null);
    expect(r.ok && r.dataset.articles[0]).toMatchObject({
      publishedOn: '2021-05-04',
      url: 'https://coast.example/pier',
      outlet: 'Coast News',
    });
  });

  it('the sidecar overrides them; the sidecar is no page of its own', () => {
    const r = build(
      '{ "publishedOn": "2021-05-03", "url": "https://archive.example/p", "outlet": "Harbour Daily" }',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.dataset.pages.map((p) => p.file)).toEqual(['news/pier.html']);
    expect(r.dataset.skippedFiles).toEqual([]);
    expect(r.dataset.articles[0]).toMatchObject({
      publishedOn: '2021-05-03',
      url: 'https://archive.example/p',
      outlet: 'Harbour Daily',
    });
    expect(r.dataset.articles[0]?.publishedOnEvidence[0]).toBe(
      'Set by the editor: from the sidecar news/pier.html.meta.json.',
    );
  });

  it.each([
    [
      '{ "publishedOn": "2021-13-01" }',
      'news/pier.html.meta.json',
      /^sidecar publishedOn 2021-13-01 is not a real day$/,
    ],
    ['{ "url": "javascript:alert(1)" }', 'news/pier.html.meta.json', /^sidecar url: url must be an absolute/],
    ['{ "outlet": "X" }', 'news/gone.html.meta.json', /names a page that is not there \(news\/gone\.html\)$/],
  ])('a bad sidecar %s is named with its reason', (json, name, reason) => {
    const r = build(json, name);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([{ file: name, reason: expect.stringMatching(reason) }]);
  });
});
