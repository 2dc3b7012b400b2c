import type { Token, TokenRange } from './parseClauses.ts';

/**
 * The noun phrases around a clause's verb group, read from the tags: its subject before it (or the
 * noun phrase the clause opens with, across a parenthetical) and its object after it.
 */

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const NP_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'SYM']);
const RELATIVE = /^(?:that|which|who|whom)$/i;

/** "Martens' late husband": a bare apostrophe after a word in s is a possessive inside the phrase. */
function possessiveMark(t: Token[], i: number): boolean {
  return (
    /^['’]$/.test(t[i]?.text ?? '') &&
    /s$/i.test(t[i - 1]?.text ?? '') &&
    NOMINAL.has(t[i - 1]?.pos ?? '') &&
    NP_PART.has(t[i + 1]?.pos ?? '')
  );
}

/** The noun phrase ending right before the verb group (through "and" and possessives). */
export function subjectBefore(t: Token[], floor: number, verbFrom: number): TokenRange | null {
  let k = verbFrom;
  while (k > floor && /^(?:ADV)$/.test(t[k - 1]!.pos)) k -= 1;
  const to = k;
  while (
    k > floor &&
    (NP_PART.has(t[k - 1]!.pos) ||
      possessiveMark(t, k - 1) ||
      // "Peru and Chile met"; not "on 4 January 2021 and completed" (a number ends a date, no subject).
      (t[k - 1]!.pos === 'CCONJ' &&
        k - 2 >= floor &&
        NOMINAL.has(t[k - 2]!.pos) &&
        t[k - 2]!.pos !== 'NUM') ||
      (t[k - 1]!.text === '.' && t[k - 1]!.pos !== 'PUNCT'))
  ) {
    k -= 1;
  }
  while (k < to && !/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t[k]!.pos)) k += 1;
  // "a deal that will be ...": the antecedent; "the aircraft they intend": the clause's own subject.
  let end = to;
  if (end - k > 1 && RELATIVE.test(t[end - 1]!.text)) end -= 1;
  for (let i = end - 1; i > k; i -= 1) {
    if (RELATIVE.test(t[i]!.text) || (t[i]!.pos === 'PRON' && NOMINAL.has(t[i - 1]!.pos))) {
      k = RELATIVE.test(t[i]!.text) ? i + 1 : i;
      break;
    }
  }
  if (end < to) return k < end ? { from: k, to: end } : null;
  return k < to && t.slice(k, to).some((x) => NOMINAL.has(x.pos)) ? { from: k, to } : null;
}

/**
 * "Boeing's newest aircraft, the 787 "Dreamliner", made ...": with a parenthetical between, the subject
 * is the noun phrase the clause opens with (when no other verb stands before the verb group).
 */
export function appositiveSubject(t: Token[], floor: number, verbFrom: number): TokenRange | null {
  if (t[verbFrom - 1]?.text !== ',' && !/^["”’)]$/.test(t[verbFrom - 1]?.text ?? '')) return null;
  // "The first jet, made by Airbus, was delivered": the verbs allowed are inside the parenthetical.
  const comma = t.findIndex((x, i) => i >= floor && i < verbFrom && x.text === ',');
  const head = comma < 0 ? verbFrom : comma;
  if (t.slice(floor, head).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
  let k = floor;
  while (k < verbFrom && !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t[k]!.pos)) k += 1;
  const from = k;
  while (k < verbFrom && (NP_PART.has(t[k]!.pos) || possessiveMark(t, k))) k += 1;
  return k > from && t.slice(from, k).some((x) => NOMINAL.has(x.pos)) ? { from, to: k } : null;
}

/** The noun phrase right after the verb group, up to a preposition, conjunction or punctuation. */
export function objectAfter(t: Token[], from: number, ceiling: number): TokenRange | null {
  let k = from;
  while (k < ceiling && (NP_PART.has(t[k]!.pos) || t[k]!.pos === 'ADV') && t[k]!.text !== ',') k += 1;
  return k > from && t.slice(from, k).some((x) => NOMINAL.has(x.pos)) ? { from, to: k } : null;
}

/**
 * ", to be released in May": an infinitive after a comma says something of the noun phrase that
 * ends before the comma ("a preview of the new system, to be released"). Null when none ends there.
 */
export function nounPhraseBeforeComma(t: Token[], verbFrom: number): TokenRange | null {
  if (t[verbFrom - 1]?.text !== ',') return null;
  const to = verbFrom - 1;
  let k = to;
  // "the new Lion operating system": an -ing form before a noun is part of the noun phrase.
  const inPhrase = (x: Token, next: Token | undefined) =>
    (NP_PART.has(x.pos) && x.pos !== 'PRON') || (/ing$/.test(x.text) && next?.pos === 'NOUN');
  while (k > 0 && to - k < 10 && inPhrase(t[k - 1]!, t[k])) k -= 1;
  while (k < to && !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t[k]!.pos)) k += 1;
  return k < to && t.slice(k, to).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') ? { from: k, to } : null;
}

/**
 * The adjective a modal verb group predicates ("will be available", "would be "solidly profitable"",
 * "will open" read as an adjective): its index, across quotes and adverbs; -1 when there is none.
 */
export function predicateAdjective(t: Token[], verbTo: number): number {
  for (let k = verbTo; k < t.length && k - verbTo < 3; k += 1) {
    if (t[k]!.pos === 'ADJ') return k;
    if (!/^["“”'‘’]$/.test(t[k]!.text) && t[k]!.pos !== 'ADV') return -1;
  }
  return -1;
}
