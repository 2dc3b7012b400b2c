/**
 * Hostile web pages and feeds (web archives: hostileArchiveCases.ts), made in code (the 20 MB page and the gzip bomb are built
 * when the test runs, never checked in). Each case is one file beside the good text page, and says
 * what the build must do with it: read it (with the headline, body pieces, URL and warnings expected)
 * or skip it with a reason naming what is wrong.
 */
import { gzipSync } from 'node:zlib';
import { bytes, file, utf8, type CorpusEntry } from './badPagesCorpus.ts';

export type HostileCase = {
  name: string;
  entries: CorpusEntry[];
  /** The hostile file, by its name in the folder. */
  file: string;
} & (
  | {
      outcome: 'reads';
      headlines: string[];
      bodyIncludes?: string[];
      /** Every article's URL (null: none kept). */
      urls?: (string | null)[];
      warnings?: RegExp[];
      articles?: number;
    }
  | { outcome: 'skipped'; reason: RegExp }
);

const BODY = 'The ministers met in Vienna on July 3, 2025 and agreed to resume the talks next month.';
const SECOND = 'Both sides said the meeting had been useful and that the next round would be in Geneva.';

function webPage(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const article = (title: string, extra = '') =>
  `<article><h1>${title}</h1>${extra}<p>${BODY}</p><p>${SECOND}</p></article>`;

/** `<div>` nested `depth` deep around one paragraph. */
function nested(depth: number): string {
  return `${'<div>'.repeat(depth)}<p>${BODY}</p>${'</div>'.repeat(depth)}`;
}

/** About `megabytes` MB of paragraphs after the article. */
function hugePage(megabytes: number): string {
  const para = `<p>${SECOND} ${BODY}</p>\n`;
  const filler = para.repeat(Math.ceil((megabytes * 1024 * 1024) / para.length));
  return webPage('<title>A very large page</title>', `${article('A very large page')}${filler}`);
}

function rss(
  items: string[],
  channel = '<title>Hostile Wire</title><link>https://wire.example/</link>',
): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>${channel}${items.join('')}</channel></rss>`;
}

const item = (title: string, description: string, link = 'https://wire.example/a') =>
  `<item><title>${title}</title><link>${link}</link><description><![CDATA[${description}]]></description><pubDate>Thu, 03 Jul 2025 10:00:00 GMT</pubDate></item>`;

export const scripted = (title: string): string =>
  webPage(
    `<title>${title}</title><script>alert("head")</script>`,
    article(
      title,
      `<img src="x.png" onerror="alert(1)"><p onclick="steal()" onmouseover="steal()">The talks (${title}) were <a href="javascript:alert(2)">called</a> useful.</p>`,
    ),
  );

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'script in attributes (onerror=, onclick=, javascript: links)',
    file: 'scripted.html',
    entries: [file('scripted.html', scripted('Talks resume in Vienna'))],
    outcome: 'reads',
    headlines: ['Talks resume in Vienna'],
    bodyIncludes: ['The talks (Talks resume in Vienna) were called useful.', BODY],
  },
  {
    name: 'a javascript: canonical and og:url',
    file: 'js-canonical.html',
    entries: [
      file(
        'js-canonical.html',
        webPage(
          '<title>Canonical trap</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)"><meta property="og:title" content="&lt;script&gt;alert(3)&lt;/script&gt;Canonical trap">',
          article('Canonical trap'),
        ),
      ),
    ],
    outcome: 'reads',
    headlines: ['Canonical trap'],
    urls: [null],
  },
  {
    name: 'a data: URL as canonical, og:url, image and link',
    file: 'data-url.html',
    entries: [
      file(
        'data-url.html',
        webPage(
          '<title>Data trap</title><link rel="canonical" href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><meta property="og:url" content="data:text/html;base64,PHNjcmlwdD4=">',
          article(
            'Data trap',
            '<img src="data:image/png;base64,iVBORw0KGgo="><a href="data:text/html,x">x</a>',
          ),
        ),
      ),
    ],
    outcome: 'reads',
    headlines: ['Data trap'],
    urls: [null],
  },
  {
    name: 'iframe, form, style and a tracking pixel',
    file: 'embeds.html',
    entries: [
      file(
        'embeds.html',
        webPage(
          '<title>Embeds everywhere</title><style>body{background:url("javascript:alert(1)")}</style><link rel="canonical" href="https://news.example/embeds">',
          article(
            'Embeds everywhere',
            '<iframe src="https://ads.example/frame" onload="alert(1)"></iframe><form action="javascript:alert(2)"><input name="q" value="onerror=alert(3)"><button>Go</button></form><img src="https://track.example/p.gif?u=1" width="1" height="1" style="display:none">',
          ),
        ),
      ),
    ],
    outcome: 'reads',
    headlines: ['Embeds everywhere'],
    bodyIncludes: [BODY],
    urls: ['https://news.example/embeds'],
  },
  {
    name: '50,000 nested tags',
    file: 'nested.html',
    entries: [file('nested.html', webPage('<title>Deep page</title>', nested(50_000)))],
    outcome: 'skipped',
    reason: /^not read as a web page: tags nested 50\d{3} deep, past the \d+ a page may nest/,
  },
  {
    name: '50,000 nested tags in a feed item',
    file: 'nested.rss',
    entries: [
      file(
        'nested.rss',
        rss([
          item('Deep item', nested(50_000)),
          item('Shallow item', `<p>${BODY}</p>`, 'https://wire.example/b'),
        ]),
      ),
    ],
    outcome: 'reads',
    headlines: ['Deep item', 'Shallow item'],
    bodyIncludes: [BODY],
  },
  {
    name: 'a 20 MB page',
    file: 'huge.html',
    entries: [file('huge.html', hugePage(20))],
    outcome: 'skipped',
    reason: /^not read as a web page: holds 20 MB of markup besides scripts, past the 8 MB a page may hold/,
  },
  {
    name: 'invalid UTF-8 bytes under a utf-8 meta charset',
    file: 'bad-bytes.html',
    entries: [
      file(
        'bad-bytes.html',
        bytes(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken bytes</title></head>',
          '<body><article><h1>Broken bytes</h1><p>Caf',
          [0xe9, 0xff, 0xc3],
          ` au lait.</p><p>${BODY}</p></article></body></html>`,
        ),
      ),
    ],
    outcome: 'reads',
    headlines: ['Broken bytes'],
    bodyIncludes: ['Caf\uFFFD\uFFFD\uFFFD au lait.', BODY],
    warnings: [/3 byte sequence\(s\) are not valid utf-8 \(charset from meta charset\); shown as U\+FFFD/],
  },
  {
    name: 'a lying meta charset (says windows-1251, is UTF-8)',
    file: 'lying.html',
    entries: [
      file(
        'lying.html',
        `<!doctype html><html lang="en"><head><meta charset="windows-1251"><title>Zürich talks</title></head><body>${article('Zürich talks')}</body></html>`,
      ),
    ],
    outcome: 'reads',
    headlines: ['ZГјrich talks'],
    bodyIncludes: [BODY],
  },
  {
    name: 'a meta charset no decoder knows',
    file: 'unknown-charset.html',
    entries: [
      file(
        'unknown-charset.html',
        `<!doctype html><html><head><meta charset="x-evil-7"><title>Odd charset</title></head><body>${article('Odd charset')}</body></html>`,
      ),
    ],
    outcome: 'reads',
    headlines: ['Odd charset'],
    bodyIncludes: [BODY],
  },
  {
    name: 'a gzip bomb (.html.gz inflating past the cap)',
    file: 'bomb.html.gz',
    entries: [{ name: 'bomb.html.gz', bytes: gzipSync(new Uint8Array(60 * 1024 * 1024), { level: 9 }) }],
    outcome: 'skipped',
    reason: /^not read as a web page: inflates past 50 MB \(a gzip bomb or not a single page\); not read/,
  },
  {
    name: 'a feed with 10,000 items',
    file: 'many.rss',
    entries: [
      file(
        'many.rss',
        rss(
          Array.from({ length: 10_000 }, (_, i) =>
            item(`Item ${i}`, `<p>Note ${i} of the wire.</p>`, `https://wire.example/${i}`),
          ),
        ),
      ),
    ],
    outcome: 'reads',
    headlines: ['Item 0', 'Item 9999'],
    articles: 10_000,
  },
  {
    name: 'a feed whose items carry scripts, handlers and javascript:/data: links',
    file: 'scripted.rss',
    entries: [
      file(
        'scripted.rss',
        rss([
          item('Script item', `<script>alert(1)</script><p onclick="x()">${BODY}</p>`, 'javascript:alert(1)'),
          item('Data item', `<img src="x" onerror="alert(2)"><p>${SECOND}</p>`, 'data:text/html,hi'),
        ]),
      ),
    ],
    outcome: 'reads',
    headlines: ['Script item', 'Data item'],
    bodyIncludes: [BODY, SECOND],
    urls: [null, null],
    warnings: [/item 1 \("Script item"\): its link is a "javascript" address, not http\(s\)/],
  },
  {
    name: 'a truncated .html.gz (a download cut off)',
    file: 'cut.html.gz',
    entries: [
      {
        name: 'cut.html.gz',
        bytes: (() => {
          const whole = gzipSync(utf8(webPage('<title>Cut download</title>', article('Cut download'))));
          return whole.subarray(0, Math.floor(whole.length / 2));
        })(),
      },
    ],
    outcome: 'skipped',
    reason: /^not read as a web page: the gzip file is cut short \(it ends before the page does\); not read$/,
  },
];

/** Strings that must never reach the dataset: markup, script handlers and non-http(s) addresses. */
export const FORBIDDEN = ['<script', 'javascript:', 'data:', 'onerror', 'onclick', '<iframe', '<img'];

export { utf8 };
