import { findTableWords, tableWordPattern, type TableWordMention } from './tableWords.ts';

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

export type InstitutionMention = TableWordMention;

const BY_SURFACE = new Map(INSTITUTIONS);
const PATTERN = tableWordPattern(BY_SURFACE.keys());

/** Every institution of the table in a text (case-sensitive, whole words), in text order. */
export function findInstitutions(text: string): InstitutionMention[] {
  return findTableWords(text, PATTERN, BY_SURFACE);
}
