import type { ParsedSentence, Token } from '../nlp/parseClauses.ts';
import { findTriggers, type EventType } from './triggers.ts';

/**
 * Event nouns a date attaches to: "Thursday's meeting", "the 1991 settlement", "a June 1 deadline",
 * "the vote on Thursday". A noun is an event noun when the trigger lexicon knows it or it is in
 * EVENT_NOUNS, a general table of English nouns that name happenings in the news (no seed's words).
 */
const EVENT_NOUNS = new Set(
  (
    'accident attack auction ban bailout bankruptcy battle blast ceremony championship closure collapse ' +
    'conference congress convention coup crackdown crash debate debut deadline delivery demonstration ' +
    'disaster disasters earthquake election event explosion festival filing final fire flight flood games hearing ' +
    'hurricane inauguration introduction investment keynote landing launch lawsuit loss march match ' +
    'merger olympics opening order outbreak premiere presentation protest purchase race raid rally recall ' +
    'release reshuffle resignation rollout sale session settlement shooting shutdown speech storm ' +
    'strike summit takeover test tournament trial trip unveiling visit war acquisition announcement ' +
    'arrival departure deal decision interview debut offering listing sell-off rescue'
  ).split(' '),
);

export type NounEvent = {
  /** The event noun, sentence-token index. */
  head: number;
  /** The noun phrase (with what follows it) as title words, date left out. */
  title: string;
  type: EventType;
  /**
   * How the date attaches: before the noun ("Thursday's", "the 1991 ..."), right after it ("the loss
   * last year") or after a preposition ("the vote on Monday").
   */
  attached: 'before' | 'next' | 'after';
};

const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const STOP =
  /^(?:[,;:.!?()"“”—–-]|that|which|who|while|because|when|where|as|and|but|or|was|were|is|are|has|had)$/i;

/**
 * The event noun the date at tokens [from, to) attaches to, if any: right after the date (through a
 * possessive "'s"), or right before it across "on/of/in/at/from" ("the vote on Thursday").
 */
export function nounEvent(s: ParsedSentence, from: number, to: number): NounEvent | null {
  const t = s.tokens;
  let k = to;
  if (t[k]?.text === "'s" || t[k]?.text === '’s') k += 1;
  if (k > to || (from > 0 && /^(?:DET|ADJ|PRON)$/.test(t[from - 1]!.pos)) || from === 0) {
    let end = k;
    while (end < t.length && MODIFIER.has(t[end]!.pos) && end - k < 5) end += 1;
    for (let h = end - 1; h >= k; h -= 1) {
      if (t[h]!.pos !== 'NOUN' && t[h]!.pos !== 'PROPN') continue;
      const type = eventType(t[h]!);
      if (type) return { head: h, title: words(t, k, end + phraseAfter(t, end)), type, attached: 'before' };
      break;
    }
  }
  // "two major disasters this year", "the attacks last week": a relative date right after its noun.
  const before = t[from - 1];
  if (before?.pos === 'NOUN' && /^(?:this|last|next|that|earlier|later)$/i.test(t[from]?.text ?? '')) {
    const type = eventType(before);
    if (type) {
      let start = from - 1;
      while (start > 0 && MODIFIER.has(t[start - 1]!.pos) && from - 1 - start < 4) start -= 1;
      return { head: from - 1, title: words(t, start, from), type, attached: 'next' };
    }
  }
  const prep = t[from - 1];
  if (prep?.pos !== 'ADP' || !/^(?:on|of|in|at|from|during)$/i.test(prep.text)) return null;
  // "the vote on Monday", "the closure of ten of its plants during the quarter": the event noun
  // is the head of the noun phrase the date's prepositional phrase ends, through "of" phrases.
  for (let h = from - 2; h >= 0 && from - 2 - h < 7; h -= 1) {
    const x = t[h]!;
    if (x.pos === 'NOUN') {
      const type = eventType(x);
      if (type) {
        let start = h;
        while (start > 0 && MODIFIER.has(t[start - 1]!.pos) && h - start < 4) start -= 1;
        return { head: h, title: words(t, start, from - 1), type, attached: 'after' };
      }
    }
    if (!/^(?:NOUN|PROPN|NUM|DET|PRON|ADJ)$/.test(x.pos) && !(x.pos === 'ADP' && /^of$/i.test(x.text))) break;
    if (x.pos === 'ADP' && h === from - 2) break;
  }
  return null;
}

function eventType(x: Token): EventType | null {
  const found = findTriggers(x.text).find((tr) => tr.pos === 'noun' && tr.text.length === x.text.length);
  if (found) return found.type;
  return EVENT_NOUNS.has(x.lemma.toLowerCase()) || EVENT_NOUNS.has(x.text.toLowerCase()) ? 'happening' : null;
}

/** How many tokens after the noun phrase belong to the title: a short phrase up to a stop. */
function phraseAfter(t: Token[], from: number): number {
  let n = 0;
  // "the strike that damaged homes": a relative clause with its verb continues the phrase.
  const relative = /^(?:that|which)$/i.test(t[from]?.text ?? '') && t[from + 1]?.pos === 'VERB';
  const stop = (x: Token) => (relative ? /^[,;:.!?()"“”—–-]$/.test(x.text) : STOP.test(x.text));
  while (from + n < t.length && n < 7 && (!stop(t[from + n]!) || (relative && n === 0))) {
    // "the settlement reached by the brewers still holds": the sentence's own verb ends the phrase.
    const x = t[from + n]!;
    const infinitive = /^to$/i.test(t[from + n - 1]?.text ?? '');
    // Right after the noun only a participle with its phrase ("reached by ...") belongs to it.
    const participle = (n === 0 && x.pos === 'VERB' && t[from + 1]?.pos === 'ADP') || (relative && n === 1);
    const joined = relative && x.pos === 'VERB' && t[from + n - 1]?.pos === 'CCONJ';
    if (!infinitive && !participle && !joined && (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'ADV'))
      break;
    n += 1;
  }
  // Never end on a function word: "deadline to finish a plan", not "deadline to".
  while (n > 0 && /^(?:ADP|DET|PART|CCONJ|SCONJ|AUX)$/.test(t[from + n - 1]!.pos)) n -= 1;
  return n;
}

function words(t: Token[], from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to; i += 1) {
    const x = t[i]!;
    if (i > from && t[i - 1]!.end === x.start) out[out.length - 1] += x.text;
    else out.push(x.text);
  }
  const text = out.join(' ');
  return text && !/^[a-z][A-Z]/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}
