import { isPlaceWord } from './countryLexicon.ts';
import { isNameWord, type Token } from './nameTokens.ts';
import {
  HONORIFICS,
  LEADING_WORDS,
  ORG_WORDS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  TITLE_DEPARTMENTS,
  isRoleHead,
  isRoleModifier,
} from './personWords.ts';
import { isRegionName } from './regionNames.ts';

export type TitleMatch = { start: number; text: string; next: number };

/**
 * The title or role phrase starting at token i, if any: an honorific ("Mr", "Dr."), or role modifiers
 * ending in a role head ("Prime Minister", "Home Secretary", "press secretary", "aide"), optionally with a
 * department ("Secretary of State") or a "for" part ("Minister for Foreign Affairs", "Attorney for the
 * District of Massachusetts"). `next` is the index of the first token after it. Role words match in
 * any case; honorifics only capitalised.
 */
export function matchTitle(text: string, tokens: Token[], i: number): TitleMatch | null {
  const first = tokens[i];
  if (!first) return null;
  if (HONORIFICS.has(first.word)) return honorifics(text, tokens, i, first.start);
  const lowerFirst = first.word.toLowerCase();
  if (!isRoleHead(lowerFirst) && !isRoleModifier(lowerFirst)) return null;
  let lastHead = -1;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || (j > i && prev && text.slice(prev.end, t.start) !== ' ')) break;
    const lower = t.word.toLowerCase();
    const acronym = /^\p{Lu}{2,}/u.test(t.word);
    if (!/^\p{L}/u.test(t.word) || (acronym && !/^(?:CEO|CFO|COO|MP|MEP)$/.test(t.word))) break;
    if (lastHead === j - 1 && HONORIFICS.has(t.word)) {
      // A rank after a role: "Pentagon spokesman Brig. Gen. Pat Ryder".
      return honorifics(text, tokens, j, first.start);
    }
    if (isRoleHead(lower)) {
      lastHead = j;
    } else if (lower === 'of' && lastHead === j - 1) {
      lastHead = ofPart(text, tokens, j, /^\p{Lu}/u.test(tokens[lastHead]?.word ?? '')) ?? lastHead;
      break;
    } else if (t.word === 'for' && lastHead === j - 1) {
      lastHead = forPart(text, tokens, j) ?? lastHead;
      break;
    } else if (!isRoleModifier(lower)) {
      break;
    }
  }
  const head = tokens[lastHead];
  if (!head) return null;
  return { start: first.start, text: text.slice(first.start, head.end), next: lastHead + 1 };
}

/**
 * Honorifics and ranks from token i, one after another ("Dr.", "Brig. Gen.", "Lt. Col."), each with its
 * full stop; the title runs from `start`.
 */
function honorifics(text: string, tokens: Token[], i: number, start: number): TitleMatch {
  let k = i;
  let end = 0;
  for (;;) {
    const t = tokens[k];
    if (!t) break;
    end = t.end + (text.charAt(t.end) === '.' ? 1 : 0);
    const next = tokens[k + 1];
    if (!next || !HONORIFICS.has(next.word) || !/^\.? $/.test(text.slice(t.end, next.start))) break;
    k++;
  }
  return { start, text: text.slice(start, end), next: k + 1 };
}

/**
 * The end of "of the United States", "of Canada", "of State", "of Homeland Security" after a role head (the
 * token index of its last word), or null; `office`: the head is capitalised, so "of" an office the tables
 * do not know, followed by a two-word name, counts too.
 */
function ofPart(text: string, tokens: Token[], of: number, office: boolean): number | null {
  let k = of + 1;
  if (tokens[k]?.word === 'the' && spaced(text, tokens, k)) k++;
  for (let n = 3; n >= 1; n--) {
    const a = tokens[k];
    const b = tokens[k + n - 1];
    if (a && b && spaced(text, tokens, k) && isPlaceWord(text.slice(a.start, b.end))) return k + n - 1;
  }
  let end = k;
  while (tokens[end] && TITLE_DEPARTMENTS.has(tokens[end]?.word ?? '') && spaced(text, tokens, end)) end++;
  if (end > k) return end - 1;
  // An office the tables do not know, after a capitalised head ("Chancellor of the Exchequer Rachel
  // Reeves", "Archbishop of Canterbury Justin Welby"): of three to five capitalised words, the last two
  // are the name. A lower-case role describes ("chairman of the Koalisyon Bantay Kuryente").
  if (!office) return null;
  let words = 0;
  while (words < 6 && isNameWord(tokens[k + words]?.word ?? '') && spaced(text, tokens, k + words)) words++;
  return words >= 3 && words <= 5 ? k + words - 3 : null;
}

