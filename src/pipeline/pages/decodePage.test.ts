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
  ])('%s', (_name, bytes, text) => {
    expect(decodePage(bytes)).toMatchObject({ ok: true, text });
  });

  it.each([
    ['empty file', new Uint8Array(), /empty file/],
    ['white space only', utf8(' \n\r\n\t '), /empty file/],
    ['NUL bytes', new Uint8Array([0x48, 0x00, 0x69, 0x0a]), /binary/],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28, 0xff]), /not valid UTF-8/],
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
