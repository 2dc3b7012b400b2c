import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { parseHeaders, RECORD_INFLATE_LIMIT } from './warcRecords.ts';

/** An HTTP response as a WARC response record stores it: status, headers (lower-cased), raw body. */
export type HttpResponse = { status: number; headers: Map<string, string>; body: Uint8Array };

/** The block of a response record -> the HTTP response, or null when it is not one. */
export function parseHttpResponse(block: Uint8Array): HttpResponse | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  if (buf.subarray(0, 5).toString('latin1') !== 'HTTP/') return null;
  let end = buf.indexOf('\r\n\r\n', 0, 'latin1');
  let gap = 4;
  if (end < 0) {
    end = buf.indexOf('\n\n', 0, 'latin1');
    gap = 2;
  }
  const head = buf.subarray(0, end < 0 ? buf.length : end).toString('latin1');
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(head)?.[1]);
  if (!Number.isInteger(status)) return null;
  const body = end < 0 ? new Uint8Array(0) : buf.subarray(end + gap);
  return { status, headers: parseHeaders(head), body };
}

/** The media type of a Content-Type value, lower-cased, without parameters. */
export function mediaType(contentType: string | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

export type DecodedBody = { ok: true; bytes: Uint8Array; notes: string[] } | { ok: false; reason: string };

/**
 * An HTTP body as stored -> the document's bytes: un-chunked when Transfer-Encoding says chunked (a body
 * that is not chunked after all is kept as stored, as some crawlers store it un-chunked), then
 * decompressed per Content-Encoding (gzip, deflate, br), never past RECORD_INFLATE_LIMIT.
 */
export function decodeBody(response: HttpResponse): DecodedBody {
  const notes: string[] = [];
  let bytes = Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength);
  if (/chunked/i.test(response.headers.get('transfer-encoding') ?? '')) {
    const unchunked = unchunk(bytes);
    if (unchunked.ok) bytes = unchunked.bytes;
    else if (unchunked.partial) {
      bytes = unchunked.bytes;
      notes.push(
        `its chunked body ${unchunked.cut ? 'is cut off' : 'has a malformed chunk'}; read as far as it goes`,
      );
    }
  }
  const encoding = (response.headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (!encoding || encoding === 'identity') return { ok: true, bytes, notes };
  const options = { maxOutputLength: RECORD_INFLATE_LIMIT };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip')
      return { ok: true, bytes: gunzipSync(bytes, options), notes };
    if (encoding === 'br') return { ok: true, bytes: brotliDecompressSync(bytes, options), notes };
    if (encoding === 'deflate') {
      try {
        return { ok: true, bytes: inflateSync(bytes, options), notes };
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
        return { ok: true, bytes: inflateRawSync(bytes, options), notes };
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      return {
        ok: false,
        reason: `its ${encoding} body inflates to more than ${Math.round(RECORD_INFLATE_LIMIT / 1e6)} MB; not read`,
      };
    }
    return { ok: false, reason: `its ${encoding} body cannot be decompressed (${(error as Error).message})` };
  }
  return { ok: false, reason: `its Content-Encoding "${encoding}" is not one this reader knows` };
}

type Unchunked = { ok: true; bytes: Buffer } | { ok: false; partial: boolean; cut: boolean; bytes: Buffer };

function unchunk(buf: Buffer): Unchunked {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = buf.indexOf('\r\n', at, 'latin1');
    const sizeLine = lineEnd < 0 ? '' : buf.subarray(at, lineEnd).toString('latin1');
    const size = /^[0-9a-f]+/i.exec(sizeLine.trim())?.[0];
    if (size === undefined)
      return { ok: false, partial: parts.length > 0, cut: false, bytes: Buffer.concat(parts) };
    const n = parseInt(size, 16);
    if (n === 0) return { ok: true, bytes: Buffer.concat(parts) };
    const start = lineEnd + 2;
    if (start + n > buf.length) {
      parts.push(buf.subarray(start));
      return { ok: false, partial: true, cut: true, bytes: Buffer.concat(parts) };
    }
    parts.push(buf.subarray(start, start + n));
    at = start + n + 2;
  }
}
