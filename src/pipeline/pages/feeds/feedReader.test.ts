import { describe, expect, it } from 'vitest';
import type { ParsedPageWithText } from '../pageReader.ts';
import { feedReader, readFeed } from './feedReader.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function rss(
  items: string,
  channel = '<title>Harbour Gazette</title><link>https://gazette.example.org/</link>',
) {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}<language>en-GB</language>${items}</channel></rss>`;
}

function read(xml: string): ParsedPageWithText {
  const page = feedReader.read(utf8(xml), 'x.xml');
  if (!page.ok) throw new Error(page.reason);
  return page;
}

function offsetsHold(page: ParsedPageWithText) {
  for (const a of page.articles)
    expect(page.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
}

describe('feedReader: RSS', () => {
  const page = read(
    rss(`<item><title>Ferry timetable changes</title><link>/news/ferry</link>
<pubDate>Thu, 03 Jul 2025 23:30:00 -0400</pubDate><dc:date>2025-07-05T09:00:00Z</dc:date>
<author>desk@gazette.example.org (Mara Quill)</author><dc:creator>Tom Reef</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The ferry will leave at nine.</p><p>Tickets cost more.</p>]]></content:encoded></item>
<item><title>Second story</title><link>https://other.example.net/b</link><source url="https://wire.example.com/rss">Coast Wire</source>
<description>Only a description here.</description></item>`),
  );

  it('reads each item as an article with its metadata', () => {
    expect(page.format).toBe('feed-rss');
    const [first, second] = page.articles;
    expect(first).toMatchObject({
      index: 0,
      role: 'main',
      headline: 'Ferry timetable changes',
      outlet: 'Harbour Gazette',
      text: 'The ferry will leave at nine.\n\nTickets cost more.',
      meta: {
        url: 'https://gazette.example.org/news/ferry',
        publishedOn: '2025-07-03',
        modifiedOn: '2025-07-05',
        authors: ['Mara Quill', 'Tom Reef'],
        language: 'en',
      },
    });
    expect(first?.meta?.publishedOnEvidence).toEqual([
      'The feed item\'s pubDate says "Thu, 03 Jul 2025 23:30:00 -0400": published on 2025-07-03 in the time zone written.',
    ]);
    expect(second).toMatchObject({ outlet: 'Coast Wire', text: 'Only a description here.' });
    expect(second?.meta).toMatchObject({ publishedOn: null, url: 'https://other.example.net/b' });
    expect(page.warnings).toEqual([]);
    offsetsHold(page);
  });
});

describe('feedReader: Atom and JSON Feed', () => {
  it('reads an Atom entry: published, updated, HTML content, alternate link, the feed author', () => {
    const page = read(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Valley Notes</title><link href="https://notes.example.org/"/><id>f</id><updated>2025-07-04T00:00:00Z</updated>
<author><name>Ines Ford</name></author>
<entry><title>Bridge reopens</title><link rel="self" href="https://notes.example.org/1.atom"/><link rel="alternate" href="https://notes.example.org/1"/>
<id>e1</id><published>2025-07-02T08:00:00+02:00</published><updated>2025-07-02T18:00:00+02:00</updated>
<content type="html">&lt;p&gt;The bridge is open again.&lt;/p&gt;</content></entry></feed>`);
    expect(page.format).toBe('feed-atom');
    expect(page.articles[0]).toMatchObject({
      headline: 'Bridge reopens',
      outlet: 'Valley Notes',
      text: 'The bridge is open again.',
      meta: {
        url: 'https://notes.example.org/1',
        publishedOn: '2025-07-02',
        modifiedOn: null,
        authors: ['Ines Ford'],
      },
    });
  });

  it('reads a JSON Feed item', () => {
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Plain Post',
      home_page_url: 'https://post.example.org/',
      language: 'de-AT',
      items: [
        {
          id: '1',
          url: '/p/1',
          title: 'Market day',
          content_text: 'Stalls open at eight.\n\nBring cash.',
          date_published: '2025-06-30T07:00:00+02:00',
          date_modified: '2025-07-01T07:00:00+02:00',
          authors: [{ name: 'Ola Berg' }],
        },
      ],
    };
    const page = read(JSON.stringify(json));
    expect(page.format).toBe('feed-json');
    expect(page.articles[0]).toMatchObject({
      headline: 'Market day',
      text: 'Stalls open at eight.\n\nBring cash.',
      meta: {
        url: 'https://post.example.org/p/1',
        publishedOn: '2025-06-30',
        modifiedOn: '2025-07-01',
        authors: ['Ola Berg'],
        language: 'de',
      },
    });
  });
});

