import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../parsePage.ts';
import { htmlFragmentToText } from './readHtml.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const BODY =
  '<p>The harbour board voted on Tuesday to close the old pier for repairs that will take a year.</p>' +
  '<p>Fishermen said the closure would cost them the autumn season, and asked for a temporary dock.</p>' +
  '<p>The board said a floating dock would open beside the pier before the end of the month.</p>';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>Pier closes | Coast News</title>${head}</head><body>${body}</body></html>`;
}

function read(html: string | Uint8Array, file = 'p.html') {
  const r = parsePage(typeof html === 'string' ? enc(html) : html, file);
  if (!r.ok) throw new Error(r.reason);
  const a = r.articles[0]!;
  expect(r.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
  return a;
}

describe('htmlReader', () => {
  it.each([
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-04T09:00:00Z"}</script>',
      '',
      '2021-05-04',
    ],
    [
      'article:published_time meta',
      '<meta property="article:published_time" content="2021-05-03">',
      '',
      '2021-05-03',
    ],
    ['<time> in the article', '', '<time datetime="2021-05-02">May 2</time>', '2021-05-02'],
    ['no clue', '', '<footer>© 2020 Coast News</footer>', null],
  ])('publication day from %s', (_, head, extra, day) => {
    const a = read(page(head, `<article><h1>Pier closes</h1>${extra}${BODY}</article>`));
    expect(a.meta?.publishedOn).toBe(day);
  });

  it('a comment date inside the article is no publication day', () => {
    const a = read(
      page(
        '',
        `<article><h1>Pier closes</h1>${BODY}<div class="comments"><time datetime="2022-01-01">x</time></div></article>`,
      ),
    );
    expect(a.meta?.publishedOn).toBeNull();
  });

  it('body paragraphs are plain text; scripts, handlers and javascript: URLs never come out', () => {
    const a = read(
      page(
        '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/news/pier">',
        `<article><h1>Pier closes</h1><p onclick="alert(1)">Harbour <b>news</b><script>alert(2)</script></p>${BODY}</article>`,
      ),
      'p.html',
    );
    expect(a.text).not.toMatch(/alert|<|onclick/);
    expect(a.text.split('\n\n')[1]).toMatch(/^The harbour board voted/);
    expect(a.meta?.url).toBeNull();
    expect(a.outlet).toBe(null);
  });

  it('canonical URL resolved, outlet from og:site_name, authors from meta', () => {
    const a = read(
      page(
        '<link rel="canonical" href="https://coast.example/pier"><meta property="og:site_name" content="Coast News"><meta name="author" content="Ann Lee">',
        `<article><h1>Pier closes</h1>${BODY}</article>`,
      ),
    );
    expect([a.meta?.url, a.outlet, a.meta?.authors]).toEqual([
      'https://coast.example/pier',
      'Coast News',
      ['Ann Lee'],
    ]);
  });

  it.each([
    ['the only <h1>', '<h1>Pier closes for a year</h1>', 'Pier closes for a year'],
    ['of several <h1>, the one the title holds', '<h1>Sections</h1><h1>Pier closes</h1>', 'Pier closes'],
    [
      'no section-name <h1> when the title holds none: the title',
      '<h1>Sections</h1><h1>About</h1>',
      'Pier closes | Coast News',
    ],
  ])('headline: %s', (_, h1s, headline) => {
    expect(read(page('', `${h1s}<article>${BODY}</article>`)).headline).toBe(headline);
  });

  it.each([
    ['a gzip bomb', gzipSync(Buffer.alloc(60 * 1024 * 1024)), 'bomb.html.gz', /inflates past 50 MB/],
    ['a page with no headline', enc('<html><body></body></html>'), 'empty.html', /no headline/],
    ['a feed with no items', enc('<rss></rss>'), 'f.rss', /feed/],
  ])('%s ends in a clear message', (_, bytes, file, reason) => {
    const r = parsePage(new Uint8Array(bytes), file);
    expect(r.ok ? 'read' : r.reason).toMatch(reason);
  });

  it('50,000 nested tags are refused at once with a clear message', () => {
    const deep = '<div>'.repeat(50_000) + 'deep text' + '</div>'.repeat(50_000);
    const r = parsePage(enc(page('', `<h1>Deep</h1>${deep}`)), 'deep.html');
    expect(r.ok ? 'read' : r.reason).toMatch(/nested 50002 deep/);
  });

  it('a gzipped page and a Latin-1 page declared by meta are decoded', () => {
    const latin = new Uint8Array([
      ...enc('<html><head><meta charset="iso-8859-1"><title>Caf'),
      0xe9,
      ...enc(`</title></head><body><h1>Caf`),
      0xe9,
      ...enc(`</h1>${BODY}</body></html>`),
    ]);
    expect(read(latin).headline).toBe('Café');
    expect(
      read(new Uint8Array(gzipSync(enc(page('', `<h1>Pier closes</h1>${BODY}`)))), 'p.html.gz').headline,
    ).toBe('Pier closes | Coast News'.split(' |')[0]);
  });

  it('htmlFragmentToText: one paragraph per block, entities decoded', () => {
    expect(htmlFragmentToText('<p>A &amp; B</p><div>C<br>D</div><script>x</script>')).toBe('A & B\n\nC\n\nD');
  });
});
