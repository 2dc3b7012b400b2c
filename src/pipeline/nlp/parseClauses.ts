import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import { appositiveSubject, objectAfter, subjectBefore } from './clauseParts.ts';
import { retagNames } from './retagNames.ts';

/**
 * The one module that talks to the NLP library (wink-nlp with its English lite model, chosen over
 * compromise on the MEANTIME dev set: `npm run bench:nlp`). Nothing else imports wink-nlp. It gives
 * sentences, tokens with universal parts of speech and lemmas, all at exact UTF-16 offsets of the input
 * text, and reads a clause's subject, main verb group and object from the tags.
 */

/** Universal POS tag of a token (ADJ, ADP, AUX, NOUN, PROPN, VERB, ...). */
export type Token = { start: number; end: number; text: string; pos: string; lemma: string };

/** A sentence at input offsets (`text === input.slice(start, end)`), with its tokens. */
export type ParsedSentence = { start: number; end: number; text: string; tokens: Token[] };

/** A run of tokens by index into the sentence's tokens, end exclusive. */
export type TokenRange = { from: number; to: number };

/**
 * A clause read from the tags: the tokens it spans, its main verb group (auxiliaries, negation and the
 * head verb), the noun phrase before it (subject) and after it (object). `head` is the index of the
 * verb that carries the meaning ("met" in "had not met").
 */
export type Clause = {
  range: TokenRange;
  verb: TokenRange & { head: number };
  subject: TokenRange | null;
  object: TokenRange | null;
  negated: boolean;
  /** The verb group has a modal or "to" infinitive ("will meet", "is due to apply"). */
  modal: boolean;
  passive: boolean;
};

/** Loaded once per process, on first use. */
let engine: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  engine ??= winkNLP(model, ['sbd', 'pos', 'negation']);
  return engine;
}

/**
 * Sentences of `text` from offset `from` to `to` (a paragraph; default the whole text), each with its
 * tokens. Line breaks always end a sentence (headline, date line, paragraphs).
 */
export function parseSentences(text: string, from = 0, to = text.length): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  const lineRe = /[^\n]+/g;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(text); m && m.index < to; m = lineRe.exec(text)) {
    parseLine(text, m.index, Math.min(to, m.index + m[0].length), out);
  }
  return out;
}

function parseLine(text: string, lineStart: number, lineEnd: number, out: ParsedSentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  if (!line.trim()) return;
  const w = nlp();
  const its = w.its;
  const doc = w.readDoc(line);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // Lemmas are asked of a clause's head verb only, and cost wink more than the tags: read when asked.
  const items = doc.tokens();
  const lemmaAt = (i: number) =>
    items.itemAt(i).out(its.lemma as unknown as ItsFunction<string>) as unknown as string;
  // wink is lossless: preceding spaces + values rebuild the line, which gives exact offsets.
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    at += spaces[i]!.length;
    const v = values[i]!;
    const found = line.startsWith(v, at) ? at : line.indexOf(v, at);
    const start = found < 0 ? at : found;
    let lemma: string | undefined;
    tokens.push({
      start: lineStart + start,
      end: lineStart + start + v.length,
      text: v,
      pos: pos[i]!,
      get lemma() {
        return (lemma ??= lemmaAt(i));
      },
    });
    at = start + v.length;
  }
  // Sentence extents by character offsets, taken before hyphenated words are joined.
  const extents: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (tokens[first] && tokens[last]) extents.push([tokens[first].start, tokens[last].end]);
  });
  joinHyphens(tokens);
  retagNames(tokens);
  let k = 0;
  for (const [start, end] of extents) {
    const ts: Token[] = [];
    while (k < tokens.length && tokens[k]!.start < end) ts.push(tokens[k++]!);
    if (ts.length === 0) continue;
    const to = Math.max(end, ts[ts.length - 1]!.end);
    out.push({ start, end: to, text: text.slice(start, to), tokens: ts });
  }
}

/**
 * "class-action", "third-quarter", "passenger-carrying": a hyphen with no space either side joins its
 * neighbours into one word, tagged as its last part (a verb form there is a modifier: ADJ).
 */
