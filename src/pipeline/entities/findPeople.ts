import { countryLexicon, isPlaceWord } from './countryLexicon.ts';
import { nameKey } from './nameKey.ts';
import {
  hasPossessive,
  headlineSpans,
  inSpans,
  isLowerInitial,
  isNameWord,
  isSentenceInitial,
  isStopWord,
  stripPossessive,
  tokenize,
  type Token,
} from './nameTokens.ts';
import {
  COMMON_WORDS,
  GIVEN_NAME_ORG_WORDS,
  GIVEN_NAME_TITLES,
  HONORIFICS,
  LEADING_WORDS,
  MONTHS,
  ORG_NOUNS,
  ORG_WORDS,
  PARTICLES,
  WEEKDAYS,
  isRoleHead,
  isRoleModifier,
} from './personWords.ts';
import { bareSurnames } from './bareSurnames.ts';
import { isRegionName } from './regionNames.ts';
import { contextCue, matchTitle } from './personContext.ts';

/**
 * Why a mention was taken for a person: a title or honorific before it ('title'), a role apposition or a
 * speech verb next to it ('context'), the bare shape of a two-to-four word name ('name'), a surname already
 * found in the text ('known'), or a single capitalised word attributed speech ('speech', the weakest).
 */
export type PersonEvidence = 'title' | 'context' | 'name' | 'known' | 'speech';

/**
 * A person named in a text. `start`/`end` are UTF-16 offsets, end exclusive, and `text` is exactly
 * `text.slice(start, end)`: the title or honorific as written, if any, and the name ("Mr Putin",
 * "President Vladimir Putin", "aide Yuri Ushakov"); a demonym before a title is not part of it. `given` and
 * `family` are the name parts as written, in the order written: the first word and the last word with its
 * particles ("von der Leyen"); middle names and initials are only in `text`. Exactly one of them may be
 * null: `given` for a bare surname ("Mr Putin"), `family` when a given-name title (Sir, Dame, King, Pope ...)
 * is followed by one name ("Sir Keir" → given 'Keir', family null).
 */
export type PersonMention = {
  start: number;
  end: number;
  text: string;
  given: string | null;
  family: string | null;
  title: string | null;
  evidence: PersonEvidence;
};

export type FindPeopleOptions = {
  /** Surnames known from other texts (e.g. other articles of the same build), matched like the text's own. */
  knownFamilies?: Iterable<string>;
};

type Run = { tokens: Token[]; pieces: Token[]; last: number };

/**
 * Finds people by titles, honorifics, apposition and the shape of capitalised runs, with filters for
 * months, weekdays, places, demonyms, organisation heads, sentence-initial words and headline-case lines.
 * Then finds bare surnames that the text (or `options.knownFamilies`) already knows. Pure and linear.
 */
export function findPeople(text: string, options: FindPeopleOptions = {}): PersonMention[] {
  const tokens = tokenize(text);
  const headlines = headlineSpans(text);
  let lower: Set<string> | null = null;
  let positions: Map<string, number[]> | null = null;
  const scan: Scan = {
    text,
    tokens,
    headlines,
    lowerWords: () => (lower ??= new Set(tokens.map((t) => t.word).filter(isLowerInitial))),
    positions: () => (positions ??= positionsOf(tokens)),
  };
  const mentions: PersonMention[] = [];

  for (let i = 0; i < tokens.length;) {
    const word = tokens[i]?.word ?? '';
    if (isLowerInitial(word) && !isRoleWord(word)) {
      i++;
      continue;
    }
    const titled = titledAt(text, tokens, i);
    if (titled) {
      mentions.push(titled.mention);
      i = titled.next;
      continue;
    }
    const first = tokens[i];
    if (!first || (!isNameWord(stripPossessive(first.word).word) && !isInitialAt(text, first, false))) {
      i++;
      continue;
    }
    const whole = readRun(text, tokens, i);
    const lead = placeLead(text, tokens, i, whole);
    const run = lead > 0 ? readRun(text, tokens, i + lead) : whole;
    if (run.pieces.length >= 2) {
      const evidence = judgeRun(scan, run, tokens[i + lead - 1]);
      if (evidence) mentions.push(toMention(text, run.tokens, null, evidence));
    }
    i = Math.max(run.last + 1, i + 1);
  }

  const known = new Set([...(options.knownFamilies ?? [])].map(nameKey));
  for (const m of mentions) if (m.family && (m.given || m.title)) known.add(nameKey(m.family));
  return [...mentions, ...bareSurnames(text, tokens, mentions, known, headlines)].sort(
    (a, b) => a.start - b.start,
  );
}

