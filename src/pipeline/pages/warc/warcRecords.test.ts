import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { buildWarc, htmlResponse, httpBlock, recordBytes, type TestRecord } from './testWarc.ts';
import { parseHeaders, splitWarc } from './warcRecords.ts';

const page = htmlResponse('https://a.example/', 'First', 'Body text. One.');
const css: TestRecord = {
  type: 'response',
  uri: 'https://a.example/x.css',
  block: httpBlock('p { color: red }', { 'Content-Type': 'text/css' }),
};
const records: TestRecord[] = [
  { type: 'warcinfo', block: 'software: a test\r\nformat: WARC File Format 1.1\r\n' },
  { type: 'request', uri: 'https://a.example/', block: 'GET / HTTP/1.1\r\nHost: a.example\r\n\r\n' },
  htmlResponse('https://a.example/', 'First', 'Body text. One.'),
  {
    type: 'response',
    uri: 'https://a.example/x.css',
    block: httpBlock('p { color: red }', { 'Content-Type': 'text/css' }),
  },
  { type: 'metadata', uri: 'https://a.example/', block: 'outlinks: https://a.example/x.css\r\n' },
  // an empty block and a block that itself contains CRLFCRLF and a WARC/1.1 line
  { type: 'resource', uri: 'https://a.example/empty', contentType: 'text/plain', block: '' },
  {
    type: 'resource',
    uri: 'https://a.example/t',
    contentType: 'text/plain',
    block: '\r\n\r\nWARC/1.1\r\nfake',
  },
];

async function warcioBoundaries(bytes: Buffer): Promise<{ offset: number; type: string; length: number }[]> {
  const parser = new WARCParser(Readable.from([bytes]));
  const out: { offset: number; type: string; length: number }[] = [];
  for await (const record of parser) {
    await record.skipFully();
    out.push({ offset: parser.offset, type: record.warcType, length: record.warcContentLength });
  }
  return out;
}

describe('splitWarc', () => {
  it.each([
    ['plain', false],
    ['gzip', true],
  ])('finds the same records at the same offsets as warcio (%s)', async (_label, gzip) => {
    const bytes = buildWarc(records, gzip);
    const split = splitWarc(bytes);
    expect(split.problems).toEqual([]);
    const ours = split.records.map((r) => ({
      offset: r.offset,
      type: r.headers.get('warc-type'),
      length: r.block.length,
    }));
    expect(ours).toHaveLength(records.length);
    expect(ours).toEqual(await warcioBoundaries(bytes));
  });

  it('keeps each block byte for byte', () => {
    const split = splitWarc(buildWarc(records));
    expect(split.records.map((r) => Buffer.from(r.block).toString('utf8'))).toEqual(
      records.map((r) => Buffer.from(r.block).toString('utf8')),
    );
  });

  it('reads a .warc.gz written as one gzip member for the whole file', () => {
    const plain = buildWarc(records);
    const split = splitWarc(gzipSync(plain));
    expect(split.records).toHaveLength(records.length);
    expect(split.records.every((r) => r.offset === 0)).toBe(true);
  });

  it('reads gzip members with FNAME, FCOMMENT and FEXTRA fields', () => {
    const member = gzipSync(recordBytes(page));
    const body = member.subarray(10);
    const header = Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3]);
    const extra = Buffer.from([3, 0, 1, 2, 3]);
    const withFields = Buffer.concat([header, extra, Buffer.from('a.warc\0a comment\0'), body]);
    const bytes = Buffer.concat([withFields, gzipSync(recordBytes(css))]);
    const split = splitWarc(bytes);
    expect(split.problems).toEqual([]);
    expect(split.records.map((r) => r.offset)).toEqual([0, withFields.length]);
  });

  it.each([
    [
      'a record whose headers do not end',
      'WARC/1.0\r\nWARC-Type: request\r\nContent-Len',
      'record 2 at byte',
    ],
    [
      'a record with no Content-Length',
      'WARC/1.0\r\nWARC-Type: request\r\n\r\nabc',
      'has no valid Content-Length',
    ],
    ['stray bytes', 'garbage at the end', 'bytes after record 1 are not a WARC record; the rest is ignored'],
  ])('keeps the first record before %s and says so', (_label, tail, message) => {
    const first = recordBytes(page);
    const split = splitWarc(Buffer.concat([first, Buffer.from(tail)]));
    expect(split.records).toHaveLength(1);
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]).toContain(message);
  });

  it('skips a corrupt gzip member and reads on from the next one', () => {
    const first = gzipSync(recordBytes(page));
    const broken = Buffer.from(gzipSync(recordBytes(css)));
    broken.fill(0xff, 10, 30);
    const third = gzipSync(recordBytes(page));
    const split = splitWarc(Buffer.concat([first, broken, third]));
    expect(split.records.map((r) => r.offset)).toEqual([0, first.length + broken.length]);
    expect(split.problems).toHaveLength(1);
    expect(split.problems[0]).toMatch(
      new RegExp(
        `^the gzip member at byte ${first.length} is corrupt \\(.+\\); read on from the next member at byte ${first.length + broken.length}$`,
      ),
    );
  });

  it('says where trailing non-gzip bytes of a .warc.gz start', () => {
    const member = gzipSync(recordBytes(page));
    const split = splitWarc(Buffer.concat([member, Buffer.from('trailing')]));
    expect(split.records).toHaveLength(1);
    expect(split.problems).toEqual([
      `bytes from ${member.length} to ${member.length + 8} are not a gzip member; ignored`,
    ]);
  });
});

describe('parseHeaders', () => {
  it.each([
    ['WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5', 'warc-type', 'response'],
    ['WARC/1.0\r\nwarc-target-uri:   https://a.example/  ', 'warc-target-uri', 'https://a.example/'],
    ['WARC/1.0\r\nX-Long: one\r\n  two', 'x-long', 'one two'],
    ['WARC/1.0\r\nA: first\r\nA: second', 'a', 'first'],
  ])('%j -> %s = %s', (head, name, value) => {
    expect(parseHeaders(head).get(name)).toBe(value);
  });
});
