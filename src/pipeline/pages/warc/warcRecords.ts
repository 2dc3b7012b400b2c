import { constants, crc32, inflateRawSync } from 'node:zlib';

/** Most bytes one record (one gzip member, one HTTP payload) may inflate to. */
export const RECORD_INFLATE_LIMIT = 50e6;
/** Most bytes one archive may inflate to in all. */
export const FILE_INFLATE_LIMIT = 200e6;

/** One WARC record: its number (1..), where it starts in the file, its headers and its block. */
export type WarcRecord = {
  number: number;
  /** Byte offset of the record in the file (of its gzip member in a `.warc.gz`). */
  offset: number;
  /** Header names lower-cased; a repeated header keeps its first value. */
  headers: Map<string, string>;
  block: Uint8Array;
};

/** The records of an archive, and what went wrong on the way (each one sentence naming the place). */
export type WarcSplit = { records: WarcRecord[]; problems: string[]; notWarc: string | null };

const CRLFCRLF = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 1 << 16;

/**
 * A `.warc` or `.warc.gz` file -> its records, synchronously. A gzip file is read member by member
 * (usually one record each); a member that inflates past RECORD_INFLATE_LIMIT is skipped with a problem
 * and the next member is found by its gzip header; a cut-off member keeps what inflates. A truncated
 * record ends the archive with a problem naming it; the records before it are kept. `notWarc` is set
 * when the first bytes are not a WARC/1.x record (nothing else is read then). Pure.
 */
