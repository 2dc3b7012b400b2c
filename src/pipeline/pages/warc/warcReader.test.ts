import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SEPARATOR } from '../feeds/joinArticles.ts';
import type { PageFailure } from '../pageFormat.ts';
import type { ParsedPageWithText } from '../pageReader.ts';
import { buildWarc, htmlResponse, httpBlock, recordBytes, simplePage, type TestRecord } from './testWarc.ts';
import { readWarc, warcReader } from './warcReader.ts';

function ok(result: ParsedPageWithText | PageFailure): ParsedPageWithText {
  if (!result.ok) throw new Error(`expected a page, got: ${result.reason}`);
  return result;
}

const request: TestRecord = {
  type: 'request',
  uri: 'https://news.example.org/a',
  block: 'GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n',
};
const image: TestRecord = {
  type: 'response',
  uri: 'https://news.example.org/logo.jpg',
  block: httpBlock(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { 'Content-Type': 'image/jpeg' }),
};
const warcinfo: TestRecord = { type: 'warcinfo', block: 'software: a test\r\n' };
const redirect: TestRecord = {
  type: 'response',
  uri: 'http://news.example.org/',
  block: httpBlock('', { Location: 'https://news.example.org/' }, '301 Moved Permanently'),
};
const pageA = htmlResponse(
  'https://news.example.org/a',
  'Harbour bridge reopens',
  'Body text. The bridge reopened.',
);
const pageB = htmlResponse(
  'https://news.example.org/b',
  'Council votes',
  'Body text. The council voted.',
  '2023-11-30T23:59:59Z',
);
const mixed: TestRecord[] = [warcinfo, request, pageA, image, request, redirect, pageB];

describe('warcReader.accepts', () => {
  it.each([
    ['crawl.warc', '', true],
    ['crawl.WARC.GZ', '', true],
    ['capture.bin', 'WARC/1.0\r\n', true],
    ['capture.bin', 'WARC/1.1\r\n', true],
    ['page.html', '<html>', false],
    ['notes.txt', 'WARC is a format', false],
  ])('%s starting %j -> %s', (name, head, expected) => {
    expect(warcReader.accepts(name, Buffer.from(head))).toBe(expected);
  });
});

