import type { Meaning, Mention } from './mention.ts';

/** Small helpers the recognisers share. */

export type Build = (
  m: RegExpExecArray,
  text: string,
) => { start?: number; end?: number; meaning: Meaning } | null;

/**
 * Global copies of the recognisers' patterns, made once per source and flags. Keyed by the source
 * string: a regex literal evaluated again is a new object, but its source is the same string, whose
 * hash is computed once.
 */
const globalCopies = new Map<string, { flags: string; re: RegExp }[]>();

function globalCopy(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  let copies = globalCopies.get(source);
  if (!copies) {
    copies = [];
    globalCopies.set(source, copies);
  }
  let copy = copies.find((c) => c.flags === flags);
  if (!copy) {
    copy = { flags, re: new RegExp(source, flags.includes('g') ? flags : `${flags}g`) };
    copies.push(copy);
  }
  return copy.re;
}

/** Every non-overlapping match of `pattern` (made global here) turned into a mention by `build`. */
export function scan(text: string, pattern: RegExp, rule: string, priority: number, build: Build): Mention[] {
  // A shared copy, so not reentrant: `build` must not scan with the same pattern (none does).
  const re = globalCopy(pattern);
  re.lastIndex = 0;
  const out: Mention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const built = build(m, text);
    if (!built) continue;
    out.push({
      start: built.start ?? m.index,
      end: built.end ?? m.index + m[0].length,
      meaning: built.meaning,
      rule,
      priority,
    });
  }
  return out;
}

/** True when the word at `index` starts a sentence, a line, a quotation or a headline. */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/\s+$/, '');
  if (before.length === 0) return index < 4 || /\n\s*$/.test(text.slice(0, index));
  return /[.!?:"'“‘(\n—–-]$/.test(before) || /\n\s*$/.test(text.slice(Math.max(0, index - 4), index));
}

/** The word just before `index` (letters, digits and apostrophes), or ''. */
export function previousWord(text: string, index: number): string {
  const m = /([\p{L}\d'’.-]+)[\s,]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m?.[1] ?? '';
}

/** The word just after `index`, or ''. */
export function nextWord(text: string, index: number): string {
  const m = /^[\s,]*([\p{L}\d'’-]+)/u.exec(text.slice(index, index + 40));
  return m?.[1] ?? '';
}

/** Offset of the named group `name` in a match made with the `d` flag, or the match start. */
export function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
