import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';

/** A .html.gz page inflates to at most this much; past it the file is refused (a gzip bomb). */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

export type DecodedHtml =
  | { ok: true; html: string; encoding: string; clue: string; replaced: number }
  | { ok: false; reason: string };

/**
 * A gzip member -> its bytes, refused when it inflates past `cap` (checked while inflating: a bomb
 * never fills memory), cut short, damaged or not gzip at all.
 */
export function gunzipCapped(
  bytes: Uint8Array,
  cap = MAX_INFLATED_BYTES,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: new Uint8Array(gunzipSync(bytes, { maxOutputLength: cap })) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return {
        ok: false,
        reason: `inflates past ${Math.round(cap / 1024 / 1024)} MB (a gzip bomb or not a single page); not read`,
      };
    }
    // A download cut off, or a file damaged on the way: said so, for the editor to fetch it again.
    if (code === 'Z_BUF_ERROR')
      return { ok: false, reason: 'the gzip file is cut short (it ends before the page does); not read' };
    if (/incorrect (?:data|length) check/.test((error as Error).message))
      return { ok: false, reason: 'the gzip file is damaged (its checksum does not match); not read' };
    return { ok: false, reason: `not a readable gzip file (${(error as Error).message})` };
  }
}

/**
 * Raw HTML bytes -> text, with the charset taken, in this order, from a byte-order mark, a
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB, a detector (chardet), else
 * UTF-8. `clue` says which. Bytes the charset cannot decode become U+FFFD and are counted in
 * `replaced` (the reader warns); an unknown charset label falls back to the detector.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  let encoding: string | null = null;
  let clue = '';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [encoding, clue, body] = ['utf-8', 'byte-order mark', bytes.subarray(3)];
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [encoding, clue, body] = ['utf-16le', 'byte-order mark', bytes.subarray(2)];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [encoding, clue, body] = ['utf-16be', 'byte-order mark', bytes.subarray(2)];
  }
  if (!encoding) {
    const declared = declaredCharset(bytes);
    if (declared && supported(declared)) [encoding, clue] = [declared, 'meta charset'];
  }
  if (!encoding) {
    const detected = chardet.detect(bytes.subarray(0, 64 * 1024));
    if (detected && supported(detected)) [encoding, clue] = [detected.toLowerCase(), 'detected'];
  }
  if (!encoding) [encoding, clue] = ['utf-8', 'default'];
  const html = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  let replaced = 0;
  for (let i = html.indexOf('\uFFFD'); i >= 0; i = html.indexOf('\uFFFD', i + 1)) replaced += 1;
  return { ok: true, html, encoding, clue, replaced };
}

/** The charset a page declares in its first 4 KB (HTML's prescan, simplified), lower-cased. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return normaliseLabel(direct[1]);
  }
  return null;
}

function normaliseLabel(label: string): string {
  const lower = label.toLowerCase();
  // WHATWG: a page that says UTF-16 in a meta tag is in fact ASCII-compatible (else the tag could not be read).
  return lower.startsWith('utf-16') ? 'utf-8' : lower;
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