export function splitWarc(bytes: Uint8Array): WarcSplit {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isGzip(buf, 0)) return splitPlain(buf, (at) => at, []);
  const { plain, origins, problems } = inflateMembers(buf);
  const originOf = (at: number): number => {
    let lo = 0;
    let hi = origins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((origins[mid]?.plainStart ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return origins[lo]?.fileOffset ?? 0;
  };
  return splitPlain(plain, originOf, problems);
}

type Origin = { plainStart: number; fileOffset: number };

function inflateMembers(buf: Buffer): { plain: Buffer; origins: Origin[]; problems: string[] } {
  const parts: Buffer[] = [];
  const origins: Origin[] = [];
  const problems: string[] = [];
  let plainLength = 0;
  let at = 0;
  while (at < buf.length) {
    if (plainLength > FILE_INFLATE_LIMIT) {
      problems.push(
        `the archive inflates to more than ${mb(FILE_INFLATE_LIMIT)}; the rest from byte ${at} is not read`,
      );
      break;
    }
    const start = gzipBodyStart(buf, at);
    if (start === null) {
      problems.push(`bytes from ${at} to ${buf.length} are not a gzip member; ignored`);
      break;
    }
    const member = inflateMember(buf.subarray(start));
    if (member.kind === 'bomb') {
      problems.push(
        `the gzip member at byte ${at} inflates to more than ${mb(RECORD_INFLATE_LIMIT)}; its record is skipped`,
      );
      const next = nextMember(buf, start);
      if (next === null) break;
      at = next;
      continue;
    }
    if (member.kind === 'broken') {
      const next = nextMember(buf, start);
      const then = next === null ? 'the rest is not read' : `read on from the next member at byte ${next}`;
      problems.push(`the gzip member at byte ${at} is corrupt (${member.why}); ${then}`);
      if (next === null) break;
      at = next;
      continue;
    }
    if (member.kind === 'whole' && !trailerMatches(buf, start + member.compressed, member.data)) {
      // A member cut short inside the file (its deflate data runs on into the next member's bytes) or
      // damaged: what it inflates to is not what was written, so its record is not read.
      const next = nextMember(buf, start);
      const then = next === null ? 'the rest is not read' : `read on from the next member at byte ${next}`;
      problems.push(`the gzip member at byte ${at} is corrupt (its checksum does not match); ${then}`);
      if (next === null) break;
      at = next;
      continue;
    }
    origins.push({ plainStart: plainLength, fileOffset: at });
    parts.push(member.data);
    plainLength += member.data.length;
    if (member.kind === 'cut') break;
    at = start + member.compressed + 8;
  }
  return { plain: Buffer.concat(parts), origins, problems };
}

type Member =
  | { kind: 'whole'; data: Buffer; compressed: number }
  | { kind: 'cut'; data: Buffer }
  | { kind: 'bomb' }
  | { kind: 'broken'; why: string };

function inflateMember(deflated: Buffer): Member {
  const options = { maxOutputLength: RECORD_INFLATE_LIMIT, info: true } as const;
  try {
    const out = inflateRawSync(deflated, options) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    return { kind: 'whole', data: out.buffer, compressed: out.engine.bytesWritten };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'bomb' };
    if (code !== 'Z_BUF_ERROR') return { kind: 'broken', why: (error as Error).message };
  }
  try {
    const data = inflateRawSync(deflated, {
      maxOutputLength: RECORD_INFLATE_LIMIT,
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    return { kind: 'cut', data };
  } catch (error) {
    return { kind: 'broken', why: (error as Error).message };
  }
}

/**
 * Whether the gzip trailer at `at` (CRC-32 and length mod 2^32) is that of `data`. A file that ends
 * where the trailer should be (cut right after the deflate data) keeps what inflated.
 */
function trailerMatches(buf: Buffer, at: number, data: Buffer): boolean {
  if (at + 8 > buf.length) return true;
  return buf.readUInt32LE(at) === crc32(data) && buf.readUInt32LE(at + 4) === data.length % 2 ** 32;
}

function isGzip(buf: Buffer, at: number): boolean {
  return buf[at] === 0x1f && buf[at + 1] === 0x8b && buf[at + 2] === 8;
}

/** Where the deflate data of the gzip member at `at` starts, or null when no member header is there. */
function gzipBodyStart(buf: Buffer, at: number): number | null {
  if (!isGzip(buf, at) || at + 10 > buf.length) return null;
  const flags = buf[at + 3] ?? 0;
  if (flags & 0xe0) return null;
  let p = at + 10;
  if (flags & 4) p += 2 + buf.readUInt16LE(p);
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const end = buf.indexOf(0, p);
    if (end < 0) return null;
    p = end + 1;
  }
  if (flags & 2) p += 2;
  return p <= buf.length ? p : null;
}

/** The next gzip member after a skipped one: a member header whose start inflates to `WARC/`. */
function nextMember(buf: Buffer, from: number): number | null {
  let at = buf.indexOf(Buffer.from([0x1f, 0x8b, 8]), from);
  while (at >= 0) {
    const start = gzipBodyStart(buf, at);
    if (start !== null) {
      try {
        const head = inflateRawSync(buf.subarray(start, start + 256), {
          finishFlush: constants.Z_SYNC_FLUSH,
        });
        if (head.subarray(0, 5).toString('latin1') === 'WARC/') return at;
      } catch {
        // not a member start: keep looking
      }
    }
    at = buf.indexOf(Buffer.from([0x1f, 0x8b, 8]), at + 1);
  }
  return null;
}

function splitPlain(buf: Buffer, originOf: (at: number) => number, problems: string[]): WarcSplit {
  const records: WarcRecord[] = [];
  let at = 0;
  if (!isWarcLine(buf, 0)) {
    const what = buf.length === 0 ? 'it is empty' : 'it does not start with a WARC/1.0 or WARC/1.1 line';
    return { records, problems, notWarc: `not a WARC file (${what})` };
  }
  while (at < buf.length) {
    const number = records.length + 1;
    const place = `record ${number} at byte ${originOf(at)}`;
    const headerEnd = buf.indexOf(CRLFCRLF, at);
    if (headerEnd < 0 || headerEnd - at > MAX_HEADER_BYTES) {
      problems.push(
        `${place} is truncated (its headers do not end within 64 KB); it and anything after are not read`,
      );
      break;
    }
    const headers = parseHeaders(buf.subarray(at, headerEnd).toString('utf8'));
    const length = Number(headers.get('content-length'));
    if (!Number.isInteger(length) || length < 0) {
      problems.push(`${place} has no valid Content-Length; it and anything after are not read`);
      break;
    }
    const blockStart = headerEnd + 4;
    if (blockStart + length > buf.length) {
      problems.push(
        `${place} is truncated (${buf.length - blockStart} of its ${length} bytes are there); not read`,
      );
      break;
    }
    records.push({
      number,
      offset: originOf(at),
      headers,
      block: buf.subarray(blockStart, blockStart + length),
    });
    at = blockStart + length;
    while (at < buf.length && (buf[at] === 0x0d || buf[at] === 0x0a)) at += 1;
    if (at < buf.length && !isWarcLine(buf, at)) {
      const next = findWarcLine(buf, at);
      problems.push(
        `bytes after record ${number} are not a WARC record; ${next < 0 ? 'the rest is ignored' : `skipped to byte ${originOf(next)}`}`,
      );
      if (next < 0) break;
      at = next;
    }
  }
  return { records, problems, notWarc: null };
}

function isWarcLine(buf: Buffer, at: number): boolean {
  return buf.subarray(at, at + 7).toString('latin1') === 'WARC/1.';
}

function findWarcLine(buf: Buffer, from: number): number {
  let at = buf.indexOf('\nWARC/1.', from, 'latin1');
  return at < 0 ? -1 : (at += 1);
}

/** `Name: value` lines after the version line; continuation lines (leading space) join the previous. */
export function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of head.split(/\r?\n/).slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    last = name;
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function mb(n: number): string {
  return `${Math.round(n / 1e6)} MB`;
}