function joinHyphens(tokens: Token[]): void {
  for (let i = tokens.length - 2; i > 0; i -= 1) {
    const [a, h, b] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (h.text !== '-' || a.end !== h.start || h.end !== b.start) continue;
    const text = a.text + '-' + b.text;
    const pos = b.pos === 'VERB' || b.pos === 'AUX' ? 'ADJ' : b.pos;
    tokens.splice(i - 1, 3, { start: a.start, end: b.end, text, pos, lemma: text.toLowerCase() });
    i -= 1;
  }
}

const NP_PART = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'SYM']);
const POSSESSIVE = /^(?:its|their|his|her|our|my|your|'s)$/i;
const SUBORDINATORS =
  /^(?:which|who|whom|whose|where|while|whereas|when|although|though|because|if|unless|after|before|as|since|until)$/i;

const CLAUSE_OPENERS = /^(?:when|while|whereas|although|though|because|after|before|once|until|unless|if)$/i;

/**
 * Clause boundaries inside a sentence: ; : dashes, and a comma or "and"/"but" that opens a clause
 * with its own verb ("..., which ...", "..., and the index fell").
 */
export function clauseRanges(s: ParsedSentence): TokenRange[] {
  const t = s.tokens;
  const cuts: number[] = [];
  for (let i = 1; i < t.length; i += 1) {
    const x = t[i]!.text;
    if (/^(?:;|:|--|—|–)$/.test(x)) cuts.push(i);
    else if (t[i - 1]!.text === ',' && (t[i]!.pos === 'SCONJ' || SUBORDINATORS.test(x))) cuts.push(i);
    else if (t[i]!.pos === 'CCONJ' && t[i - 1]!.text === ',' && opensClause(t, i + 1)) cuts.push(i);
    // "... made its maiden flight when the plane ...": a subordinator opening its own clause.
    else if (t[i]!.pos === 'SCONJ' && CLAUSE_OPENERS.test(x) && opensClause(t, i + 1)) cuts.push(i);
  }
  const ranges: TokenRange[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) ranges.push({ from, to: c });
    from = c;
  }
  ranges.push({ from, to: t.length });
  return ranges;
}

