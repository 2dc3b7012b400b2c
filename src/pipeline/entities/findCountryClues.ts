import { findInstitutions } from './countryInstitutions.ts';
import { findCountries, type CountryMention } from './findCountries.ts';
import type { PersonMention } from './findPeople.ts';
import { ROLE_MODIFIERS, TITLE_DEPARTMENTS, isRoleHead } from './personWords.ts';
import { findRegions } from './regionNames.ts';
import { findNationalityNouns, referents, type NationalityNoun } from './nationalityNouns.ts';

/**
 * How a clue ties a person to a country, always by words next to the name:
 * - 'before': a country form, then role words, then the name ("Russian President Vladimir Putin",
 *   "U.S. Secretary of State Marco Rubio", "Kremlin aide Yuri Ushakov", "British PM Keir Starmer",
 *   "Texas Governor Greg Abbott"), or a demonym right before the name ("Italian Jannik Sinner");
 * - 'possessive': "Japan's Prime Minister Shigeru Ishiba", "Russia's Vladimir Putin";
 * - 'title': a country inside the title ("President of France Emmanuel Macron");
 * - 'of': "President Vladimir Putin of Russia";
 * - 'apposition': ", the Russian leader", ", Germany's chancellor", ", president of France" after the name;
 * - 'noun': a later nationality phrase referring back to the person ("Nadal won. The Spaniard said"),
 *   only for a mention no words next to it bind (nationalityNouns.ts).
 */
export type CluePattern = 'before' | 'possessive' | 'title' | 'of' | 'apposition' | 'noun';

/**
 * A person mention's country as the words around it state it. `person` indexes the mentions given to
 * findCountryClues; `start`/`end` (UTF-16, end exclusive) span the clue phrase, person included, and
 * `text === text.slice(start, end)`.
 */
export type CountryClue = {
  person: number;
  country: string;
  start: number;
  end: number;
  text: string;
  pattern: CluePattern;
};

/**
 * A country form: a country mention (name, demonym, alias, capital), an institution of the table, or a
 * region of a country ("Texas", "Ontario"; regionNames.ts), which binds only before a role ("Texas
 * Governor Greg Abbott"). `demonym`: a demonym, which binds right before a name too ("Italian Jannik
 * Sinner", the sports and wire shape).
 */
type Form = {
  start: number;
  end: number;
  text: string;
  country: string;
  adjective: boolean;
  demonym?: boolean;
  region?: boolean;
};

/** Role nouns for a person who deals with a country, not of it, after a country's noun ("Ukraine envoy"). */
const TOPIC_ROLES = new Set(
  `envoy expert analyst analysist correspondent reporter editor adviser advisor negotiator strategist
  historian researcher scientist coordinator economist commentator columnist specialist czar tsar observer
  scholar watcher hawk`.split(/\s+/),
);
/** Words after a demonym that make it a subject, not a nationality ("Russian affairs adviser"). */
const TOPIC_WORDS = new Set('affairs studies history politics literature language languages'.split(' '));
/** Roles of a US state (or other region) that "Georgia" shares with the country of that name. */
const SUBNATIONAL = new Set(
  `governor gov senator sen rep representative congressman congresswoman lawmaker legislator mayor sheriff
  attorney assemblyman assemblywoman`.split(/\s+/),
);
/** Words of a government body between a country and a role ("Russian Defence Ministry spokesman"). */
const BODY_WORDS = new Set(
  `ministry department government embassy army navy air force military cabinet office council police
  intelligence central bank`.split(/\s+/),
);
const EXTRA_HEADS = new Set(['counterpart', 'pm', 'fm', 'mp', 'ceo']);
const DEPARTMENTS = new Set([...TITLE_DEPARTMENTS].map((w) => w.toLowerCase()));

function isHead(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return isRoleHead(w) || EXTRA_HEADS.has(w);
}

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return isHead(w) || ROLE_MODIFIERS.has(w) || BODY_WORDS.has(w) || DEPARTMENTS.has(w);
}

/** Aliases of the country lexicon that name a seat of government, not the country's land. */
const SEATS = new Set([
  'Kremlin',
  'White House',
  'Pentagon',
  'Downing Street',
  'No 10',
  'No. 10',
  'Number 10',
]);

/**
 * Forms that read as adjectives: demonyms, short forms and seats of government ("US envoy", "Kremlin
 * adviser" work for the country); a country's noun may name a subject instead ("Ukraine envoy").
 */
function adjectival(c: CountryMention): boolean {
  if (c.via === 'demonym' || SEATS.has(c.text)) return true;
  return c.via === 'alias' && !/\p{Ll}/u.test(c.text);
}