/** A title phrase at token i and a name: "President Vladimir Putin", "Mr Putin", "aide Yuri Ushakov". */
function titledAt(text: string, tokens: Token[], i: number): { mention: PersonMention; next: number } | null {
  const title = matchTitle(text, tokens, i);
  if (!title) return null;
  const gap = text.slice(tokens[title.next - 1]?.end ?? 0, tokens[title.next]?.start ?? 0);
  if (gap !== ' ' && gap !== '\u00a0' && !(gap === '. ' && title.text.endsWith('.'))) return null;
  const run = readRun(text, tokens, title.next, true);
  const firstPiece = run.pieces[0];
  if (!firstPiece || run.pieces.length > 4) return null;
  // Only initials may come before the first name word: "Vice President J.D. Vance", "Sen. JD Vance".
  if (run.tokens.indexOf(firstPiece) !== run.tokens.findIndex((t) => !isInitialAt(text, t, true)))
    return null;
  const words = run.pieces.map((t) => stripPossessive(t.word).word);
  if (words.some(stopsName) || COMMON_WORDS.has(words[0] ?? '')) return null;
  // A lone place after a role is the role's place ("Prime Minister Israel" is no one); after an honorific
  // it is a surname ("Mr Jordan", "Baroness Scotland").
  if (words.length === 1 && isPlaceWord(words[0] ?? '') && !HONORIFICS.has(title.text.replace(/\.$/, '')))
    return null;
  const mention = toMention(text, run.tokens, title, 'title');
  return { mention, next: run.last + 1 };
}

/**
 * An initial: one capital and a full stop ("J." in "J. Smith" and "J.D. Vance"); after a title also two
 * capitals that are not a place ("Sen. JD Vance").
 */
function isInitialAt(text: string, t: Token, titled: boolean): boolean {
  if (/^\p{Lu}$/u.test(t.word)) {
    if (text.charAt(t.end) !== '.') return false;
    return !PLACE_INITIALS.test(text.slice(Math.max(0, t.start - 2), t.start + 4));
  }
  return titled && /^\p{Lu}{2}$/u.test(t.word) && text.charAt(t.end) === ' ' && !isPlaceWord(t.word);
}

/** Initials that spell a place, not a given name: "U.S.", "U.K.", "U.S.A.", "E.U.". */
const PLACE_INITIALS = /(?<![\p{L}.])(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.)/u;

/** A lower-case word that may open a title: "aide", "former", "then-President". */
function isRoleWord(word: string): boolean {
  const lower = word.includes('-') ? word.toLowerCase() : word;
  return isRoleHead(lower) || isRoleModifier(lower);
}

/** A generational or regnal suffix after a name: "Jr", "Sr", "II", "XIV". */
const SUFFIX = /^(?:Jr|Sr|(?=[IVX]{2})X{0,2}(?:IX|IV|V?I{0,3}))$/;

/**
 * Reads the capitalised run starting at token i: name words, particles and initials, joined by one space
 * (initials also by a bare full stop: "J.D."). `titled`: the run follows a title.
 */
function readRun(text: string, tokens: Token[], i: number, titled = false): Run {
  const run: Run = { tokens: [], pieces: [], last: i - 1 };
  for (let j = i; j < tokens.length && run.pieces.length <= 5; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t) break;
    if (j > i && prev && !joins(text, prev, t)) break;
    const word = stripPossessive(t.word).word;
    if (SUFFIX.test(word)) {
      // "Martin Luther King Jr", "King Charles III": a suffix ends the name; it opens none.
      if (run.pieces.length === 0) break;
      run.tokens.push(t);
      run.last = j;
      break;
    }
    const isInitial = isInitialAt(text, t, titled && j === i);
    const isParticle = j > i && PARTICLES.has(t.word) && particleLeadsToName(text, tokens, j);
    if (!isInitial && !isParticle && !isNameWord(word)) break;
    if (WEEKDAYS.has(word) || (MONTHS.has(word) && (j === i || /^\s*\d/.test(text.slice(t.end))))) break;
    if (j > i && titledAt(text, tokens, j)) break;
    run.tokens.push(t);
    if (!isInitial && !isParticle) run.pieces.push(t);
    run.last = j;
    if (hasPossessive(t.word)) break;
  }
  return run;
}

