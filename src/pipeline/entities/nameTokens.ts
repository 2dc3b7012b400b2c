import { ORG_WORDS, WEEKDAYS } from './personWords.ts';

/** Word tokens with UTF-16 offsets, and the facts about their position that findPeople needs. */
export type Token = { start: number; end: number; word: string };

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD))
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  return tokens;
}

/**
 * A word shaped like a name: a capital then a lower-case letter, with the usual inner forms ("O'Neill",
 * "McDonald", "DeSantis", "Jean-Claude", "Jong-un", "Zelenskyy"), or an Arabic article prefix ("al-Assad").
 * Acronyms ("NATO", "AI"), words with digits, "US-born" and "Intel-based" (a long lower-case part) are not.
 */
const NAME_PART = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}]*`;
const NAME = new RegExp(
  String.raw`^(?:[A-Z]['’]|Mc|Mac|De|Di|La|Le|Van)?${NAME_PART}(?:['’-](?:${NAME_PART}|\p{Ll}{1,3}))*$`,
  'u',
);
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|ul)-\p{Lu}\p{Ll}+$/u;

export function isNameWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return word.includes('-') && ARTICLE_PREFIX.test(word);
  return c > 57 && NAME.test(word);
}

/** The word without a possessive ending ("Putin's" → "Putin"), with the length removed. */
export function stripPossessive(word: string): { word: string; cut: number } {
  return hasPossessive(word) ? { word: word.slice(0, -2), cut: 2 } : { word, cut: 0 };
}

export function hasPossessive(word: string): boolean {
  const apostrophe = word.charAt(word.length - 2);
  return word.length > 2 && word.endsWith('s') && (apostrophe === "'" || apostrophe === '’');
}

/** True when nothing but opening quotes or brackets stands between a sentence boundary and `start`. */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && ' \t\u00a0"\'‘“(['.includes(text.charAt(i))) i--;
  return i < 0 || '\n.!?:;…'.includes(text.charAt(i));
}

/**
 * Spans of lines written in headline case ("Trump Signs Tax Bill Into Law", "Try Our AI Features"): there a
 * run of capitals says nothing about names. A line counts when at least three quarters of its words of four
 * or more letters are capitalised, and there are at least three.
 */
export function headlineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.length < 160) {
      const long = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
      const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
      if (long.length >= 3 && capitalised / long.length >= 0.75)
        spans.push([lineStart, lineStart + line.length]);
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** Whether an offset falls in one of the sorted, disjoint spans (binary search). */
export function inSpans(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid] ?? [0, 0];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A word that cannot be part of a name: an organisation or place-name head, or a weekday. */
export function isStopWord(word: string): boolean {
  if (ORG_WORDS.has(word) || WEEKDAYS.has(word)) return true;
  return word.includes('-') && word.split('-').some((part) => ORG_WORDS.has(part));
}

export function isLowerInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(word));
}