/**
 * The country clues of a text's person mentions: at most one per mention; a mention whose words name two
 * countries ("Russian-born American X" aside, which is refused outright) gives none. Only forms adjacent
 * to the name or its title bind: a demonym elsewhere in the sentence ("Trump, speaking of Russian oil")
 * says nothing about the person. Hyphenated origins ("Russian-born", "Iranian-American", "US-based") are
 * refused, since they state origin or ties, not the person's country. Pure; `countries` may be passed
 * when already found for this text.
 */
export function findCountryClues(
  text: string,
  people: readonly PersonMention[],
  countries: readonly CountryMention[] = findCountries(text),
): CountryClue[] {
  const byEnd = new Map<number, Form>();
  const byStart = new Map<number, Form>();
  const add = (f: Form) => {
    const held = byEnd.get(f.end);
    if (!held || held.start > f.start) byEnd.set(f.end, f);
    const from = byStart.get(f.start);
    if (!from || from.end < f.end) byStart.set(f.start, f);
  };
  for (const c of countries) add({ ...c, adjective: adjectival(c), demonym: c.via === 'demonym' });
  for (const i of findInstitutions(text)) add({ ...i, adjective: true });
  for (const r of findRegions(text)) add({ ...r, adjective: true, region: true });
  if (byEnd.size === 0) return nounClues(people, countries, text, []);

  const out: CountryClue[] = [];
  people.forEach((m, person) => {
    const found = [before(text, m, byEnd), ofTitle(text, m, byStart), after(text, m, byStart)].flatMap(
      (c) => c ?? [],
    );
    const first = found[0];
    if (!first || found.some((c) => c.country !== first.country)) return;
    out.push({ person, ...first, text: text.slice(first.start, first.end) });
  });
  return [...out, ...nounClues(people, countries, text, out)].sort((a, b) => a.person - b.person);
}

/** Clues from nationality phrases, for mentions without a clue; two countries for one mention: none. */
function nounClues(
  people: readonly PersonMention[],
  countries: readonly CountryMention[],
  text: string,
  bound: readonly CountryClue[],
): CountryClue[] {
  const nouns = findNationalityNouns(text, countries);
  if (nouns.length === 0) return [];
  const taken = new Set(bound.map((c) => c.person));
  const byPerson = new Map<number, NationalityNoun[]>();
  for (const [person, noun] of referents(people, nouns)) {
    if (!taken.has(person)) byPerson.set(person, [...(byPerson.get(person) ?? []), noun]);
  }
  return [...byPerson].flatMap(([person, list]) => {
    const first = list[0];
    if (!first || list.some((n) => n.country !== first.country)) return [];
    const { start, end, text: phrase, country } = first;
    return [{ person, country, start, end, text: phrase, pattern: 'noun' as const }];
  });
}

type Found = { country: string; start: number; end: number; pattern: CluePattern };

const WORD_BEFORE = /([\p{L}][\p{L}.'’-]*) $/u;

/** "Russian President Vladimir Putin", "Japan's Prime Minister ...", "Kremlin aide Yuri Ushakov". */
function before(text: string, m: PersonMention, byEnd: Map<number, Form>): Found | null {
  let pos = m.start;
  const between: string[] = [];
  for (let n = 0; n <= 5; n++) {
    if (text.charAt(pos - 1) !== ' ') return null;
    const direct = byEnd.get(pos - 1);
    const possessive = /['’]s $/.test(text.slice(pos - 3, pos)) ? byEnd.get(pos - 3) : undefined;
    const form = direct ?? possessive;
    if (form) {
      const roles = [...between.reverse(), ...titleWords(m)];
      const hasHead = roles.some(isHead);
      const bare = !possessive && roles.length === 0 && form.demonym && text.charAt(form.end) === ' ';
      if (!possessive && !hasHead && !bare) return null;
      if (form.region && !hasHead) return null;
      if (possessive && !hasHead && form.adjective) return null;
      if (!accepts(text, form, roles, !!possessive)) return null;
      return {
        country: form.country,
        start: form.start,
        end: m.end,
        pattern: possessive ? 'possessive' : 'before',
      };
    }
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 30), pos))?.[1];
    if (!word || !isRoleWord(word)) return null;
    between.push(word);
    pos -= word.length + 1;
  }
  return null;
}

