/** Irregular past forms to their present (third person singular). */
const IRREGULAR: Record<string, string> = {
  struck: 'strikes',
  held: 'holds',
  met: 'meets',
  spoke: 'speaks',
  sent: 'sends',
  won: 'wins',
  told: 'tells',
  said: 'says',
  led: 'leads',
  took: 'takes',
  gave: 'gives',
  made: 'makes',
  came: 'comes',
  ran: 'runs',
  hit: 'hits',
  put: 'puts',
  quit: 'quits',
  cut: 'cuts',
  fought: 'fights',
  began: 'begins',
  found: 'finds',
  stood: 'stands',
  drew: 'draws',
  threw: 'throws',
  left: 'leaves',
  brought: 'brings',
  sold: 'sells',
  broke: 'breaks',
  wrote: 'writes',
  froze: 'freezes',
  shot: 'shoots',
  fled: 'flees',
  flew: 'flies',
  rose: 'rises',
  fell: 'falls',
  lost: 'loses',
  paid: 'pays',
  chose: 'chooses',
  sought: 'seeks',
  thought: 'thinks',
  became: 'becomes',
};

/**
 * A past-tense verb as a headline-style present: "struck" -> "strikes", "signed" -> "signs",
 * "approved" -> "approves"; with a plural subject ("Trump and Putin held") the plain form ("hold").
 * Words that are not past tense come back unchanged.
 */
export function toPresent(word: string, plural = false): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return plural ? plainForm(irregular) : irregular;
  let base: string | null = null;
  if (/ed$/.test(lower) && lower.length > 3) base = baseOfRegular(lower, 2);
  else if (/ing$/.test(lower) && lower.length > 5) base = baseOfRegular(lower, 3);
  if (!base) return word;
  return plural ? base : thirdPerson(base);
}

/** True for an irregular past form or a lower-case word in -ed: "held", "launched". */
export function isPastForm(word: string): boolean {
  return IRREGULAR[word] !== undefined || /^[a-z]{2,}ed$/.test(word);
}

function baseOfRegular(form: string, suffix: 2 | 3): string {
  if (suffix === 2 && /^[a-z]{1,2}ied$/.test(form)) return form.slice(0, -1); // died, lied, tied
  if (suffix === 2 && /ied$/.test(form)) return `${form.slice(0, -3)}y`;
  if (suffix === 2 && /[^e]eed$/.test(form)) return form.slice(0, -1); // agreed, freed
  const stem = form.slice(0, -suffix);
  // One syllable ending consonant-vowel-consonant takes an e back: sided, voted, ruled, hoping.
  if (/^[^aeiouy]*[aeiouy][bcdfgklmnprstvz]$/.test(stem) && !/(?:ck|ll|ss)$/.test(stem)) return `${stem}e`;
  if (/([bdfgmnprt])\1$/.test(stem)) return stem.slice(0, -1); // stopped -> stop
  if (/(?:[vcuz]|[aeiou]s|[^aeiou]g|[^aeiouyl]l|[^aeiou][aou]r|[^e]at)$/.test(stem)) {
    return `${stem}e`; // approved, announced, argued, paused, changed, urged, settled, declared, debated
  }
  return stem;
}

function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function plainForm(third: string): string {
  if (/[^aeiou]ies$/.test(third) && third.length > 5) return `${third.slice(0, -3)}y`;
  if (/(?:s|sh|ch|x|z)es$/.test(third)) return third.slice(0, -2);
  return third.replace(/s$/, '');
}