/**
 * The end of "for Foreign Affairs", "for the District of Massachusetts", "for Europe" after a role head:
 * words of departments, organisations, places and role modifiers joined by "of", "the" and "and" (the token
 * index of the last content word), or null. The name after it is read by the caller.
 */
function forPart(text: string, tokens: Token[], at: number): number | null {
  let last: number | null = null;
  for (let k = at + 1; k < tokens.length && k <= at + 8 && spaced(text, tokens, k); k++) {
    const w = tokens[k]?.word ?? '';
    if (/^(?:of|the|and)$/.test(w)) continue;
    // "Southern" and "New" open a name ("Southern District", "New York"): they may not end the part.
    if (LEADING_WORDS.has(w)) continue;
    const place = `${tokens[k - 1]?.word ?? ''} ${w}`;
    const fits =
      TITLE_DEPARTMENTS.has(w) ||
      ORG_WORDS.has(w) ||
      isPlaceWord(w) ||
      isRegionName(w) ||
      isRegionName(place) ||
      isPlaceWord(place) ||
      ROLE_MODIFIERS.has(w.toLowerCase());
    if (!fits || !/^\p{Lu}/u.test(w)) break;
    last = k;
  }
  return last;
}

function spaced(text: string, tokens: Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k];
  return !!a && !!b && text.slice(a.end, b.start) === ' ';
}

/**
 * Context around a name that marks a person: a role apposition after it ("Kate O'Neill, advocacy
 * coordinator at", "Yuri Ushakov, his foreign affairs adviser"), ", who", an age (", 68,"), a speech verb after it, or
 * "said"/"according to"/a role and comma before it ("says Casey Rollins", "mayor, Rob Rue").
 */
export function contextCue(text: string, start: number, end: number, possessive: boolean): boolean {
  if (!possessive) {
    const after = text.slice(end, end + 80);
    // ", who", and an age in apposition: "Jane Doe, 68, of Torrance", "Jane Doe (68)".
    if (/^(?:,\s+who\b|,\s+\d{1,3},|\s+\(\d{1,3}\))/.test(after)) return true;
    const verb = /^\s+(\p{Ll}+)/u.exec(after);
    if (verb && SPEECH_VERBS.has(verb[1] ?? '')) return true;
    const apposition = /^,\s+([^,;:!?()"'‘’“”]*)/.exec(after);
    if (apposition) {
      const words = (apposition[1] ?? '').split(/[\s.]+/).slice(0, 8);
      if (words.some((w) => isRoleHead(w.toLowerCase()))) return true;
    }
  }
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:said|says|told|according to)\s+$/.test(before)) return true;
  const role = /([\p{L}-]+),\s+$/u.exec(before);
  return !!role && isRoleHead((role[1] ?? '').toLowerCase());
}

const ORG_AFTER =
  'Inc|Corp|Ltd|shares|stock|executives|employees|board|plant|plants|factory|headquarters|aircraft|jets|' +
  'products|customers|spokesman|spokeswoman|spokesperson|officials|fighters|militants|forces';

/**
 * Capitalised words the text uses the way it uses organisations ("the X", "X shares", "X 787", "X Inc"),
 * collected in one pass: a single word with one of these uses is not taken for a person on speech alone.
 */
export function orgUsedWords(text: string): Set<string> {
  const used = new Set<string>();
  for (const m of text.matchAll(/\b[Tt]he (\p{Lu}[\p{L}-]*)/gu)) used.add(m[1] ?? '');
  const after = new RegExp(`(\\p{Lu}[\\p{L}-]*)(?:['’]s)? (?:\\d|(?:${ORG_AFTER})\\b)`, 'gu');
  for (const m of text.matchAll(after)) used.add(m[1] ?? '');
  return used;
}

const COMPANY_AFTER =
  'Motor|Motors|Company|Co|Corporation|Corp|Inc|Ltd|LLC|Plc|Group|Holdings|Industries|Airlines|Foods|' +
  'Brothers|shares|stock|dealers|dealerships|plants|factories|vehicles|cars|trucks';

/**
 * Capitalised words the text uses as a company's name ("Ford Motor Company", "Ford shares", "Ford's
 * plants" aside): a family name that is also a company ("William Clay Ford Jr" of Ford) counts as the
 * person when bare only with a person's cue.
 */
export function companyUsedWords(text: string): Set<string> {
  const used = new Set<string>();
  const after = new RegExp(`(\\p{Lu}[\\p{L}-]*)(?:['’]s)? (?:${COMPANY_AFTER})\\b`, 'gu');
  for (const m of text.matchAll(after)) used.add(m[1] ?? '');
  return used;
}