/** A subject and a verb follow within a few tokens. */
function opensClause(t: Token[], i: number): boolean {
  let k = i;
  while (k < t.length && k - i < 6 && NP_PART.has(t[k]!.pos)) k += 1;
  return k > i && k < t.length && (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX');
}

/** Verb groups of a range: AUX* (PART|ADV)* VERB, or a lone AUX (copula). */
function verbGroups(t: Token[], r: TokenRange): (TokenRange & { head: number })[] {
  const groups: (TokenRange & { head: number })[] = [];
  let i = r.from;
  while (i < r.to) {
    const p = t[i]!.pos;
    if (p !== 'AUX' && p !== 'VERB') {
      i += 1;
      continue;
    }
    // "an event to be held": the infinitive marker belongs to the group (modal, not the subject).
    const from = i > r.from && t[i - 1]!.pos === 'PART' && /^to$/i.test(t[i - 1]!.text) ? i - 1 : i;
    let head = i;
    let k = i;
    while (k < r.to && /^(?:AUX|VERB|PART|ADV)$/.test(t[k]!.pos)) {
      if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') head = k;
      // "to apply": a to-infinitive continues the group only after an auxiliary/adjective chain.
      k += 1;
      if (t[k - 1]!.pos === 'VERB' && t[k]?.pos !== 'PART') break;
    }
    // "is due to apply", "is set to meet": adjective + to + verb joins the group.
    if (t[k]?.pos === 'ADJ' && t[k + 1]?.text.toLowerCase() === 'to' && t[k + 2]?.pos === 'VERB') {
      head = k + 2;
      k += 3;
    }
    while (head > from && !/^(?:AUX|VERB)$/.test(t[head]!.pos)) head -= 1;
    groups.push({ from, to: Math.max(k, head + 1), head });
    i = Math.max(k, head + 1);
  }
  return groups;
}

/** A verb form that is a participle modifying a noun ("the proposed merger"), not a clause's verb. */
function isModifier(t: Token[], g: TokenRange & { head: number }): boolean {
  const prev = t[g.from - 1];
  if (g.from !== g.head || !prev || t[g.head]!.pos !== 'VERB') return false;
  return /^(?:DET|ADJ)$/.test(prev.pos) || POSSESSIVE.test(prev.text);
}

/**
 * The clause around token `at` with the verb group that governs it: the nearest verb group before
 * `at` in the clause, else the nearest after it (a clause-initial date: "On Thursday, the index fell").
 * `prefer` may rank verb groups (lower is better, e.g. to pass over reporting verbs); null when the
 * clause has no verb.
 */
export function clauseAt(
  s: ParsedSentence,
  at: number,
  prefer: (head: Token) => number = () => 0,
): Clause | null {
  const t = s.tokens;
  const range = clauseRanges(s).find((r) => at >= r.from && at < r.to) ?? { from: 0, to: t.length };
  const groups = verbGroups(t, range).filter((g) => !isModifier(t, g) && (g.to <= at || g.from > at));
  if (groups.length === 0) return null;
  const score = (g: TokenRange & { head: number }) =>
    prefer(t[g.head]!) * 100 + (g.to <= at ? at - g.to : 20 + g.from - at);
  const verb = [...groups].sort((a, b) => score(a) - score(b))[0]!;
  const group = t.slice(verb.from, verb.to);
  const lower = group.map((x) => x.text.toLowerCase());
  const negated = lower.some((x) => /^(?:not|n't|never)$/.test(x));
  const modal =
    lower.some((x) => /^(?:will|would|shall|may|might|could|should|'ll|wo|to)$/.test(x)) &&
    !lower.includes('used');
  const passive =
    lower.some((x) => /^(?:was|were|is|are|been|be|being|get|got)$/.test(x)) &&
    t[verb.head]!.pos === 'VERB' &&
    // A participle: a past form ending, or ("held", "paid", "set") a form that is not its lemma.
    (/(?:ed|en|wn|ght|ne|lt|nt|ck|ung|uck|ld|id|rn)$/i.test(t[verb.head]!.text) ||
      (!/ing$/i.test(t[verb.head]!.text) && t[verb.head]!.text.toLowerCase() !== t[verb.head]!.lemma)) &&
    verb.head > verb.from;
  return {
    range,
    verb,
    subject: subjectBefore(t, range.from, verb.from) ?? appositiveSubject(t, range.from, verb.from),
    object: objectAfter(t, verb.to, range.to),
    negated,
    modal,
    passive,
  };
}

/**
 * The subject a pronoun in the clause starting at token `before` stands for: the last subject of an
 * earlier clause of the sentence that is no pronoun ("GM said it ..." -> GM; "It is expected that the
 * jet will ... when it arrives" -> the jet). Null when there is none.
 */
export function antecedentSubject(s: ParsedSentence, before: number, person = false): TokenRange | null {
  const t = s.tokens;
  let found: TokenRange | null = null;
  let seenVerb = false;
  for (const g of verbGroups(t, { from: 0, to: before })) {
    if (isModifier(t, g)) continue;
    // "presents the legislation known as ...": after a verb, a participle right after its noun is
    // no clause of its own.
    const participle =
      g.from === g.head &&
      /^(?:NOUN|PROPN)$/.test(t[g.from - 1]?.pos ?? '') &&
      /(?:ed|wn|en)$/.test(t[g.head]!.text);
    if (participle && seenVerb) continue;
    seenVerb = true;
    const range = clauseRanges(s).find((r) => g.from >= r.from && g.from < r.to) ?? { from: 0, to: before };
    const subject = subjectBefore(t, range.from, g.from) ?? appositiveSubject(t, range.from, g.from);
    // "he", "she" stand for a named person: a subject with a proper noun.
    const wanted = person ? /^PROPN$/ : /^(?:NOUN|PROPN)$/;
    if (subject && t.slice(subject.from, subject.to).some((x) => wanted.test(x.pos))) {
      found = subject;
    }
  }
  return found;
}

/** Index of the token that holds offset `offset`, or the first token after it; -1 past the end. */
export function tokenAt(s: ParsedSentence, offset: number): number {
  return s.tokens.findIndex((x) => x.end > offset);
}
