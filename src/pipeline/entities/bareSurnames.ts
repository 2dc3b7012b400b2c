import type { PersonEvidence, PersonMention } from './findPeople.ts';
import { isPlaceWord } from './countryLexicon.ts';
import { nameKey } from './nameKey.ts';
import {
  inSpans,
  isLowerInitial,
  isNameWord,
  isSentenceInitial,
  isStopWord,
  stripPossessive,
  type Token,
} from './nameTokens.ts';
import { companyUsedWords, orgUsedWords } from './personContext.ts';
import { COMMON_WORDS, HONORIFICS, LEADING_WORDS, MONTHS, SPEECH_VERBS, isRoleHead } from './personWords.ts';

/**
 * Single capitalised words that are surnames the text already knows ("Mr Ushakov said" ... "Ushakov,
 * the Kremlin aide"), including both halves of "Trump-Putin"; a known surname after an unknown given name
 * becomes a full name ("Eric Trump"). Also single words given speech ("Rollins said") with no sign of an
 * organisation ("the X", "X said it", "X shares"). A known surname that is also a country word ("Michael
 * Jordan" ... "Jordan said") is the person only as placeSurname allows.
 */
export function bareSurnames(
  text: string,
  tokens: Token[],
  found: PersonMention[],
  known: Set<string>,
  headlines: [number, number][],
): PersonMention[] {
  const out: PersonMention[] = [];
  let orgWords: Set<string> | null = null;
  let companies: Set<string> | null = null;
  let f = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || isLowerInitial(t.word)) continue;
    while (f < found.length && (found[f]?.end ?? 0) <= t.start) f++;
    const cover = found[f];
    if (cover && cover.start <= t.start && t.start < cover.end) continue;
    const { word, cut } = stripPossessive(t.word);
    const parts =
      word.includes('-') && word.split('-').every((p) => known.has(nameKey(p))) ? word.split('-') : [word];
    let offset = t.start;
    for (const part of parts) {
      const start = offset;
      offset += part.length + 1;
      if (!isNameWord(part) || isStopWord(part) || COMMON_WORDS.has(part)) continue;
      if (isPlaceWord(part) && !(known.has(nameKey(part)) && placeSurname(text, tokens, i, cut, part)))
        continue;
      const next = tokens[i + 1];
      if (parts.length === 1 && next && text.slice(t.end, next.start) === ' ' && isStopWord(next.word))
        continue;
      const end = start + part.length;
      if (known.has(nameKey(part))) {
        companies ??= companyUsedWords(text);
        if (companies.has(part) && !personCue(text, tokens, i, cut)) continue;
        out.push(bare(text, start, end, part, 'known', tokens[i - 1]));
      } else if (parts.length === 1 && !inSpans(headlines, start) && speechOnly(text, tokens, i, cut)) {
        orgWords ??= orgUsedWords(text);
        if (!orgWords.has(part)) out.push(bare(text, start, end, part, 'speech', undefined));
      }
    }
  }
  return out;
}

function bare(
  text: string,
  start: number,
  end: number,
  family: string,
  evidence: PersonEvidence,
  before: Token | undefined,
): PersonMention {
  const given = before ? stripPossessive(before.word).word : '';
  const joinsGiven =
    !!before &&
    text.slice(before.end, start) === ' ' &&
    given === before.word &&
    isNameWord(given) &&
    !isStopWord(given) &&
    !COMMON_WORDS.has(given) &&
    !LEADING_WORDS.has(given) &&
    !MONTHS.has(given) &&
    !isPlaceWord(given) &&
    !isSentenceInitialOnly(text, before);
  if (before && joinsGiven) {
    return {
      start: before.start,
      end,
      text: text.slice(before.start, end),
      given,
      family,
      title: null,
      evidence,
    };
  }
  return { start, end, text: text.slice(start, end), given: null, family, title: null, evidence };
}

function isSentenceInitialOnly(text: string, t: Token): boolean {
  return isSentenceInitial(text, t.start) && COMMON_WORDS.has(t.word);
}

/** "Rollins said", "says Rollins." — but not "Hamas said it". */
function speechOnly(text: string, tokens: Token[], i: number, cut: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t || cut > 0) return false;
  if (next && text.slice(t.end, next.start) === ' ' && SPEECH_VERBS.has(next.word)) {
    return !/^\s+(?:it|its|they|their)\b/.test(text.slice(next.end, next.end + 8));
  }
  return !!prev && /^(?:said|says)$/.test(prev.word) && /^[,.]/.test(text.slice(t.end, t.end + 1));
}

/** A person's cue at a bare word: an honorific or role before it ("Mr Ford", "chairman Ford"), or speech. */
function personCue(text: string, tokens: Token[], i: number, cut: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (prev && t && /^\.? $/.test(text.slice(prev.end, t.start))) {
    if (HONORIFICS.has(prev.word) || isRoleHead(prev.word.toLowerCase())) return true;
  }
  return speechOnly(text, tokens, i, cut);
}

/** Words before a country word that make it the place ("in Jordan", "the king of Jordan"). */
const PLACE_BEFORE = new Set(
  `in of to from into across throughout near via toward towards visit visited visits visiting the
  between inside outside within around through against`.split(/\s+/),
);

/**
 * A bare country word that a person of the text has as surname is that person when a person's cue
 * marks it ("Mr Jordan", "Jordan said"), or when no place word comes right before it and the text
 * nowhere uses the word as the place (no "in Jordan", "of Jordan", "visited Jordan").
 */
function placeSurname(text: string, tokens: Token[], i: number, cut: number, word: string): boolean {
  if (personCue(text, tokens, i, cut)) return true;
  const prev = tokens[i - 1];
  if (prev && PLACE_BEFORE.has(prev.word.toLowerCase())) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const placeUse = new RegExp(`\\b(?:${[...PLACE_BEFORE].join('|')}) ${escaped}\\b`, 'i');
  return !placeUse.test(text);
}
