import { predicateAdjective } from '../nlp/clauseParts.ts';
import type { Clause, ParsedSentence, Token, TokenRange } from '../nlp/parseClauses.ts';

/** Headline-length limit (issue 12: "Subject verb object", at most 80 characters). */
export const MAX_TITLE_CHARS = 80;

const CONNECTIVE =
  /^(?:and|but|or|so|since|while|as|because|although|though|whereas|yet|then|also|however|meanwhile)$/i;
const DANGLING =
  /^(?:a|an|the|of|on|in|at|to|for|from|with|by|and|or|but|that|which|who|as|its|their|his|her|is|are|was|were|has|have|had|be|been|into|about|over|after|before|while|amid|than|'s)$/i;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|these|those|there|which|that|who)$/i;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|be|been|being|do|does|did|am)$/i;
const PLURAL_NOUNS = /^(?:people|children|police|men|women|staff|cattle)$/i;
const IRREGULAR_THIRD: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/**
 * A headline-style title from a parsed clause: subject, main verb in the present ("falls", "are"),
 * and the object's core, in at most MAX_TITLE_CHARS, never cut inside a word or phrase, never starting
 * with a connective or punctuation, never ending on a function word. A future or scheduled clause
 * reads "X to meet Y" and a passive keeps its participle ("Plant closed"). Null when the clause has
 * no usable subject (a pronoun, nothing): the caller falls back to another title. `skip` tokens (the
 * date expression) never enter the title.
 */
export function clauseTitle(
  s: ParsedSentence,
  c: Clause,
  skip: (t: Token) => boolean,
  antecedent: TokenRange | null = null,
  allowPronoun = false,
): string | null {
  const subject = subjectWords(s, c, skip, antecedent, allowPronoun);
  if (!subject) return null;
  const t = s.tokens;
  const head = t[c.verb.head]!;
  if (head.pos !== 'VERB' && head.pos !== 'AUX') return null;
  const plural = isPlural(subject);
  let verb: string[];
  const passive = c.passive || (/ed$/i.test(head.text) && /^by$/i.test(t[c.verb.head + 1]?.text ?? ''));
  const at = c.modal && head.pos === 'AUX' ? predicateAdjective(t, c.verb.to) : -1;
  const adjective = at >= 0 ? t[at]! : null;
  if (adjective) {
    // "will be available" -> "to be available"; "will open" (open read as an adjective) -> "to open".
    verb = head.lemma.toLowerCase() === 'be' ? ['to', 'be', adjective.text] : ['to', adjective.text];
  } else if (c.modal) verb = passive ? ['to', 'be', head.text] : ['to', head.lemma.toLowerCase()];
  else if (passive) verb = [head.text];
  else verb = [present(head, plural)];
  const rest = complement(t, adjective ? at + 1 : c.verb.head + 1, c.range.to, skip);
  const words = [...joinRuns(subject), ...verb, ...joinRuns(rest)];
  return fit(words, joinRuns(subject).length + verb.length);
}

/**
 * "Ford says sales rose 43%": a reporting clause with a named speaker and the clause it reports, the
 * reporting verb in the present, the reported verb as written. Null without a reported clause.
 */
export function reportTitle(
  s: ParsedSentence,
  c: Clause,
  reported: Clause | null,
  skip: (t: Token) => boolean,
): string | null {
  if (!reported) return null;
  const speaker = subjectWords(s, c, skip, null);
  if (!speaker) return null;
  const t = s.tokens;
  const said = present(t[c.verb.head]!, isPlural(speaker));
  // The reported clause keeps its own pronoun: "GM says it saw a drop".
  const own = subjectWords(s, reported, skip, null) ?? pronoun(s, reported);
  if (!own) return null;
  const group = t.slice(reported.verb.from, reported.verb.to).filter((x) => x.pos !== 'ADV');
  const rest = complement(t, reported.verb.to, reported.range.to, skip);
  const lead = [...joinRuns(speaker), said];
  // "Reuters reports the move led ...": the reported subject's article is mid-sentence now.
  const ownWords = joinRuns(own).map((w, i) => (i === 0 && /^(?:The|A|An)$/.test(w) ? w.toLowerCase() : w));
  const words = [...lead, ...ownWords, ...joinRuns(group), ...joinRuns(rest)];
  return fit(words, lead.length + own.length + group.length);
}

const STAND_IN = /^(?:he|she|it|they)$/i;

function pronoun(s: ParsedSentence, c: Clause): Token[] | null {
  const x = c.subject && c.subject.to - c.subject.from === 1 ? s.tokens[c.subject.from]! : null;
  return x && /^(?:he|she|it|they|we)$/i.test(x.text) ? [x] : null;
}

/**
 * The subject's words: from where the subject starts, the date, connectives and a leading possessive
 * left out; a pronoun replaced by its antecedent. Null for no usable subject.
 */
function subjectWords(
  s: ParsedSentence,
  c: Clause,
  skip: (t: Token) => boolean,
  antecedent: TokenRange | null,
  allowPronoun = false,
): Token[] | null {
  if (!c.subject) return null;
  const t = s.tokens;
  let subject = t.slice(subjectStart(t, c), c.subject.to).filter((x) => !skip(x));
  while (
    subject.length > 0 &&
    (CONNECTIVE.test(subject[0]!.text) || subject[0]!.pos === 'PUNCT' || /^['’]s$/.test(subject[0]!.text))
  ) {
    subject.shift();
  }
  if (subject.length === 1 && STAND_IN.test(subject[0]!.text) && antecedent) {
    subject = t.slice(antecedent.from, antecedent.to).filter((x) => !skip(x));
  }
  if (subject.length > 1 && /^(?:its|their)$/i.test(subject[0]!.text)) subject.shift();
  subject = nameAfterRoles(subject);
  // "Mr Putin" -> "Putin": headlines drop honorifics.
  if (subject.length > 1 && /^(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(subject[0]!.text)) subject.shift();
  // "Boeing on [Tuesday] delivered": the date's preposition left at either end goes too.
  while (subject.length > 1 && /^(?:ADP|SCONJ)$/.test(subject[subject.length - 1]!.pos)) subject.pop();
  while (subject.length > 1 && /^(?:ADP|SCONJ)$/.test(subject[0]!.pos)) subject.shift();
  // "the decision to end the scheme for the 500,000 nationals in the US": cut at a preposition.
  if (subject.length > 8) {
    const cutAt = subject.findIndex((x, i) => i >= 3 && x.pos === 'ADP');
    if (cutAt > 0) subject = subject.slice(0, cutAt);
  }
  if (subject.length === 0 || subject.length > 12) return null;
  // A personal pronoun nothing in the sentence stands for: "She moves to Vienna", as a last resort.
  // Not in a modal clause: "She to go further" reads worse than the sentence's own words.
  const personal = allowPronoun && !c.modal && /^(?:he|she|they|we|it)$/i.test(subject[0]!.text);
  if (subject.length === 1 && PRONOUN_SUBJECT.test(subject[0]!.text) && !personal) return null;
  return subject;
}

/**
 * Where the subject starts: a noun phrase with its own prepositional phrase ("A federal judge in New
 * York") from the clause's start, unless the clause opens with a preposition or a comma stands between
 * ("In its manifesto, Labour ...": the subject starts after the comma).
 */
function subjectStart(t: Token[], c: Clause): number {
  const from = c.subject!.from;
  let start = c.range.from;
  for (let i = from - 1; i >= c.range.from; i -= 1) {
    if (t[i]!.text === ',') {
      start = i + 1;
      break;
    }
  }
  const lead = t.slice(start, from);
  if (lead.length === 0 || lead.length > 6 || /^(?:ADP|SCONJ|ADV)$/.test(lead[0]!.pos)) {
    return phraseHead(t, from, start);
  }
  return lead.every((x) => NP_WORD.has(x.pos)) ? start : phraseHead(t, from, start);
}

const OF_LIKE = /^(?:of|in|at|from|for|on)$/i;
const NP_HEAD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "its sales in the United States rose": a subject the tagger cut at a preposition takes back the
 * noun phrase the prepositional phrase hangs on (at most two such steps, never past `floor`).
 */
function phraseHead(t: Token[], from: number, floor: number): number {
  let k = from;
  for (let step = 0; step < 2; step += 1) {
    const prep = t[k - 1];
    const noun = t[k - 2];
    if (k - 2 < floor || !prep || !noun || prep.pos !== 'ADP' || !OF_LIKE.test(prep.text)) break;
    if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') break;
    let j = k - 2;
    while (
      j - 1 >= floor &&
      (NP_HEAD.has(t[j - 1]!.pos) || /^(?:its|their|his|her)$/i.test(t[j - 1]!.text))
    ) {
      j -= 1;
    }
    k = j;
  }
  return k;
}

const NP_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ']);
const STOP =
  /^(?:that|which|who|whom|while|because|after|before|when|where|although|though|as|since|until|if|unless|amid|despite|according|compared|including|excluding|citing)$/i;
const PHRASE_START = /^(?:to|for|from|with|by|against|after|before|as|in|on|at|of|into|over|under|about)$/i;

/** The words after the verb to the clause's end: up to a comma or subordinate clause, at most 9 words,
 * cut before a phrase start when longer. Auxiliaries and adverbs of the verb group are left out. */
function complement(t: Token[], from: number, to: number, skip: (t: Token) => boolean): Token[] {
  const out: Token[] = [];
  // After the date, "and" opens another phrase: "loses $4.8 billion [in 2005] and a total loss".
  let skipped = false;
  for (let i = from; i < to; i += 1) {
    const x = t[i]!;
    if (skipped && x.pos === 'CCONJ') break;
    if (skip(x)) {
      skipped = true;
      // "meet in Dubai on [November 30] for talks": the date's own preposition goes with it.
      if (out.length > 0 && out[out.length - 1]!.pos === 'ADP' && out[out.length - 1]!.end <= x.start)
        out.pop();
      continue;
    }
    // Quotes stay out of the words but do not end them: 'responds in "a positive spirit"'.
    if (/^["“”]$/.test(x.text)) continue;
    if (/^[,;:.!?()—–-]$/.test(x.text) || STOP.test(x.text)) break;
    if (out.length === 0 && (x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART')) continue;
    out.push(x);
  }
  if (out.length <= 9) return out;
  let at = 9;
  for (let i = 9; i >= 4; i -= 1) {
    if (PHRASE_START.test(out[i]!.text) && !(out[i - 1]!.pos === 'PROPN' && out[i + 1]?.pos === 'PROPN')) {
      at = i;
      break;
    }
  }
  return out.slice(0, at);
}

/** Tokens as the source wrote them: tokens with no space between ("'smash", "Security's") are one word. */
function joinRuns(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const x = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.end === x.start) words[words.length - 1] += x.text;
    else words.push(x.text);
  }
  return words;
}

/**
 * "Acme CEO and co-founder Jane Roe", "the chairman and chief executive John Smith": two roles of one
 * person joined by "and", then the name: the subject is the name (one person, not two).
 */
function nameAfterRoles(subject: Token[]): Token[] {
  const and = subject.findIndex((x) => x.pos === 'CCONJ' && /^and$/i.test(x.text));
  if (and <= 0) return subject;
  let k = subject.length;
  while (k > and + 1 && subject[k - 1]!.pos === 'PROPN') k -= 1;
  const name = subject.length - k;
  const roles = subject.slice(and + 1, k);
  const oneRole =
    roles.length >= 1 &&
    roles.length <= 3 &&
    roles.every((x) => (x.pos === 'NOUN' || x.pos === 'ADJ') && /^[a-z]/.test(x.text)) &&
    roles[roles.length - 1]!.pos === 'NOUN';
  const before = subject[and - 1]!;
  const roleBefore = before.pos === 'NOUN' || /^[A-Z]{2,4}$/.test(before.text);
  return name >= 1 && name <= 3 && oneRole && roleBefore ? subject.slice(k) : subject;
}

function isPlural(subject: Token[]): boolean {
  // "Sales in the United States": the head noun is before the first preposition.
  const prep = subject.findIndex((x, i) => i > 0 && x.pos === 'ADP');
  const core = prep > 0 ? subject.slice(0, prep) : subject;
  if (subject.some((x) => x.pos === 'CCONJ' && /^and$/i.test(x.text))) return true;
  const last = [...core].reverse().find((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON');
  if (!last) return false;
  if (last.pos === 'PRON') return /^(?:they|we|you|i)$/i.test(last.text);
  if (PLURAL_NOUNS.test(last.text)) return true;
  // A common noun whose lemma is shorter than the word: "shares" -> "share", "people" -> "person".
  return (
    last.pos === 'NOUN' && last.lemma.toLowerCase() !== last.text.toLowerCase() && !/ss$/i.test(last.text)
  );
}

/** The verb in the present tense, third person singular unless the subject is plural. */
function present(head: Token, plural: boolean): string {
  const lemma = head.lemma.toLowerCase();
  if (!/^[a-z]+$/.test(lemma)) return head.text;
  if (plural) return lemma === 'be' ? 'are' : lemma;
  if (IRREGULAR_THIRD[lemma]) return IRREGULAR_THIRD[lemma];
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Join and shorten at a word boundary to the limit, then drop dangling function words at the end. */
function fit(words: string[], minimum: number): string | null {
  const kept = words.filter((w, i) => i !== minimum || !AUXILIARY.test(w));
  let text = '';
  let count = 0;
  for (const w of kept) {
    const next = text ? (/^(?:[,.;:%)]|'s|n't)$/.test(w) ? text + w : `${text} ${w}`) : w;
    if (next.length > MAX_TITLE_CHARS) break;
    text = next;
    count += 1;
  }
  if (count < minimum) return null;
  let parts = text.split(' ');
  while (parts.length > minimum && DANGLING.test(parts[parts.length - 1]!.replace(/[,;:.]+$/, '')))
    parts.pop();
  parts = parts.map((p, i) => (i === parts.length - 1 ? p.replace(/[,;:.]+$/, '') : p));
  let title = parts.join(' ').replace(/^(?:the|a|an)\s+(?=[A-Z])/i, '');
  title = title.replace(/\s*["“”]\s*$/, '');
  if (!title) return null;
  return /^[a-z][A-Z]/.test(title) ? title : title[0]!.toUpperCase() + title.slice(1);
}
