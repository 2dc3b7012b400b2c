import { commonName, lexiconBuckets, type CountryVia, type LexiconEntry } from './countryLexicon.ts';
import { isNameWord } from './nameTokens.ts';
import { findRegions } from './regionNames.ts';
import {
  COMMON_WORDS,
  HONORIFICS,
  LEADING_WORDS,
  ORG_WORDS,
  ROLE_MODIFIERS,
  isRoleHead,
} from './personWords.ts';

export type CountryMention = { start: number; end: number; text: string; country: string; via: CountryVia };

/**
 * Country mentions in a text, longest form first, case-sensitive ("US" but not "us", "Turkey" but not
 * "turkey"). Sources: world-countries names, official names, alternative spellings, English demonyms
 * (singular and plural) and the capitals of independent countries, plus the short alias table in
 * countryLexicon.ts. Offsets are UTF-16, end exclusive, `text === text.slice(start, end)`.
 *
 * Choices for the traps:
 * - A form shared by several entries goes to the UN member, then the larger country: "French" is France
 *   (not the French Southern Territories), "American" the United States (not American Samoa or the Northern
 *   Marianas), "Dutch" the Netherlands, "Dominican" the Dominican Republic, "Congolese" DR Congo.
 * - Word boundaries on both sides: "Indiana" is not India, "Nigeria" not Niger; the longest form wins:
 *   "Papua New Guinea", "South Sudan", "American Samoa" are not Guinea, Sudan or American.
 * - A form right after a capitalised word that is not a title or a place is part of another name and is
 *   skipped: "George Washington", "New Mexico", "Latin American", "Michael Jordan". Directional words
 *   ("Eastern Ukraine") do not count; "Northern Ireland" is in the alias table as GB.
 * - A single-word country name or capital right before a capitalised word that is not a title, a role, a
 *   place or an organisation word is taken for a given name: "Jordan Peterson", "Chad Smith", "Paris
 *   Hilton", "Israel Katz". "Japan Airlines" and "Russia Today"-style names are kept as the country.
 * - A form right after an honorific is a surname: "Ms Scotland", "Mr. Jordan", "Baroness Scotland".
 * - "Georgia" is the country, except after "City, " (the US "Atlanta, Georgia" dateline style), in a text
 *   that names other US places and nothing of the country (isUsStateText), or after
 *   "state of"; "Washington" is the US government, except in "Washington state" / "Washington State".
 * - "US" in an all-capitals run of words ("HELP US NOW") is not the country, nor in "US$" or "US dollars"
 *   (a currency). "America"/"American" after North, South, Central or Latin is a continent.
 * - A form inside a company name is not the country: before a company word within three capitalised words
 *   ("Qatar Airways", "China Eastern Airlines", "Singapore Airlines") or after "Air" ("Air Canada").
 *   Government bodies keep their country ("Russian Defence Ministry", "UK Government").
 */
