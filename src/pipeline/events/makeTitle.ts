import { cleanClause, leadingTitleStart, type CleanClause } from './cleanClause.ts';
import type { EventMention } from './extractMentions.ts';
import { tidyTitle } from './tidyTitle.ts';
import { isPastForm, toPresent } from './verbForms.ts';

/** A title and how good a title it is: 3 a subject-verb line, 2 a template, 1 a noun phrase. */
export type Title = { text: string; quality: number };

const MAX_WORDS = 13;
const DANGLING =
  /\s+(?:a|an|the|of|on|in|at|to|for|from|with|by|and|or|but|that|which|who|as|its|their|his|her|is|are|was|were|has|have|had|be|been|into|about|over|after|before|while|amid)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|these|those|there)$/i;
const RELATIVE = /^(?:which|that|who|whom|whose)$/i;
const PLURAL_NOUNS = /^(?:people|children|police|men|women|forces|troops|officials|leaders|lawmakers)$/i;

/**
 * A short title that reads as a timeline entry: "Trump and Putin speak by phone", "The United States
 * strikes three sites in Iran", "Ukraine calls in the acting U.S. envoy to Kyiv". Made from the clause
 * that states the event (see cleanClause): subject, the verb in the present, the rest cut to a few words
 * at a phrase boundary. A call between named people uses a template; a clause without a usable
 * subject-verb line yields a noun phrase around the trigger. Never ends on a dangling function word.
 */
export function makeTitle(m: EventMention, shortName: (personId: string) => string): Title {
  const made = rawTitle(m, shortName);
  const text = tidyTitle(made.text);
  if (!text) return { text: capitalise(m.trigger.text), quality: 0 };
  // "Trump signs it", "Reuters reports": a line that says little reads worse than a fuller one.
  const thin = text.split(' ').length <= 2 || /\s(?:it|them|him|her|this|that|so)$/i.test(text);
  return { text, quality: thin && made.quality > 1 ? made.quality - 1 : made.quality };
}

function rawTitle(m: EventMention, shortName: (personId: string) => string): Title {
  const names = m.people.slice(0, 3).map(shortName);
  if (m.type === 'call' && names.length >= 2 && m.status === 'happened') {
    return { text: `${joinNames(names)} speak by phone`, quality: 2 };
  }
  // The parsed clause's "Subject verb object" (clauseTitle), when the mention has one; an event
  // noun's phrase (nounEvent) reads as a noun phrase.
  if (m.trigger.title) {
    return { text: shortenPeople(m, m.trigger.title, shortName), quality: m.trigger.pos === 'noun' ? 1 : 3 };
  }
  const clause = cleanClause(m, shortName);
  if (clause) {
    const line = subjectVerbLine(clause, m);
    if (line) return { text: finish(line), quality: 3 };
    const np = nounPhrase(clause);
    if (np) return { text: finish(np), quality: 1 };
  }
  return { text: capitalise(m.trigger.text), quality: 0 };
}