/**
 * How many tokens at token i open a run of name words with a place rather than the name: a country,
 * capital, demonym or region of one to three words ("Massachusetts Joshua Levy", "Swiss Roger Federer",
 * "New York Jay Clayton"), or the one word that closes an organisation's "X of" ("the District of Columbia
 * Jane Roe"), or a plural role ("Senators Tammy Baldwin"). Two name words must follow it, so "Jordan
 * Peterson" and "Virginia Woolf" keep their name.
 */
function placeLead(text: string, tokens: Token[], i: number, run: Run): number {
  const n = run.pieces.length;
  if (n < 3 || run.tokens[0] !== run.pieces[0]) return 0;
  for (let k = Math.min(3, n - 2); k >= 1; k--) {
    const last = run.pieces[k - 1];
    if (!last || run.tokens[k - 1] !== last) continue;
    const phrase = stripPossessive(text.slice(tokens[i]?.start ?? 0, last.end)).word;
    if (isPlaceWord(phrase) || isRegionName(phrase)) return k;
  }
  const [org, of, first] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  // A plural role before the first of several names: "U.S. Senators Tammy Baldwin and Ron Johnson".
  if (first && /\p{Ll}s$/u.test(first.word) && isRoleHead(first.word.slice(0, -1).toLowerCase())) return 1;
  if (!org || !of || !first || of.word !== 'of' || !ORG_WORDS.has(org.word)) return 0;
  return joins(text, org, of) && joins(text, of, first) ? 1 : 0;
}

/** A particle ("van", "der", "bin") counts only when more particles and then a name word follow it. */
function particleLeadsToName(text: string, tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || !joins(text, prev, t)) return false;
    if (!PARTICLES.has(t.word)) return isNameWord(t.word);
  }
  return false;
}

function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ' || gap === '\u00a0') return true;
  return /^\p{Lu}$/u.test(a.word) && (gap === '. ' || (gap === '.' && /^\p{Lu}$/u.test(b.word)));
}

/** What judging a run needs to know about the whole text, built lazily. */
type Scan = {
  text: string;
  tokens: Token[];
  headlines: [number, number][];
  lowerWords: () => Set<string>;
  positions: () => Map<string, number[]>;
};

