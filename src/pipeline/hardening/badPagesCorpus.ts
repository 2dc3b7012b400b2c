/**
 * A generated corpus of malformed and hostile seed folders, each beside a good page, with what the build
 * must do for each. Everything is made in code (nothing binary is checked in); `writeCase` lays a case
 * out in a real folder so the folder reader and the CLI see exactly what an editor's disk would hold.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type CorpusEntry =
  | { name: string; bytes: Uint8Array }
  | { name: string; folder: CorpusEntry[] }
  | { name: string; linkTo: string };

/** The build refuses the folder: exactly these files, each with a reason matching its pattern. */
export type Fatal = { outcome: 'fatal'; errors: { file: string; reason: RegExp }[] };

/** The build finishes. Per page: headlines that must be there, warnings that must be (patterns). */
export type Builds = {
  outcome: 'builds';
  pages: { file: string; headlines?: string[]; bodyIncludes?: string[]; warnings?: RegExp[] }[];
  skipped?: { file: string; reason: RegExp }[];
  /** Warnings no page may carry (e.g. the good page must stay clean). */
  noWarning?: RegExp;
};

export type BadPageCase = { name: string; entries: CorpusEntry[] } & (Fatal | Builds);

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function utf16(s: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i += 1) {
    const at = (bom ? 2 : 0) + i * 2;
    const [lo, hi] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
    out[at] = order === 'le' ? lo : hi;
    out[at + 1] = order === 'le' ? hi : lo;
  }
  return out;
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

export const CHROME = ['Hashtags', 'Comments', 'No comments yet...', 'Related Articles'];

export function relatedBlock(outlet: string, headline: string, body: string): string[] {
  return [outlet, '2 hours ago', `- ${outlet}`, headline, body];
}

export const GOOD_FILE = '000_good.txt';
export const GOOD_HEADLINES = ['Leaders meet in Oslo, officials say', 'Storm closes harbour'];
export const GOOD_PAGE = [
  GOOD_HEADLINES[0],
  'The two leaders met on Monday, July 7, 2025 in Oslo.',
  'They agreed to meet again in August.',
  '© Thomson Reuters 2025.',
  ...CHROME,
  '',
  ...relatedBlock(
    'Daily Planet',
    GOOD_HEADLINES[1]!,
    'The harbour was closed on July 6, 2025 after a storm.',
  ),
  '',
].join('\n');

/** A page: headline, body lines, optional related blocks, joined with `nl`. */
export function page(headline: string, body: string[], nl = '\n', related: string[][] = []): string {
  return [headline, ...body, ...(related.length ? CHROME : []), ...related.flat()].join(nl);
}

const DATED = 'The council met in Oslo on March 3, 2025 and agreed a plan.';
const PLAIN = 'the council met again and agreed a plan for the town, and the mayor spoke after that. ';

/** ~5 MB on a single line: plain prose with a dated sentence at each end (see the report on dense dates). */
export function fiveMegabyteLine(): string {
  return `${DATED} ${PLAIN.repeat(Math.ceil(5_000_000 / PLAIN.length))}${DATED}`;
}

export function tenThousandLines(): string {
  const lines = Array.from({ length: 10_000 }, (_, i) =>
    i % 50 === 0
      ? `Line ${i}: the committee met on ${1 + (i % 28)} May 2025 in Paris.`
      : `line ${i} of notes.`,
  );
  return page('A very long page', lines);
}

export function hundredsOfDates(): string {
  const months = ['May', 'June', 'July'];
  const lines = Array.from(
    { length: 300 },
    (_, i) => `The committee met on ${1 + (i % 28)} ${months[i % 3]} ${2000 + (i % 25)}.`,
  );
  return page('Three hundred meetings', [lines.join(' ')]);
}

export const file = (name: string, content: string | Uint8Array): CorpusEntry => ({
  name,
  bytes: typeof content === 'string' ? utf8(content) : content,
});

/** Writes the good page and the case's entries into `dir` (which must exist). */
export function writeCase(dir: string, entries: readonly CorpusEntry[], withGood = true): void {
  if (withGood) writeFileSync(path.join(dir, GOOD_FILE), GOOD_PAGE);
  for (const e of entries) {
    const at = path.join(dir, e.name);
    if ('bytes' in e) writeFileSync(at, e.bytes);
    else if ('folder' in e) {
      mkdirSync(at);
      writeCase(at, e.folder, false);
    } else symlinkSync(e.linkTo, at);
  }
}

export { bytes };
