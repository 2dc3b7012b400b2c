import type { Timex } from '../time/tagTimex.ts';
import {
  antecedentSubject,
  clauseAt,
  parseSentences,
  tokenAt,
  type Clause,
  type ParsedSentence,
  type Token,
} from '../nlp/parseClauses.ts';
import { clauseTitle, reportTitle } from './clauseTitle.ts';
import { nounPhraseBeforeComma, predicateAdjective } from '../nlp/clauseParts.ts';
import type { Sentence } from './splitSentences.ts';
import type { Trigger } from './triggers.ts';

/**
 * Triggers read from the parse (wink-nlp, see nlp/parseClauses.ts): the head verb of the clause a
 * date belongs to, whatever the verb, and titles for lexicon triggers from the same clause.
 */

/** Verbs that report speech: the event only with a named speaker, else the reported clause's verb. */
export const REPORTING =
  /^(?:say|tell|announce|report|state|claim|add|note|write|confirm|disclose|reveal|insist|argue|warn|predict|explain|declare|estimate|indicate|acknowledge|comment|stress|suggest)$/;

/** Verb forms that relate rather than report a happening ("compared to", "according to", "based on"). */
const NOT_EVENTS = /^(?:compare|accord|include|base|mean|seem|appear|remain|continue)$/;

export type Found = { parsed: ParsedSentence; c: Clause };

/** The last sentence parsed: the dates of a sentence and its lexicon triggers ask for the same parse. */
let lastParse: { text: string; start: number; sentences: ParsedSentence[] } | null = null;

/** The parsed sentence holding `offset` (article offsets). */
export function parsedSentence(text: string, sentence: Sentence, offset: number): ParsedSentence | null {
  if (lastParse?.text !== text || lastParse.start !== sentence.start) {
    lastParse = {
      text,
      start: sentence.start,
      sentences: parseSentences(text, sentence.start, sentence.end),
    };
  }
  return lastParse.sentences.find((x) => offset >= x.start && offset < x.end) ?? null;
}

/** The parsed sentence around a date and the clause that governs it. */
export function parsedClause(
  text: string,
  sentence: Sentence,
  dateStart: number,
  prefer?: (head: Token) => number,
): Found | null {
  const parsed = parsedSentence(text, sentence, dateStart);
  if (!parsed) return null;
  const c = clauseAt(parsed, tokenAt(parsed, dateStart), prefer);
  return c ? { parsed, c } : null;
}

/** Tokens of the date expression and of the sentence's other dates, kept out of titles. */
export function outside(timex: Timex, others: readonly Timex[] = []) {
  const dates = [timex, ...others];
  return (t: { start: number; end: number }) => dates.some((d) => t.start < d.end && t.end > d.start);
}

/**
 * A subject that names someone: headed by a proper noun ("Ford Motor Company", "Reuters", "Prime
 * Minister Carney") or owned by one ("Apple's chief executive"); not "a Romanian official".
 */
