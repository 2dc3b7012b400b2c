/**
 * Institutions that stand for their country in news English, for binding people to countries only
 * ("Fed Chair Jerome Powell", "Dmitry Peskov, the Kremlin spokesman"): a person introduced by one of
 * these works for that country's state. Kremlin, White House, Pentagon and Downing Street are in the
 * country lexicon already (countryLexicon.ts) and are not repeated here.
 *
 * Left out on purpose: "Congress" (India's Congress party: "Congress leader Rahul Gandhi"), "Parliament",
 * "Senate", "Foreign Office" and other names many countries share, and parties.
 */
export const INSTITUTIONS: readonly (readonly [string, string])[] = [
  ['Fed', 'US'],
  ['Federal Reserve', 'US'],
  ['State Department', 'US'],
  ['Capitol Hill', 'US'],
  ['Whitehall', 'GB'],
  ['Elysee', 'FR'],
  ['Élysée', 'FR'],
  ['Elysée', 'FR'],
  ['Quai d’Orsay', 'FR'],
  ["Quai d'Orsay", 'FR'],
  ['Bundestag', 'DE'],
  ['Bundesbank', 'DE'],
  ['Bundeswehr', 'DE'],
  ['Duma', 'RU'],
  ['Knesset', 'IL'],
  ['Zhongnanhai', 'CN'],
  ['Bank of England', 'GB'],
  ['Bank of Japan', 'JP'],
];

export type InstitutionMention = { start: number; end: number; text: string; country: string };

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...INSTITUTIONS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([s]) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const BY_SURFACE = new Map(INSTITUTIONS);

/** Every institution of the table in a text (case-sensitive, whole words), in text order. */
export function findInstitutions(text: string): InstitutionMention[] {
  const out: InstitutionMention[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const country = BY_SURFACE.get(m[0]);
    if (country) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], country });
  }
  return out;
}