/** "President of France Emmanuel Macron": a country ending the title's "of" part. */
function ofTitle(text: string, m: PersonMention, byStart: Map<number, Form>): Found | null {
  if (!m.title) return null;
  const title = text.slice(m.start, m.start + m.title.length);
  const of = / of (?:the )?$/.exec(title.replace(/\S+$/, ''));
  if (!of) return null;
  for (let k = m.start + of.index; k < m.start + title.length; k++) {
    const form = byStart.get(k);
    if (form && form.end === m.start + title.length && accepts(text, form, titleWords(m), true)) {
      return { country: form.country, start: m.start, end: m.end, pattern: 'title' };
    }
  }
  return null;
}

const BOUNDARY = /^(?:[,.;:!?)"”’—–]|\s+(?:\p{Ll}|\(|—|–)|\s*$)/u;

/** ", the Russian leader", ", Germany's chancellor", ", president of France", " of Russia" after the name. */
function after(text: string, m: PersonMention, byStart: Map<number, Form>): Found | null {
  const rest = text.slice(m.end, m.end + 120);
  const of = m.title ? /^ of (?:the )?/.exec(rest) : null;
  if (of) {
    const form = byStart.get(m.end + of[0].length);
    if (form && !form.adjective && BOUNDARY.test(text.slice(form.end, form.end + 3))) {
      if (accepts(text, form, titleWords(m), true))
        return { ...found(form, m.start, form.end), pattern: 'of' };
    }
  }
  const lead = /^,\s+(?:(?:the|a|an)\s+)?(?:(?:former|then|then-|acting)\s*)?/.exec(rest);
  if (!lead) return null;
  let pos = m.end + lead[0].length;
  const form = byStart.get(pos);
  const roles: string[] = [];
  if (form) {
    pos = form.end;
    const possessive = /^['’]s /.test(text.slice(pos, pos + 3));
    if (possessive) pos += 2;
    const end = readRoles(text, pos, roles);
    if (roles.length === 0 || !isHead(roles[roles.length - 1] ?? '')) return null;
    if (!BOUNDARY.test(text.slice(end, end + 3))) return null;
    if (!accepts(text, form, roles, possessive)) return null;
    return { ...found(form, m.start, end), pattern: 'apposition' };
  }
  // ", president of France," / ", the leader of Russia"
  const end = readRoles(text, pos - 1, roles);
  const tail = /^ of (?:the )?/.exec(text.slice(end, end + 8));
  if (roles.length === 0 || !isHead(roles[roles.length - 1] ?? '') || !tail) return null;
  const country = byStart.get(end + tail[0].length);
  if (!country || country.adjective || !BOUNDARY.test(text.slice(country.end, country.end + 3))) return null;
  if (!accepts(text, country, roles, true)) return null;
  return { ...found(country, m.start, country.end), pattern: 'apposition' };
}

function found(form: Form, start: number, end: number): Omit<Found, 'pattern'> {
  return { country: form.country, start, end };
}

/** Reads up to five role words, each after one space, starting at `pos`; returns the end of the last. */
function readRoles(text: string, pos: number, into: string[]): number {
  let end = pos;
  for (let n = 0; n < 5; n++) {
    const w = /^ ([\p{L}][\p{L}.'’-]*)/u.exec(text.slice(end, end + 40))?.[1];
    if (!w || !isRoleWord(w.replace(/\.$/, ''))) break;
    into.push(w.replace(/\.$/, ''));
    end += w.replace(/\.$/, '').length + 1;
  }
  return end;
}

function titleWords(m: PersonMention): string[] {
  return m.title ? m.title.split(/\s+/) : [];
}

/**
 * Whether a form next to a person's role words states the person's country: not a hyphenated origin
 * ("Russian-born", "Iranian-American", "US-based"), not a subject ("Russian affairs adviser", "Ukraine
 * envoy" unless possessive), not the US state of Georgia ("Georgia Governor Brian Kemp").
 */
function accepts(text: string, form: Form, roles: string[], possessive: boolean): boolean {
  if (text.charAt(form.start - 1) === '-' || text.charAt(form.end) === '-') return false;
  if (
    /[\p{L}]-(?:born|raised|bred|based|descended|American)\s+$/u.test(text.slice(form.start - 30, form.start))
  ) {
    return false;
  }
  const lower = roles.map((r) => r.toLowerCase().replace(/\.$/, ''));
  if (!possessive && TOPIC_WORDS.has(lower[0] ?? '')) return false;
  if (!possessive && !form.adjective && lower.some((r) => TOPIC_ROLES.has(r))) return false;
  if (form.text === 'Georgia' && lower.some((r) => SUBNATIONAL.has(r))) return false;
  return true;
}
