import { describe, expect, it } from 'vitest';
import { decodePage } from './decodePage.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i += 1) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

describe('decodePage', () => {
  it.each([
    ['plain UTF-8', utf8('Head\nBody'), 'Head\nBody'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Head\nBody')]), 'Head\nBody'],
    ['CRLF', utf8('Head\r\nBody\r\n'), 'Head\nBody\n'],
    ['lone CR', utf8('Head\rBody'), 'Head\nBody'],
    ['UTF-16LE with BOM', utf16le('Kyiv – Київ\r\nBody'), 'Kyiv – Київ\nBody'],
    ['tabs and trailing spaces kept', utf8('Head  \n\tBody '), 'Head  \n\tBody '],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x0a, 0xd8, 0x3d, 0xde, 0x00]), 'H\n😀'],
    ['a BOM in the middle is dropped', utf8('Head\n\uFEFFBody\uFEFF'), 'Head\nBody'],
    ['Unicode line and paragraph separators', utf8('Head\u2028Body\u2029End'), 'Head\nBody\nEnd'],
    [
      'zero-width characters inside text kept',
      utf8('Head\nA\u200Bb \u{1F469}\u200D\u{1F467}'),
      'Head\nA\u200Bb 👩\u200D👧',
    ],
  ])('%s', (_name, bytes, text) => {
    expect(decodePage(bytes)).toMatchObject({ ok: true, text });
  });

  it.each([
    ['empty file', new Uint8Array(), /empty file/],
    ['white space only', utf8(' \n\r\n\t '), /empty file/],
    ['NUL bytes', new Uint8Array([0x48, 0x00, 0x69, 0x0a]), /binary/],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28, 0xff]), /not valid UTF-8/],
    [
      'Latin-1 byte, located',
      utf8('Head\nLe caf\u0000').map((b) => (b === 0 ? 0xe9 : b)),
      /byte 0xE9 at offset 11, line 2/,
    ],
    ['NUL, located', utf8('Head\nBody\n\u0000'), /control character NUL on line 3/],
    [
      'UTF-16 without BOM',
      new Uint8Array([0x48, 0, 0x69, 0, 0x0a, 0, 0x42, 0]),
      /UTF-16 text without a byte-order mark/,
    ],
    ['UTF-32 with BOM', new Uint8Array([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]), /UTF-32/],
    ['only invisible characters', utf8('\u200B\n\u2060 '), /only white space or invisible/],
    [
      'PNG header',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary|not valid/,
    ],
  ])('%s is refused with a reason', (_name, bytes, reason) => {
    const result = decodePage(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