export function findCountries(text: string): CountryMention[] {
  const buckets = lexiconBuckets();
  // The text's lower-case words, gathered the first time a sentence-initial word needs them.
  let lower: Set<string> | null = null;
  const lowerWords = () => (lower ??= new Set(text.match(/\b\p{Ll}+\b/gu) ?? []));
  const out: CountryMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 192)) continue;
    const list = buckets.get(text.slice(i, i + 2));
    if (!list || (i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1)))) continue;
    for (const entry of list) {
      const end = i + entry.surface.length;
      if (!text.startsWith(entry.surface, i) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
      if (rejected(text, i, end, entry, lowerWords)) break;
      out.push({ start: i, end, text: entry.surface, country: entry.country, via: entry.via });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** The common English name of a country (world-countries `name.common`) from its alpha-2 code. */
export function countryName(code: string): string {
  return commonName(code);
}

const WORD_BEFORE = /([\p{L}][\p{L}'’-]*)([ \u00a0])$/u;
const WORD_AFTER = /^[ \u00a0]([\p{L}][\p{L}'’-]*)/u;

function rejected(
  text: string,
  start: number,
  end: number,
  { surface, via }: LexiconEntry,
  lowerWords: () => Set<string>,
): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1] ?? '';
  // A sentence-initial word before the form is a name only if the text never writes it in lower case.
  const beforeAt = start - before.length - 1;
  const initialCommon = atSentenceStart(text, beforeAt) && lowerWords().has(before.toLowerCase());
  if (before && isOtherNameWord(before) && !initialCommon) return true;
  // After an honorific the form is a surname: "Ms Scotland", "Mr. Jordan", "Baroness Scotland".
  if (HONORIFICS.has(before) || HONORIFICS.has(honorificBefore(text, start))) return true;
  const single = !surface.includes(' ') && via !== 'demonym' && via !== 'alias';
  if ((single || surface === 'Washington') && after && isOtherNameWord(after)) return true;
  if (
    surface === 'Georgia' &&
    (/(?:\p{Lu}[\p{L}.-]*, |state of )$/u.test(text.slice(Math.max(0, start - 30), start)) ||
      (isUsStateText(text) && !NATIONAL_AFTER.test(text.slice(end, end + 40))))
  ) {
    return true;
  }
  if (surface === 'Washington' && /^ [Ss]tate\b/.test(text.slice(end, end + 7))) return true;
  if (/^(?:America|American|Americans)$/.test(surface) && /^(?:North|South|Central|Latin)$/.test(before)) {
    return true;
  }
  if (surface === 'US' && /^(?:\$| dollars?\b)/.test(text.slice(end, end + 8))) return true;
  if (before === 'Air' || companyName(text.slice(end, end + 40))) return true;
  if (surface === 'US') {
    const around = `${text.slice(Math.max(0, start - 12), start)} ${text.slice(end, end + 12)}`;
    if (/\b[A-Z]{3,}\b/.test(around.replace(/\b(?:U\.S|USA|UK|EU|UN|NATO)\b/g, ''))) return true;
  }
  return false;
}

/** The word before a form written "Mr. Jordan": an abbreviated honorific with its full stop. */
/**
 * A text that places "Georgia" among US places: it names another US state (not "Washington", which is
 * also the US government), "Washington, D.C." or Atlanta, and nothing of the country (Tbilisi, a
 * Georgian, the Caucasus).
 */
function isUsStateText(text: string): boolean {
  const memo = usStateMemo.get(text);
  if (memo !== undefined) return memo;
  const us =
    /\bWashington,? D\.C\.|\bAtlanta\b/.test(text) ||
    findRegions(text).some((r) => r.country === 'US' && r.text !== 'Washington');
  const answer = us && !/\b(?:Tbilisi|Georgians?|Caucasus|Abkhazia|South Ossetia|Batumi)\b/.test(text);
  if (usStateMemo.size > 64) usStateMemo.clear();
  usStateMemo.set(text, answer);
  return answer;
}
const usStateMemo = new Map<string, boolean>();
/** "Georgia's president", "Georgia's foreign ministry": a country's offices, never a US state's. */
const NATIONAL_AFTER =
  /^['’]s (?:president|prime minister|parliament|foreign|defen[cs]e minist|ruling party|capital|national)/i;

function honorificBefore(text: string, start: number): string {
  return /(\p{Lu}\p{Ll}{1,3})\. $/u.exec(text.slice(Math.max(0, start - 8), start))?.[1] ?? '';
}

const COMPANY_WORDS = new Set(
  `Airways Airlines Airport Motors Motor Inc Corp Corporation Ltd Plc Bank Holdings Company Telecom
  Railways Rail Shipping Petroleum Steel Electric`.split(/\s+/),
);

/** True when up to three capitalised words after the form end in a company word ("Airlines", "Inc"). */
function companyName(after: string): boolean {
  const m = /^((?: [\p{Lu}][\p{L}&.-]*){1,3})/u.exec(after);
  return !!m && (m[1] ?? '').split(' ').some((w) => COMPANY_WORDS.has(w.replace(/\.$/, '')));
}

/** A capitalised word that can belong to a person's or a place's own name: not a title, role or org word. */
function isOtherNameWord(word: string): boolean {
  if (!isNameWord(word) || /['’]s$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (COMMON_WORDS.has(word) || ORG_WORDS.has(word) || isRoleHead(lower) || ROLE_MODIFIERS.has(lower)) {
    return false;
  }
  if (
    lexiconBuckets()
      .get(word.slice(0, 2))
      ?.some((e) => e.surface === word)
  )
    return false;
  return !LEADING_WORDS.has(word) || /^(?:New|Latin)$/.test(word);
}

function atSentenceStart(text: string, wordStart: number): boolean {
  let i = wordStart - 1;
  while (i >= 0 && /[ \t"'‘“(]/.test(text.charAt(i))) i--;
  return i < 0 || /[\n.!?:]/.test(text.charAt(i));
}