describe('readWarc', () => {
  it.each([
    ['plain', false],
    ['gzip, one member per record', true],
  ])('reads each HTML response of a %s archive as one article', (_label, gzip) => {
    const page = ok(readWarc(buildWarc(mixed, gzip)));
    expect(page.format).toBe('warc');
    expect(page.articles.map((a) => a.meta?.url)).toEqual([
      'https://news.example.org/a',
      'https://news.example.org/b',
    ]);
    expect(page.articles.map((a) => a.meta?.publishedOn)).toEqual(['2024-03-05', '2023-11-30']);
    for (const a of page.articles) {
      expect(a.text).toContain('Body text.');
      expect(page.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
    }
    expect(page.text).toContain(`The bridge reopened.${ARTICLE_SEPARATOR}`);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'skipped 5 records that are not HTML pages: 2 request, 1 HTTP 301, 1 image/jpeg, 1 warcinfo',
    ]);
  });

  it('passes the capture day to the HTML reader as the fallback day, with its clue', () => {
    const seen: unknown[] = [];
    ok(
      readWarc(buildWarc([htmlResponse('https://x.example/p', 'T', 'Body text.', '2022-02-28T08:00:00Z')]), {
        readHtml: (html, context) => {
          seen.push(context);
          return { ok: true, headline: 'T', outlet: null, text: html, meta: {}, warnings: [] };
        },
      }),
    );
    expect(seen).toEqual([
      {
        url: 'https://x.example/p',
        fallbackDay: { day: '2022-02-28', clue: 'Captured on 2022-02-28 (WARC-Date of the record).' },
      },
    ]);
  });

  it('names a page the HTML reader cannot read and keeps the others', () => {
    const page = ok(
      readWarc(buildWarc([pageA, pageB]), {
        readHtml: (_html, context) =>
          context.url?.endsWith('/a')
            ? { ok: false, reason: 'no headline' }
            : { ok: true, headline: 'B', outlet: null, text: 'Body text.', meta: {}, warnings: [] },
      }),
    );
    expect(page.articles.map((a) => a.headline)).toEqual(['B']);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'record 1 at byte 0 (https://news.example.org/a): no headline',
    ]);
  });

  it('un-chunks and gunzips a chunked, gzip-encoded payload and honours its charset', () => {
    const html = Buffer.from(simplePage('Caf\u00e9', 'Body text. Caf\u00e9 cr\u00e8me.'), 'latin1');
    const zipped = gzipSync(html);
    const half = Math.floor(zipped.length / 2);
    const chunked = Buffer.concat([
      Buffer.from(`${half.toString(16)}\r\n`),
      zipped.subarray(0, half),
      Buffer.from(`\r\n${(zipped.length - half).toString(16)}\r\n`),
      zipped.subarray(half),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const block = httpBlock(chunked, {
      'Content-Type': 'text/html; charset=iso-8859-1',
      'Transfer-Encoding': 'chunked',
      'Content-Encoding': 'gzip',
    });
    const page = ok(readWarc(buildWarc([{ type: 'response', uri: 'https://x.example/c', block }])));
    expect(page.articles[0]?.text).toContain('Body text. Caf\u00e9 cr\u00e8me.');
    expect(page.warnings).toEqual([]);
  });

  it.each([
    ['a body labelled chunked but stored un-chunked', simplePage('T', 'Body text. Whole.'), [], 'Whole.'],
    [
      'a chunked body with a malformed chunk',
      `${simplePage('T', 'Body text.').length.toString(16)}\r\n${simplePage('T', 'Body text.')}\r\nzz\r\nmore`,
      [
        'record 1 at byte 0 (https://x.example/k): its chunked body has a malformed chunk; read as far as it goes',
      ],
      'Body text.',
    ],
    [
      'a cut-off chunked body',
      `fff\r\n${simplePage('T', 'Body text. Cut here and the rest is missing from the capture.')}`,
      ['record 1 at byte 0 (https://x.example/k): its chunked body is cut off; read as far as it goes'],
      'Cut here',
    ],
  ])('reads %s and says what it did', (_label, body, warnings, kept) => {
    const block = httpBlock(body, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' });
    const page = ok(readWarc(buildWarc([{ type: 'response', uri: 'https://x.example/k', block }])));
    expect(page.articles[0]?.text).toContain(kept);
    expect(page.warnings.map((w) => w.message)).toEqual(warnings);
  });

  it.each([
    ['plain', false],
    ['gzip', true],
  ])('keeps the records before a truncated last record of a %s archive and names it', (_l, gzip) => {
    const whole = buildWarc(mixed.slice(2, 4), gzip);
    const last = gzip ? gzipSync(recordBytes(pageB, 3)) : recordBytes(pageB, 3);
    const bytes = Buffer.concat([whole, last.subarray(0, last.length - 40)]);
    const page = ok(readWarc(bytes));
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.text).toContain('The bridge reopened.');
    const messages = page.warnings.map((w) => w.message).join('\n');
    expect(messages).toContain(`record 3 at byte ${whole.length} is truncated`);
  });

  it('caps a gzip bomb in a payload and keeps the other records', () => {
    const bomb: TestRecord = {
      type: 'response',
      uri: 'https://x.example/bomb',
      block: httpBlock(gzipSync(Buffer.alloc(60e6)), {
        'Content-Type': 'text/html',
        'Content-Encoding': 'gzip',
      }),
    };
    const page = ok(readWarc(buildWarc([bomb, pageA])));
    expect(page.articles.map((a) => a.meta?.url)).toEqual(['https://news.example.org/a']);
    expect(page.warnings.map((w) => w.message)).toEqual([
      'record 1 at byte 0 (https://x.example/bomb): its gzip body inflates to more than 50 MB; not read',
    ]);
  });

  it('skips a .warc.gz member that inflates past the cap and reads the next one', () => {
    const bombRecord = recordBytes({
      type: 'resource',
      contentType: 'text/plain',
      block: Buffer.alloc(60e6),
    });
    const bombMember = gzipSync(bombRecord);
    const bytes = Buffer.concat([bombMember, gzipSync(recordBytes(pageA, 2))]);
    const page = ok(readWarc(bytes));
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.meta?.url).toBe('https://news.example.org/a');
    expect(page.warnings[0]?.message).toBe(
      'the gzip member at byte 0 inflates to more than 50 MB; its record is skipped',
    );
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['<data:text/html,hi>', 'data'],
  ])('keeps no link for the non-http target URI %s, naming only its scheme', (uri, scheme) => {
    const page = ok(readWarc(buildWarc([htmlResponse(uri, 'T', 'Body text.')])));
    expect(page.articles[0]?.meta?.url).toBeNull();
    expect(page.articles[0]?.text).toContain('Body text.');
    expect(page.warnings.map((w) => w.message)).toEqual([
      `record 1 at byte 0: no link kept for its page (its WARC-Target-URI is a "${scheme}" address, not http(s))`,
    ]);
  });

  it('reads a resource record holding HTML (as some archiving tools store pages)', () => {
    const resource: TestRecord = {
      type: 'resource',
      uri: 'https://x.example/r',
      contentType: 'text/html; charset=utf-8',
      block: simplePage('R', 'Body text.'),
    };
    expect(ok(readWarc(buildWarc([resource]))).articles[0]?.text).toContain('Body text.');
  });

  it.each([
    [
      'an archive with no HTML page',
      buildWarc([warcinfo, request, image]),
      'the archive holds no HTML page (3 records: 1 image/jpeg, 1 request, 1 warcinfo)',
    ],
    ['an empty file', Buffer.alloc(0), 'not a WARC file (it is empty)'],
    [
      'an HTML page',
      Buffer.from(simplePage('T', 'Body text.')),
      'not a WARC file (it does not start with a WARC/1.0 or WARC/1.1 line)',
    ],
    [
      'a gzip file that holds no WARC',
      gzipSync(Buffer.from('hello')),
      'not a WARC file (it does not start with a WARC/1.0 or WARC/1.1 line)',
    ],
  ])('fails on %s with the reason', (_label, bytes, reason) => {
    expect(readWarc(bytes)).toEqual({ ok: false, reason });
  });
});
