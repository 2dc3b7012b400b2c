import { gzipSync } from 'node:zlib';

/** Test helper: one WARC record as the tests write it (never third-party content). */
export type TestRecord = {
  type: string;
  uri?: string;
  date?: string;
  contentType?: string;
  block: Uint8Array | string;
};

/** A record's bytes: WARC/1.1 line, headers, CRLF, block, CRLFCRLF. */
export function recordBytes(r: TestRecord, n = 1): Buffer {
  const block = typeof r.block === 'string' ? Buffer.from(r.block, 'utf8') : Buffer.from(r.block);
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    `WARC-Date: ${r.date ?? '2024-03-05T10:20:30Z'}`,
    ...(r.uri !== undefined ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${r.contentType ?? (r.type === 'response' || r.type === 'request' ? 'application/http; msgtype=' + r.type : 'application/warc-fields')}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** Plain WARC (records back to back) or `.warc.gz` (one gzip member per record). */
export function buildWarc(records: TestRecord[], gzip = false): Buffer {
  return Buffer.concat(
    records.map((r, i) => (gzip ? gzipSync(recordBytes(r, i + 1)) : recordBytes(r, i + 1))),
  );
}

/** An HTTP/1.1 response as a response record's block. */
export function httpBlock(
  body: Uint8Array | string,
  headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' },
  status = '200 OK',
): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), Buffer.from(body)]);
}

/** A page simple enough for any HTML reader: its title, a heading and one paragraph. */
export function simplePage(title: string, body: string): string {
  return `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>`;
}

/** An HTML response record for `uri`. */
export function htmlResponse(uri: string, title: string, body: string, date?: string): TestRecord {
  return { type: 'response', uri, date, block: httpBlock(simplePage(title, body)) };
}