/** Whether an untitled run of two or more name words is a person, and on what evidence. */
function judgeRun(scan: Scan, run: Run, before: Token | undefined): PersonEvidence | null {
  const { text } = scan;
  const words = run.pieces.map((t) => stripPossessive(t.word).word);
  const head = words[0] ?? '';
  if (words.length > 4 || words.some(stopsName) || words.some((w) => COMMON_WORDS.has(w))) return null;
  if (LEADING_WORDS.has(head) || MONTHS.has(head)) return null;
  const first = run.tokens[0];
  const last = run.tokens[run.tokens.length - 1];
  if (!first || !last) return null;
  if (isPlaceWord(head)) {
    // A country's or capital's name as a given name ("Israel Katz said", "Jordan Peterson, who"): only
    // with a person's cue, since "Berlin Wall" has the same shape; the place alone elsewhere is the place.
    const via = countryLexicon().get(head)?.via;
    if (words.length !== 2 || (via !== 'name' && via !== 'capital') || isPlaceWord(words[1] ?? ''))
      return null;
    return contextCue(text, first.start, last.end, hasPossessive(last.word)) ? 'context' : null;
  }
  // The word after the first name word, past any initials before it ("J. Robert Oppenheimer").
  const headToken = run.pieces[0];
  const afterHead = headToken ? (run.tokens[run.tokens.indexOf(headToken) + 1]?.word ?? '') : '';
  if (firstWordAlone(scan, head, afterHead)) return null;
  if (before && ORG_NOUNS.has(before.word) && text.slice(before.end, first.start) === ' ') return null;
  if (contextCue(text, first.start, last.end, hasPossessive(last.word))) return 'context';
  if (inSpans(scan.headlines, first.start) || words.some(isPlaceWord)) return null;
  if (words.some((w) => scan.lowerWords().has(w.toLowerCase()))) return null;
  const prev = before && text.slice(before.end, first.start) === ' ' ? before.word : '';
  if (/^(?:the|The|a|an|at|in|from|on|into|near|across|inside|outside)$/.test(prev)) return null;
  // Expansions of acronyms "(Extra Wide Body)" and quoted titles or slogans "Way Forward".
  if (/["“'‘(]$/.test(text.slice(Math.max(0, first.start - 1), first.start))) return null;
  // A middle initial marks a person even at a sentence's start: "George W. Bush spoke".
  const middle = run.tokens.slice(1, -1).some((t) => /^\p{Lu}$/u.test(t.word));
  return isSentenceInitial(text, first.start) && !middle ? null : 'name';
}

/** A stop word in a name, except a given name that is also an organisation word opening it ("Bill Gates"). */
function stopsName(word: string, k: number): boolean {
  return isStopWord(word) && !(k === 0 && GIVEN_NAME_ORG_WORDS.has(word));
}

/**
 * Organisations are shortened to their first word ("Lockheed Martin" ... "Lockheed", "Apple Computer" ...
 * "Apple"); people are not shortened to their given name, except a surname-first name after a title
 * ("President Xi"). True when the run's first word also stands without the run's second word.
 */
function firstWordAlone(scan: Scan, head: string, second: string): boolean {
  for (const k of scan.positions().get(head) ?? []) {
    const t = scan.tokens[k];
    const next = scan.tokens[k + 1];
    const prev = scan.tokens[k - 1];
    if (!t || (next && next.word === second && scan.text.slice(t.end, next.start) === ' ')) continue;
    if (next && /^\p{Lu}$/u.test(next.word)) continue;
    if (prev && (HONORIFICS.has(prev.word) || isRoleHead(prev.word.toLowerCase()))) continue;
    return true;
  }
  return false;
}

/** Indices of capitalised tokens by word (possessive stripped). */
function positionsOf(tokens: Token[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    if (isLowerInitial(t.word)) return;
    const word = stripPossessive(t.word).word;
    const list = map.get(word);
    if (list) list.push(k);
    else map.set(word, [k]);
  });
  return map;
}

function toMention(
  text: string,
  nameTokens: Token[],
  title: { start: number; text: string } | null,
  evidence: PersonEvidence,
): PersonMention {
  const suffix = nameTokens.length > 1 && SUFFIX.test(nameTokens[nameTokens.length - 1]?.word ?? '');
  const core = suffix ? nameTokens.slice(0, -1) : nameTokens;
  const firstTok = core[0];
  const coreTok = core[core.length - 1];
  const lastTok = nameTokens[nameTokens.length - 1];
  if (!firstTok || !coreTok || !lastTok) throw new Error('toMention needs at least one name token');
  const end = lastTok.end - stripPossessive(lastTok.word).cut;
  // The family name ends before a suffix: "Martin Luther King Jr" → family 'King'.
  const familyEnd = suffix ? coreTok.end : end;
  const start = title ? title.start : firstTok.start;
  // The family name starts at the last name word, or at the particles right before it.
  let familyAt = core.length - 1;
  while (familyAt > 1 && PARTICLES.has(core[familyAt - 1]?.word ?? '')) familyAt--;
  const familyStart = core[familyAt]?.start ?? coreTok.start;
  const single = core.length === 1;
  // Initials stand for the given name as written: "J.D. Vance" → given 'J.D.' (its key matches "JD").
  const initials = /^(?:\p{Lu}\.)+(?: ?\p{Lu}\.)*|^\p{Lu}{2}(?= )/u.exec(text.slice(firstTok.start, end));
  const firstWord = initials && !single ? initials[0] : stripPossessive(firstTok.word).word;
  const givenOnly = single && !!title && GIVEN_NAME_TITLES.has(title.text.split(/[\s.]/)[0] ?? '');
  return {
    start,
    end,
    text: text.slice(start, end),
    given: single ? (givenOnly ? firstWord : null) : firstWord,
    family: givenOnly ? null : text.slice(familyStart, familyEnd),
    title: title ? title.text : null,
    evidence,
  };
}
