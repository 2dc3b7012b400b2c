/**
 * Raw page bytes -> normalised text, or the reason the bytes are not a readable text page.
 *
 * Promise: the returned text has no BOM and only `\n` line breaks (CRLF and lone CR become LF); nothing
 * else is changed, so offsets into it are offsets into "the page" for every later stage.
 */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

export function decodePage(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  let text: string;
  try {
    // fatal: invalid byte sequences are an error, not U+FFFD: we never show text the page does not hold.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return { ok: false, reason: `binary data or not valid ${encoding.toUpperCase()} text` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (hasBinaryControls(text)) {
    return { ok: false, reason: 'binary data (control characters such as NUL in the text)' };
  }
  text = normaliseNewlines(text);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)' };
  return { ok: true, text, encoding };
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** C0 control characters other than tab, newline, vertical tab, form feed, carriage return and escape. */
function hasBinaryControls(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) return true;
  }
  return false;
}