/** "Ukrainian President Volodymyr Zelenskyy" -> "Zelenskyy": people by the name readers know. */
function shortenPeople(m: EventMention, title: string, shortName: (id: string) => string): string {
  let out = title;
  for (const p of m.peopleSpans) {
    const from = p.start - m.sentence.start;
    const to = p.end - m.sentence.start;
    const name = m.sentence.text.slice(from, to).replace(/['’]s$/, '');
    const full = m.sentence.text.slice(leadingTitleStart(m.sentence.text, from, 0), from) + name;
    const short = shortName(p.id);
    const bare = name.replace(/^(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+/, '');
    // "co-founder Jane Roe": the span's lower-case role words are not in a title that dropped them.
    const unroled = name.replace(/^(?:[a-z][\w-]*\s+)+(?=[A-Z])/, '');
    const found = short ? [full, name, bare, unroled].find((x) => x && out.includes(x)) : undefined;
    if (found) out = out.replace(found, short);
  }
  return out;
}

function subjectVerbLine(c: CleanClause, m: EventMention): string[] | null {
  const dropped = dropAttribution(c.words, c.triggerAt);
  let at = dropped.trigger;
  let w = dropped.words;
  // A noun trigger ("held their first telephone call", "launched a barrage of strikes") takes the
  // nearest past-tense verb before it as the line's verb.
  if (m.trigger.pos === 'noun') {
    let v = at - 1;
    while (v > 0 && at - v <= 6 && !isPastForm(w[v]!)) {
      if (
        /^(?:to|for|in|on|at|during|with|from|by|following|after|before|into|over|and|but|that|which|while)$/i.test(
          w[v]!,
        )
      )
        return null;
      v -= 1;
    }
    if (v <= 0 || !isPastForm(w[v]!)) return null;
    at = v;
  }
  let subject = w.slice(0, at);
  // Gerund trigger: "led to Ukraine calling in the envoy" -> subject "Ukraine".
  if (/ing$/i.test(w[at]!)) {
    let k = subject.length;
    while (k > 0 && /^[A-Z]/.test(subject[k - 1]!)) k -= 1;
    subject = subject.slice(k);
    if (subject.length === 0) return null;
  }
  // Hedges and auxiliaries: "are reported to have died", "has argued", "was first disclosed".
  const past = isPastForm(w[at]!.toLowerCase()) || /ing$/i.test(w[at]!);
  // "was bombed": a passive keeps its participle, headline style ("Odessa bombed").
  const passive = past && /^(?:was|were|is|are|been|be)$/i.test(subject[subject.length - 1] ?? '');
  while (
    past &&
    subject.length > 0 &&
    /^(?:has|have|had|is|are|was|were|been|to|reported|said|believed|thought|understood)$/i.test(
      subject[subject.length - 1]!,
    )
  ) {
    subject = subject.slice(0, -1);
  }
  if (subject.length === 0) return null;
  if (RELATIVE.test(subject[0]!)) {
    const antecedent = antecedentOf(m);
    if (!antecedent) return null;
    return [
      ...antecedent,
      ...subject.slice(1).filter((x) => !/^(?:was|were|is|are|has|have|had|been)$/i.test(x)),
      w[at]!,
      ...cut(w.slice(at + 1), 4),
    ];
  }
  if (PRONOUN.test(subject[0]!) || subject.length > 7) return null;
  if (subject.some((x) => isPastForm(x))) return null; // a verb inside: not a subject
  const plural = subject.includes('and') || PLURAL_NOUNS.test(subject[subject.length - 1]!);
  const verb = passive ? w[at]! : toPresent(w[at]!, plural);
  const rest = cut(w.slice(at + 1), MAX_WORDS - subject.length - 1);
  w = [...subject, verb, ...rest];
  return w;
}

/** "Ushakov said Trump pushed ..." -> "Trump pushed ..."; "Putin has argued he sent" -> "Putin sent". */
function dropAttribution(words: string[], triggerAt: number): { words: string[]; trigger: number } {
  for (let i = 1; i < Math.min(triggerAt, 10); i += 1) {
    if (
      !/^(?:said|says|say|told|added|argued|claimed|insisted|confirmed|reported|argues|believes|stated|announced)$/i.test(
        words[i]!,
      )
    )
      continue;
    // "are reported to have died" is a hedge, not an attribution.
    if (/^to$/i.test(words[i + 1] ?? '') || /^(?:is|are|was|were|been)$/i.test(words[i - 1] ?? '')) continue;
    let restAt = i + 1;
    const that = words.slice(restAt, restAt + 6).findIndex((x) => /^that$/i.test(x));
    if (that >= 0 && restAt + that < triggerAt) restAt += that + 1;
    if (restAt > triggerAt) continue;
    let speaker = words
      .slice(0, i)
      .filter((x) => !/^(?:has|had|have|meanwhile,?|also|later|earlier|then)$/i.test(x.replace(/,$/, '')));
    const rest = words.slice(restAt);
    // "Levy said he ..." -> "Levy ...": a third-person pronoun only ("we", "I" are not the speaker's name).
    if (
      /^(?:he|she|it|they)$/i.test(rest[0] ?? '') &&
      speaker.length <= 3 &&
      /^[A-Z]/.test(speaker[0] ?? '')
    ) {
      speaker = speaker.map((x) => x.replace(/,$/, ''));
      return { words: [...speaker, ...rest.slice(1)], trigger: triggerAt - restAt - 1 + speaker.length };
    }
    return { words: rest, trigger: triggerAt - restAt };
  }
  return { words, trigger: triggerAt };
}

/** The noun phrase a relative clause hangs on: "... about the ongoing pause in some shipments, which". */
function antecedentOf(m: EventMention): string[] | null {
  const before = m.sentence.text.slice(0, m.clause.start).replace(/[\s,]+$/, '');
  const words = before.split(' ').slice(-8);
  const from = words
    .map((w) => /^(?:about|to|on|for|with|by|from|at|over|of|that|as|is|was|and)$/i.test(w))
    .lastIndexOf(true);
  const np = words.slice(from + 1).filter((w) => !/^(?:the|a|an)$/i.test(w));
  return np.length > 0 && np.length <= 7 ? np : null;
}

/** The trigger noun with up to three modifiers before it and a short complement after it. */
function nounPhrase(c: CleanClause): string[] | null {
  const w = c.words;
  let from = c.triggerAt;
  while (
    from > 0 &&
    c.triggerAt - from < 3 &&
    !/^(?:the|a|an|of|on|in|at|to|for|with|by|and|its|their|his|her|our|was|is|follows|looks)$/i.test(
      w[from - 1]!,
    )
  ) {
    from -= 1;
  }
  // "the agreement, Aer Lingus said": what follows a comma after the noun is another phrase.
  const after = /[,;:]$/.test(w[c.triggerAt]!) ? [] : cut(w.slice(c.triggerAt + 1), 6);
  const np = [...w.slice(from, c.triggerAt + 1), ...after];
  return np.length > 0 ? np : null;
}

/** Where a title may stop: before a preposition or conjunction that opens a new phrase. */
const PHRASE_START =
  /^(?:to|for|from|with|by|against|after|before|as|because|amid|that|which|while|in|on|at|of|who)$/i;

/**
 * At most `max` words: up to the first comma, then, if still too long, before the first phrase start
 * from the sixth word on (else the last one), never inside a name ("Department of Homeland Security").
 */
function cut(words: string[], max: number): string[] {
  const clipped = [...words];
  const stop = clipped.findIndex((w) => /[,;:]$/.test(w));
  if (stop >= 0) clipped.splice(stop + 1);
  if (clipped.length <= max) return clipped;
  const boundaries: number[] = [];
  for (let i = 1; i <= max; i += 1) {
    const inName = /^[A-Z]/.test(clipped[i - 1] ?? '') && /^[A-Z]/.test(clipped[i + 1] ?? '');
    if (!inName && PHRASE_START.test(clipped[i] ?? '')) boundaries.push(i);
  }
  const at = boundaries.find((i) => i >= 6) ?? boundaries[boundaries.length - 1] ?? max;
  return clipped.slice(0, at);
}

function finish(words: string[]): string {
  let title = words
    .join(' ')
    .replace(/[,;:.]+$/, '')
    .trim();
  while (DANGLING.test(title)) title = title.replace(DANGLING, '').replace(/[,;:]+$/, '');
  title = title.replace(/^(?:the|a|an)\s+(?=[A-Z])/, '');
  return capitalise(balanceQuotes(title));
}

function balanceQuotes(s: string): string {
  const quotes = (s.match(/"/g) ?? []).length;
  return quotes % 2 === 1 ? s.replace(/"([^"]*)$/, '$1') : s;
}

function joinNames(names: string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    : (names[0] ?? '');
}

/** Capitalised, except a brand's own lower-case start ("iPhone", "eBay"). */
function capitalise(s: string): string {
  return s && !/^[a-z][A-Z]/.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s;
}