export function namedSubject(f: Found): boolean {
  const s = f.c.subject;
  if (!s) return false;
  const t = f.parsed.tokens.slice(s.from, s.to);
  const prep = t.findIndex((x, i) => i > 0 && x.pos === 'ADP');
  const core = prep > 0 ? t.slice(0, prep) : t;
  const head = [...core].reverse().find((x) => /^(?:NOUN|PROPN|PRON)$/.test(x.pos));
  return (
    head?.pos === 'PROPN' || core.some((x, i) => x.pos === 'PROPN' && /^['’]s$/.test(core[i + 1]?.text ?? ''))
  );
}

function isReporting(head: Token): boolean {
  return head.pos === 'VERB' && REPORTING.test(head.lemma.toLowerCase());
}

/** A headline title for a found clause: a reporting clause with the clause it reports. */
/**
 * "... comes on top of plans announced in January": after the clause's own verb, a bare participle
 * right after its noun is a reduced passive, titled so ("Turnaround plans announced").
 */
function reducedPassive(f: Found): Found {
  const { parsed, c } = f;
  const t = parsed.tokens;
  const head = t[c.verb.head]!;
  const bare = c.verb.from === c.verb.head && /ed$/.test(head.text) && t[c.verb.from - 1]?.pos === 'NOUN';
  const earlier = t.slice(c.range.from, c.verb.from).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  return bare && earlier ? { parsed, c: { ...c, passive: true } } : f;
}

function titleOf(found: Found, timex: Timex, others: readonly Timex[]): string | null {
  const f = reducedPassive(found);
  const skip = outside(timex, others);
  const head = f.parsed.tokens[f.c.verb.head]!;
  const pronoun = f.c.subject ? f.parsed.tokens[f.c.subject.from]!.text : '';
  const person = /^(?:he|she)$/i.test(pronoun);
  const antecedent = antecedentSubject(f.parsed, f.c.subject?.from ?? f.c.range.from, person);
  if (isReporting(head) && !f.c.passive) {
    const reported = clauseAt(f.parsed, f.c.verb.to, (h) => (h.start <= head.start ? 1 : 0));
    const after = reported && reported.verb.from > f.c.verb.head ? reported : null;
    // "The move led to a cut in deliveries, Reuters reported": the sentence's opening clause.
    const speakerFrom = f.c.subject?.from ?? f.c.verb.from;
    const trailing = /^[,"”]$/.test(f.parsed.tokens[speakerFrom - 1]?.text ?? '');
    const opening = !after && trailing ? clauseAt(f.parsed, 0, (h) => (h.start >= head.start ? 1 : 0)) : null;
    const before = opening && opening.verb.head < f.c.verb.head ? opening : null;
    return reportTitle(f.parsed, f.c, after ?? before, skip) ?? clauseTitle(f.parsed, f.c, skip, antecedent);
  }
  return clauseTitle(f.parsed, f.c, skip, antecedent) ?? clauseTitle(f.parsed, f.c, skip, null, true);
}

/**
 * Any reported happening: with no lexicon trigger, the main verb of the parsed clause around the date,
 * when it has a subject (or is passive) and is neither negated nor a question nor a condition. A
 * reporting verb without a named speaker gives way to the verb of the clause it reports ("the firm
 * said its sales rose on Monday"). Type `statement` for a reporting verb, else `happening`.
 */
export function parsedVerb(
  text: string,
  sentence: Sentence,
  timex: Timex,
  others: readonly Timex[],
  at = timex.start,
): Trigger | null {
  if (/\?\s*["”’]?$/.test(sentence.text)) return null;
  // "Los Angeles based", "compared to": relating verb forms are passed over for the clause's verb.
  let found = parsedClause(text, sentence, at, (h) => (NOT_EVENTS.test(h.lemma.toLowerCase()) ? 1 : 0));
  if (!found) return null;
  let head = found.parsed.tokens[found.c.verb.head]!;
  let named = namedSubject(found);
  if (isReporting(head) && !named) {
    const other = parsedClause(text, sentence, at, (h) =>
      isReporting(h) || NOT_EVENTS.test(h.lemma.toLowerCase()) ? 1 : 0,
    );
    if (!other || isReporting(other.parsed.tokens[other.c.verb.head]!)) return null;
    // "said on Monday that the plan had failed", "warned on 3 June that counting could run": a
    // pluperfect or modal reported clause is not at the report's date; nor one with its own date
    // ("output fell in January, the agency said on Wednesday").
    const group = other.parsed.tokens.slice(other.c.verb.from, other.c.verb.to);
    const perfect = group.some((x) => /^(?:had|'d)$/i.test(x.text));
    if ((perfect || other.c.modal) && group[0]!.start > timex.end) return null;
    const r = other.c.range;
    const [from, to] = [other.parsed.tokens[r.from]!.start, other.parsed.tokens[r.to - 1]!.end];
    if (
      others.some(
        (d) => d !== timex && d.start >= from && d.end <= to && !(d.start < timex.end && d.end > timex.start),
      )
    ) {
      return null;
    }
    found = other;
    head = found.parsed.tokens[found.c.verb.head]!;
    named = namedSubject(found);
  }
  const { parsed } = found;
  let c = found.c;
  if (NOT_EVENTS.test(head.lemma.toLowerCase())) return null;
  // "..., but will now receive", "GM reported losing": the subject of the verb it continues.
  const t = parsed.tokens;
  if (
    !c.subject &&
    (t[c.range.from]?.pos === 'CCONJ' || /^(?:VERB|PART|CCONJ)$/.test(t[c.verb.from - 1]?.pos ?? ''))
  ) {
    // The verb it continues: the nearest verb group before, whatever its subject ("She was born
    // ... and moved"), else the last noun subject of the sentence.
    const previous = c.verb.from > 0 ? clauseAt(parsed, c.verb.from - 1) : null;
    const own = previous && previous.verb.to <= c.verb.from ? previous.subject : null;
    c = { ...c, subject: own ?? antecedentSubject(parsed, c.verb.from) };
    found = { parsed, c };
    named = namedSubject(found);
  }
  if (!c.subject && /^to$/i.test(t[c.verb.from]!.text)) {
    c = { ...c, subject: nounPhraseBeforeComma(t, c.verb.from) };
    found = { parsed, c };
    if (!c.subject) return null;
  }
  if ((!c.subject && !c.passive) || c.negated) return null;

  if (/^(?:if|unless)$/i.test(parsed.tokens[c.range.from]?.text ?? '')) return null;
  // "will be available on June 17": a scheduled state counts; a present copula does not.
  const adjective = c.modal && head.pos === 'AUX' ? predicateAdjective(t, c.verb.to) : -1;
  if (head.pos !== 'VERB' && adjective < 0) return null;
  // "will open on Sundays" (open read as an adjective): the adjective is the trigger word.
  if (adjective >= 0) head = t[adjective]!;
  const start = head.start - sentence.start;
  const title = titleOf(found, timex, others) ?? undefined;
  const type = isReporting(head) ? 'statement' : 'happening';
  const planned = c.modal;
  return { start, end: start + head.text.length, text: head.text, type, pos: 'verb', title, named, planned };
}

/**
 * A lexicon verb trigger gets the parsed clause's title when the parser's clause is headed by the
 * same word (a noun trigger, or a clause the parser reads otherwise, keeps makeTitle's title), and
 * is marked `named` when its subject names someone.
 */
export function withClauseTitle(
  trigger: Trigger,
  text: string,
  sentence: Sentence,
  timex: Timex,
  others: readonly Timex[],
): Trigger {
  if (trigger.pos !== 'verb') return trigger;
  const found = parsedClause(text, sentence, timex.start);
  if (!found) return trigger;
  const head = found.parsed.tokens[found.c.verb.head]!;
  const at = sentence.start + trigger.start;
  if (head.start < at || head.end > sentence.start + trigger.end) return trigger;
  const title = titleOf(found, timex, others);
  const named = namedSubject(found);
  return title ? { ...trigger, title, named } : { ...trigger, named };
}
