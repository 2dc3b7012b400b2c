import chardet from 'chardet';
import { normaliseNewlines } from '../decodePage.ts';

/**
 * Raw bytes of a feed or an HTML document -> text, and how its encoding was chosen.
 *
 * Order: a byte-order mark; the encoding the transport declared (an HTTP `charset`); the document's own
 * declaration (`<?xml encoding>` for XML, `<meta charset>` / http-equiv in the first 1024 bytes for
 * HTML); UTF-8 when the bytes are valid UTF-8; else the detector's guess (chardet), with a note, else
 * windows-1252. Newlines are normalised (CRLF, CR -> LF) and BOMs removed, as for text pages, so
 * offsets into the result are stable. Pure.
 */
export type DecodedMarkup = { text: string; encoding: string; note: string | null };

export function decodeMarkup(
  bytes: Uint8Array,
  kind: 'xml' | 'html',
  declared: string | null = null,
): DecodedMarkup {
  const bom = bomEncoding(bytes);
  if (bom) return finish(decodeWith(bom.encoding, bytes.subarray(bom.length)) ?? '', bom.encoding, null);
  const head = latin1(bytes.subarray(0, 1024));
  const labels = [declared, kind === 'xml' ? xmlDeclaration(head) : metaCharset(head)];
  for (const label of labels) {
    if (!label) continue;
    const text = decodeWith(label, bytes);
    if (text !== null) return finish(text, label.toLowerCase(), null);
  }
  const utf8 = decodeWith('utf-8', bytes, true);
  if (utf8 !== null) return finish(utf8, 'utf-8', null);
  const guess = chardet.detect(bytes.subarray(0, 65536));
  const guessed = guess ? decodeWith(guess, bytes) : null;
  if (guess && guessed !== null) {
    return finish(
      guessed,
      guess.toLowerCase(),
      `no encoding declared and not UTF-8; read as ${guess} (detected)`,
    );
  }
  return finish(
    decodeWith('windows-1252', bytes) ?? '',
    'windows-1252',
    'no encoding declared and not UTF-8; read as windows-1252',
  );
}

function finish(text: string, encoding: string, note: string | null): DecodedMarkup {
  return { text: normaliseNewlines(text.replace(/\uFEFF/g, '')), encoding, note };
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The text, or null when the label is unknown (or, with `fatal`, the bytes are not valid in it). */
function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | null {
  try {
    return new TextDecoder(label.trim(), { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Bytes as Latin-1 text, enough to read an ASCII declaration. */
export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function xmlDeclaration(head: string): string | null {
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
}

function metaCharset(head: string): string | null {
  return (
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head)?.[1] ??
    null
  );
}
