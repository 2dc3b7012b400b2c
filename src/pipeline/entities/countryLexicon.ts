import countries from 'world-countries';

export type CountryVia = 'name' | 'demonym' | 'alias' | 'capital';
export type LexiconEntry = { surface: string; country: string; via: CountryVia };

/**
 * The short alias table: metonyms and common forms that world-countries does not carry. Only forms a
 * reader of English news would recognise at once as the country itself. Nato and EU are not countries.
 * Capitals that the data already has (Moscow, Kyiv, Tehran, London) come from the data, not from here.
 */
const ALIASES: readonly (readonly [string, string])[] = [
  ['U.S.', 'US'],
  ['U.S.A.', 'US'],
  ['US', 'US'],
  ['USA', 'US'],
  ['America', 'US'],
  ['Washington', 'US'],
  ['White House', 'US'],
  ['Pentagon', 'US'],
  ['UK', 'GB'],
  ['U.K.', 'GB'],
  ['Britain', 'GB'],
  ['Downing Street', 'GB'],
  ['No 10', 'GB'],
  ['No. 10', 'GB'],
  ['Number 10', 'GB'],
  ['Northern Ireland', 'GB'],
  ['Kremlin', 'RU'],
  ['Kiev', 'UA'],
  ['Turkey', 'TR'],
  ['Czech Republic', 'CZ'],
];

/**
 * Spellings in world-countries' altSpellings that are English words or brands more often than the country
 * ("Island" for Iceland, "Emirates" the airline), so they are not used.
 */
const UNUSED_SPELLINGS = new Set(['Island', 'Emirates', 'Mann', 'Prathet', 'Timor']);

/** Capitals that are far more often a person's name or another place than the capital in question. */
const UNUSED_CAPITALS = new Set(['Victoria', 'Kingston', 'Georgetown', 'Washington D.C.', 'Jamestown']);

const LATIN = /^[\p{Script=Latin}\p{M}\p{N} .,'’()-]+$/u;

type Ranked = LexiconEntry & { rank: number };

/** Rank for a clash of one surface form between countries: the UN member, then the larger country wins. */
function rankOf(country: (typeof countries)[number], via: CountryVia): number {
  const viaRank = { alias: 4, name: 3, demonym: 2, capital: 1 }[via];
  return viaRank * 1e12 + (country.unMember ? 1e11 : 0) + (country.independent ? 1e10 : 0) + country.area;
}

function plural(demonym: string): string | null {
  return /(?:s|sh|ch|ese|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

function usable(surface: string, code: string): boolean {
  if (surface.length < 2 || surface === code || !LATIN.test(surface) || UNUSED_SPELLINGS.has(surface)) {
    return false;
  }
  // Two-letter codes are in the alias table only when wanted; other short upper-case forms (UAE, DRC) stay.
  return !/^[A-Z]{2}$/.test(surface) && /^\p{Lu}/u.test(surface) && !surface.includes(',');
}

function build(): Map<string, LexiconEntry> {
  const best = new Map<string, Ranked>();
  const offer = (surface: string, country: (typeof countries)[number], via: CountryVia): void => {
    const rank = rankOf(country, via);
    const held = best.get(surface);
    if (!held || held.rank < rank) best.set(surface, { surface, country: country.cca2, via, rank });
  };
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (usable(name, c.cca2)) offer(name, c, 'name');
    }
    const demonyms = c.demonyms['eng'];
    for (const d of demonyms ? [demonyms.m, demonyms.f] : []) {
      // "Antiguan, Barbudan" and "Kittitian or Nevisian" list two demonyms in one string.
      for (const part of d.split(/, | or /)) {
        if (!usable(part, c.cca2)) continue;
        offer(part, c, 'demonym');
        const many = plural(part);
        if (many) offer(many, c, 'demonym');
      }
    }
    if (c.unMember || c.independent) {
      for (const capital of c.capital) {
        if (usable(capital, c.cca2) && !UNUSED_CAPITALS.has(capital)) offer(capital, c, 'capital');
      }
    }
  }
  const byCode = new Map(countries.map((c) => [c.cca2, c]));
  for (const [surface, code] of ALIASES) {
    const country = byCode.get(code);
    if (country) best.set(surface, { surface, country: code, via: 'alias', rank: Infinity });
  }
  return new Map([...best].map(([k, { surface, country, via }]) => [k, { surface, country, via }]));
}

let lexicon: Map<string, LexiconEntry> | null = null;
let buckets: Map<string, LexiconEntry[]> | null = null;

/** Every surface form, keyed by its exact text (case-sensitive). Built once, on first use. */
export function countryLexicon(): Map<string, LexiconEntry> {
  lexicon ??= build();
  return lexicon;
}

/** Surface forms grouped by their first two characters, longest first, for prefix matching. */
export function lexiconBuckets(): Map<string, LexiconEntry[]> {
  if (!buckets) {
    buckets = new Map();
    for (const entry of countryLexicon().values()) {
      const key = entry.surface.slice(0, 2);
      const list = buckets.get(key) ?? [];
      list.push(entry);
      buckets.set(key, list);
    }
    for (const list of buckets.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  }
  return buckets;
}

/** True when a single word is a country name, demonym (singular or plural), capital or alias. */
export function isPlaceWord(word: string): boolean {
  return countryLexicon().has(word);
}

/** The common English name of a country from its ISO 3166-1 alpha-2 code; the code when unknown. */
export function commonName(code: string): string {
  return countries.find((c) => c.cca2 === code)?.name.common ?? code;
}
