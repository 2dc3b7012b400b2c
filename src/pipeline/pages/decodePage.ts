/**
 * Raw page bytes -> normalised text, or the reason the bytes are not a readable text page.
 *
 * Promise: the returned text has no byte-order mark (not at the start, and not in the middle where
 * joining two files leaves one) and only `\n` line breaks (CRLF, lone CR and the Unicode line and
 * paragraph separators become LF); nothing else is changed, so offsets into it are offsets into "the
 * page" for every later stage. Reasons name the line or byte so an editor can find the problem.
 */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decodePage(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, reason: 'UTF-32 text is not supported; save the page as UTF-8' };
  }
  let encoding = 'utf-8';
  let body = bytes;
  if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    body = bytes.subarray(3);
  }
  if (encoding === 'utf-8' && looksLikeUtf16WithoutBom(body)) {
    return {
      ok: false,
      reason: 'looks like UTF-16 text without a byte-order mark; save it as UTF-8 or UTF-16 with BOM',
    };
  }
  let text: string;
  try {
    // fatal: invalid byte sequences are an error, not U+FFFD: we never show text the page does not hold.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { ok: false, reason: notValidReason(encoding, body, bytes.length - body.length) };
  }
  text = normaliseNewlines(text.replace(/\uFEFF/g, ''));
  const control = firstBinaryControl(text);
  if (control) {
    return {
      ok: false,
      reason: `binary data: control character ${control.name} on line ${control.line}`,
    };
  }
  if (isBlank(text)) return { ok: false, reason: 'empty file (only white space or invisible characters)' };
  return { ok: true, text, encoding };
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/** Characters that show nothing: zero-width space, joiners, word joiner, BOM, soft hyphen. */
export const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** True when `text` holds nothing but white space and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** ASCII-range UTF-16 has a NUL in every other byte; real UTF-8 text has none. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512);
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul += 1;
      else oddNul += 1;
    }
  }
  const half = n / 2;
  return Math.max(evenNul, oddNul) > half * 0.6 && Math.min(evenNul, oddNul) < half * 0.1;
}

function notValidReason(encoding: string, body: Uint8Array, skipped: number): string {
  const label = encoding.toUpperCase();
  if (encoding !== 'utf-8') return `not valid ${label} text (an odd byte count or a broken surrogate pair)`;
  const at = firstInvalidUtf8(body);
  if (at >= body.length) return 'not valid UTF-8 text; save the page as UTF-8';
  const byte = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  const line = 1 + body.subarray(0, at).filter((b) => b === 0x0a).length;
  return `binary data or not valid UTF-8 text (byte 0x${byte} at offset ${at + skipped}, line ${line}); save the page as UTF-8`;
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    // Second-byte limits rule out overlong forms, surrogates and code points above U+10FFFF.
    const second = b[i + 1] ?? 0;
    const [lo, hi] =
      c === 0xe0
        ? [0xa0, 0xbf]
        : c === 0xed
          ? [0x80, 0x9f]
          : c === 0xf0
            ? [0x90, 0xbf]
            : c === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (n > 0 && (second < lo || second > hi)) return i;
    for (let k = 2; k <= n; k += 1) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/** C0 control characters other than tab, newline, vertical tab, form feed, carriage return and escape. */
function firstBinaryControl(text: string): { name: string; line: number } | null {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) {
      const line = 1 + (text.slice(0, i).match(/\n/g)?.length ?? 0);
      const name = c === 0 ? 'NUL' : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      return { name, line };
    }
  }
  return null;
}
