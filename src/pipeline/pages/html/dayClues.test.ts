import { describe, expect, it } from 'vitest';
import { fromJsonLd, fromMeta, fromTime, fromUrl, PUBLISHED_META } from './dayClues.ts';
import { parseDocument } from './dom.ts';

const doc = (head: string, body: string) =>
  parseDocument(
    `<!doctype html><html><head><title>Pier closes | Coast News</title>${head}</head><body>${body}</body></html>`,
  );

describe('fromJsonLd', () => {
  it.each([
    [
      'a NewsArticle',
      [{ '@type': 'NewsArticle', datePublished: '2023-11-08T20:09:55-05:00' }],
      ['2023-11-08'],
      [],
    ],
    [
      'an article inside @graph, beside a WebPage with its own date',
      [
        {
          '@graph': [
            { '@type': 'WebPage', datePublished: '2019-01-01' },
            { '@type': 'BlogPosting', datePublished: '2023-11-08', dateModified: '2023-11-10' },
          ],
        },
      ],
      ['2023-11-08'],
      ['2023-11-10'],
    ],
    [
      'a type list',
      [{ '@type': ['Thing', 'Article'], datePublished: 'November 8, 2023' }],
      ['2023-11-08'],
      [],
    ],
    ['no article node', [{ '@type': 'Organization', datePublished: '2023-11-08' }], [], []],
    ['an unreadable date', [{ '@type': 'Article', datePublished: '08/11/2023' }], [], []],
  ])('%s', (_, items, published, modified) => {
    const r = fromJsonLd(items);
    expect([r.published.map((c) => c.day), r.modified.map((c) => c.day)]).toEqual([published, modified]);
  });

  it('keeps the time of day and the offset: Z is offset 0', () => {
    const [c] = fromJsonLd([{ '@type': 'NewsArticle', datePublished: '2023-11-09T01:09:55Z' }]).published;
    expect([c?.day, c?.minutes, c?.offset]).toEqual(['2023-11-09', 69, 0]);
  });
});

describe('fromMeta', () => {
  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2023-11-08T20:09:55-05:00">',
      ['2023-11-08'],
    ],
    [
      'names in the order of the list, not of the page',
      '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2023-11-08">',
      ['2023-11-08', '2020-01-01'],
    ],
    [
      'the first tag of a name counts',
      '<meta name="pubdate" content="2023-11-08"><meta name="pubdate" content="2023-11-09">',
      ['2023-11-08'],
    ],
    ['itemprop meta', '<meta itemprop="datePublished" content="2023-11-08">', ['2023-11-08']],
    ['a name not in the list', '<meta name="generator" content="2023-11-08">', []],
  ])('%s', (_, head, days) => {
    expect(fromMeta(doc(head, ''), PUBLISHED_META).map((c) => c.day)).toEqual(days);
  });

  it('offset -05:00 is -300 minutes, 20:09 is 1209', () => {
    const [c] = fromMeta(
      doc('<meta property="article:published_time" content="2023-11-08T20:09:55-05:00">', ''),
      PUBLISHED_META,
    );
    expect([c?.minutes, c?.offset]).toEqual([1209, -300]);
  });
});

describe('fromTime', () => {
  it.each([
    [
      'a <time> in the article',
      '<article><h1>Pier</h1><time datetime="2023-11-08">Nov 8</time></article>',
      ['2023-11-08'],
    ],
    [
      'a <time> in <main> when no <article>',
      '<main><time datetime="2023-11-08">Nov 8</time></main>',
      ['2023-11-08'],
    ],
    [
      'a <time> in the article footer',
      '<article><p>Text</p><footer><time datetime="2023-11-01">x</time></footer></article>',
      [],
    ],
    [
      'a <time> in the comments',
      '<article><div class="comment-list"><time datetime="2023-11-09">x</time></div></article>',
      [],
    ],
    [
      'a <time> in related links',
      '<article><ul class="related-posts"><li><time datetime="2023-10-01">x</time></li></ul></article>',
      [],
    ],
    ['a <time> in an aside', '<article><aside><time datetime="2023-10-01">x</time></aside></article>', []],
    [
      'a <time> outside the article',
      '<article><p>Text</p></article><div><time datetime="2023-10-01">x</time></div>',
      [],
    ],
    [
      'microdata datePublished outside any article',
      '<div><span itemprop="datePublished" content="2023-11-08">8 Nov</span></div>',
      ['2023-11-08'],
    ],
    [
      'microdata datePublished as text',
      '<div><span itemprop="datePublished">November 8, 2023</span></div>',
      ['2023-11-08'],
    ],
    [
      'microdata of two days (a list of stories): none',
      '<div><span itemprop="datePublished" content="2023-11-08"></span><span itemprop="datePublished" content="2023-11-07"></span></div>',
      [],
    ],
    [
      'microdata in a related block does not count against the page',
      '<div><span itemprop="datePublished" content="2023-11-08"></span></div><div class="related"><span itemprop="datePublished" content="2023-11-07"></span></div>',
      ['2023-11-08'],
    ],
  ])('%s', (_, body, days) => {
    expect(fromTime(doc('', body)).map((c) => c.day)).toEqual(days);
  });
});

describe('fromUrl', () => {
  it.each([
    ['https://coast.example/2020/03/16/pier-closes/', '2020-03-16'],
    ['https://coast.example/news/2020/3/6/pier', '2020-03-06'],
    ['https://coast.example/2020-03-16-pier-closes', '2020-03-16'],
    ['https://coast.example/news/20200316/pier', '2020-03-16'],
    ['https://coast.example/2020/02/30/pier', null],
    ['https://coast.example/2020/03/pier', null],
    ['https://coast.example/pier?date=2020-03-16', null],
    ['not a url', null],
    [null, null],
  ])('%s -> %s', (url, day) => {
    expect(fromUrl(url)?.day ?? null).toBe(day);
  });
});
