import type { CountryMention } from './findCountries.ts';
import type { PersonMention } from './findPeople.ts';

/**
 * Nationality nouns that world-countries does not list as demonyms, each with its country (general
 * knowledge of English). Not country mentions: "the Spaniard" is a person.
 */
const NOUNS: Record<string, string> = {
  Spaniard: 'ES',
  Frenchman: 'FR',
  Frenchwoman: 'FR',
  Briton: 'GB',
  Englishman: 'GB',
  Englishwoman: 'GB',
  Scot: 'GB',
  Welshman: 'GB',
  Welshwoman: 'GB',
  Irishman: 'IE',
  Irishwoman: 'IE',
  Dutchman: 'NL',
  Dutchwoman: 'NL',
  Swede: 'SE',
  Dane: 'DK',
  Finn: 'FI',
  Pole: 'PL',
  Serb: 'RS',
  Croat: 'HR',
  Turk: 'TR',
  Icelander: 'IS',
  'New Zealander': 'NZ',
};

/** "the", optionally with an age ("the 22-year-old"), before the noun. */
const THE = '[Tt]he (?:\\d{1,3}-year-old )?';
const NOUN_PATTERN = new RegExp(`\\b${THE}(${Object.keys(NOUNS).join('|')})\\b`, 'g');
const THE_BEFORE = new RegExp(`\\b${THE}$`);

/**
 * Demonyms that also name a whole people ("the French voted", "the Chinese", "the Swiss"), so "the X"
 * is no single person; and plurals ("the Brazilians").
 */
const COLLECTIVE = /(?:sh|ch|ese|ss|s)$/;

/** How far back (UTF-16 units) the person "the Spaniard" refers to may be named. */
const REACH = 300;

/** A nationality noun or singular demonym read as a person ("the Spaniard", "the Brazilian striker"). */
export type NationalityNoun = { start: number; end: number; text: string; country: string };

/**
 * "the Spaniard", "the Brazilian", "the 22-year-old Dane": a noun of nationality that refers to a
 * person. A demonym counts
 * when the phrase ends there (punctuation, or a verb: "the Brazilian said", "the Kenyan, who"); "the
 * German government" is no person, and "the Ukrainian president" is left out too: a description with a
 * role often brings in someone new (the other leader of a call), not the person just named.
 */
export function findNationalityNouns(text: string, countries: readonly CountryMention[]): NationalityNoun[] {
  const out: NationalityNoun[] = [];
  NOUN_PATTERN.lastIndex = 0;
  for (let m = NOUN_PATTERN.exec(text); m; m = NOUN_PATTERN.exec(text)) {
    const word = m[1] ?? '';
    const country = NOUNS[word];
    if (!country || /^[\p{L}-]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
    if (/^ \p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], country });
  }
  for (const c of countries) {
    if (c.via !== 'demonym' || COLLECTIVE.test(c.text)) continue;
    const lead = THE_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (!lead) continue;
    const rest = text.slice(c.end, c.end + 30);
    const next = /^ ([\p{L}]+)/u.exec(rest)?.[1];
    if (!/^[,.;:!?)]/.test(rest) && !(next !== undefined && PERSON_NEXT.test(next))) continue;
    const start = c.start - lead[0].length;
    out.push({ start, end: c.end, text: text.slice(start, c.end), country: c.country });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word after "the Brazilian" showing the phrase is a person: a verb, an adverb before one, or "who". */
const PERSON_NEXT =
  /^(?:who|said|says|told|added|won|wins|lost|loses|beat|beats|was|is|has|had|will|would|could|took|takes|made|makes|scored|scores|finished|reached|claimed|became|remains|set|broke|ran|led|leads|left|came|went|got|gave|saw|fell|also|then|now)$|^[a-z]{3,}ed$/;

/**
 * The person each nationality phrase refers to: the nearest person mention ending before it, within
 * REACH characters (the news habit: "Nadal won. The Spaniard ..."). Returns [person index, phrase]
 * pairs; a person may get several phrases.
 */
export function referents(
  people: readonly Pick<PersonMention, 'start' | 'end'>[],
  nouns: readonly NationalityNoun[],
): [number, NationalityNoun][] {
  const out: [number, NationalityNoun][] = [];
  for (const n of nouns) {
    let best = -1;
    people.forEach((m, i) => {
      if (m.end <= n.start && n.start - m.end <= REACH && (best < 0 || m.end > (people[best]?.end ?? 0)))
        best = i;
    });
    if (best >= 0) out.push([best, n]);
  }
  return out;
}