describe('feedReader: hostile and odd feeds', () => {
  it.each([
    ['javascript:', 'javascript:alert(1)', /its link is a "javascript" address, not http\(s\)/],
    ['data:', 'data:text/html,hi', /its link is a "data" address, not http\(s\)/],
  ])('drops a %s link with a warning naming the item', (_name, link, why) => {
    const page = read(
      rss(`<item><title>Bad link</title><link>${link}</link><description>Body.</description></item>`),
    );
    expect(page.articles[0]?.meta?.url).toBeNull();
    expect(page.warnings[0]?.message).toMatch(/^item 1 \("Bad link"\): its link/);
    expect(page.warnings[0]?.message).toMatch(why);
    expect(page.warnings[0]?.message).not.toContain(link);
  });

  it('keeps only the text of content with script, handlers and a hostile title', () => {
    const page = read(
      rss(`<item><title>&lt;script&gt;alert(1)&lt;/script&gt;Safe title</title><link>https://a.example.org/x</link>
<content:encoded><![CDATA[<p>Visible words.</p><script>steal()</script><img src=x onerror="steal()"><style>p{}</style>]]></content:encoded></item>`),
    );
    const [a] = page.articles;
    expect(a?.headline).toBe('Safe title');
    expect(a?.text).toBe('Visible words.');
    expect(page.text).not.toMatch(/steal|<|onerror/);
  });

  it('names an empty item and an untitled one, and keeps the places of the others', () => {
    const page = read(
      rss(
        `<item><title>One</title></item><item></item><item><description>No title but words to show.</description></item>`,
      ),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['One', 'No title but words to show.']);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'item 2 has no title and no text; not kept as an article',
      'item 3 has no title; its headline is the start of its text',
    ]);
  });

  it('reads 10,000 items, all of them, quickly, with ten named bad links and a count', () => {
    let items = '';
    for (let i = 0; i < 10_000; i += 1) {
      items += `<item><title>Story ${i}</title><link>javascript:void(${i})</link><pubDate>Sat, 05 Jul 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>Body of story ${i}.</p>]]></description></item>`;
    }
    const started = performance.now();
    const page = read(rss(items));
    const ms = performance.now() - started;
    expect(page.articles).toHaveLength(10_000);
    expect(page.articles[9_999]?.text).toBe('Body of story 9999.');
    expect(page.warnings).toHaveLength(11);
    expect(page.warnings[10]?.message).toBe('and 9,990 more items whose link was not kept');
    offsetsHold(page);
    expect(ms).toBeLessThan(10_000);
  });

  it('does not expand entities a DOCTYPE defines', () => {
    const laughs =
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const page = read(
      `<?xml version="1.0"?>${laughs}<rss version="2.0"><channel><title>T</title><item><title>Laughs</title><description>&c;</description></item></channel></rss>`,
    );
    expect(page.text.length).toBeLessThan(20);
  });

  it('reads a feed in a declared legacy encoding', () => {
    const bytes = Uint8Array.from([
      ...utf8(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title><item><title>Caf',
      ),
      0xe9,
      ...utf8('</title></item></channel></rss>'),
    ]);
    const page = feedReader.read(bytes, 'latin.rss');
    expect(page.ok && page.articles[0]?.headline).toBe('Café');
  });

  it.each([
    ['malformed XML', rss('<item><title>Cut</item>'), /the feed's XML is malformed \(.*title/],
    ['an HTML page', '<html><body>hi</body></html>', /not an RSS, RDF or Atom feed/],
    ['invalid JSON', '{"version": ', /not valid JSON/],
    ['JSON that is not a feed', '{"a": 1}', /not a JSON Feed/],
    ['a feed without items', rss(''), /no items/],
    ['an empty file', '', /empty file/],
  ])('fails %s with a clear reason', (_name, text, reason) => {
    const page = readFeed(utf8(text));
    expect(page.ok).toBe(false);
    if (!page.ok) expect(page.reason).toMatch(reason);
  });

  it('reads titles and bodies through the injected HTML reader', () => {
    const page = readFeed(
      utf8(rss('<item><title>A &amp;amp; B</title><description>&lt;p&gt;x&lt;/p&gt;</description></item>')),
      {
        fragmentToText: (html) => `[${html}]`,
      },
    );
    expect(page.ok && page.articles[0]).toMatchObject({ headline: '[A &amp; B]', text: '[<p>x</p>]' });
  });
});

describe('feedReader.accepts', () => {
  it.each([
    ['news.rss', '', true],
    ['news.atom', '', true],
    ['feed.xml', '<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', true],
    ['any.txt', '<feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['x.rdf', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', true],
    ['feed.json', '{"version": "https://jsonfeed.org/version/1.1", "title": "x"}', true],
    ['sitemap.xml', '<?xml version="1.0"?><urlset>', false],
    ['page.meta.json', '{"capturedOn": "2025-07-04"}', false],
    ['page.html', '<!doctype html><html>', false],
    ['page.txt', 'Headline of a page\nBody', false],
  ])('%s -> %s', (name, head, accepted) => {
    expect(feedReader.accepts(name, utf8(head))).toBe(accepted);
  });
});
