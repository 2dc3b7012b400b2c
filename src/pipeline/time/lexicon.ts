import type { Season, Unit } from './mention.ts';

/** Words and pattern pieces shared by the recognisers. Patterns are sources for case-sensitive RegExps. */

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  'a couple of': 2,
  'a dozen': 12,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
/** A number written in words or digits, optionally "and a half": captured as one group by callers. */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:-(?:${ONES}))?|a couple of|a dozen|${Object.keys(
  SMALL,
)
  .filter((k) => !k.includes(' '))
  .sort((a, b) => b.length - a.length)
  .join('|')})(?: and a half)?`;
/** Vague amounts: the value gets an X ("several years" -> PXY). */
export const VAGUE = '(?:several|a few|few|many|some|numerous|recent|the past few|the last few|the next few)';

/** Number words/digits -> number; null for vague amounts. */
export function parseAmount(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  const half = text.endsWith(' and a half') ? 0.5 : 0;
  const core = half ? text.slice(0, -' and a half'.length) : text;
  if (/^\d+(?:\.\d+)?$/.test(core)) return Number(core) + half;
  const hyphen = core.split('-');
  if (hyphen.length === 2) {
    const [tens, ones] = hyphen;
    const a = SMALL[tens ?? ''];
    const b = SMALL[ones ?? ''];
    return a !== undefined && b !== undefined ? a + b + half : null;
  }
  const n = SMALL[core];
  return n === undefined ? null : n + half;
}

export const UNIT_WORDS =
  'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)';

/** Unit word (any case, singular or plural) -> unit and a multiplier (decade = 10 years). */
export function parseUnit(word: string): { unit: Unit; factor: number } | null {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  if (w === 'fortnight') return { unit: 'week', factor: 2 };
  if (w === 'century') return { unit: 'year', factor: 100 };
  if (w === 'decade') return { unit: 'year', factor: 10 };
  const units: Unit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
  const unit = units.find((u) => u === w);
  return unit ? { unit, factor: 1 } : null;
}

/** TimeML duration value: P3M, PT30M, P2.5Y, PXY for an unknown amount. */
export function durationValue(amount: number | null, unit: Unit): string {
  const n = amount === null ? 'X' : String(amount);
  switch (unit) {
    case 'second':
      return `PT${n}S`;
    case 'minute':
      return `PT${n}M`;
    case 'hour':
      return `PT${n}H`;
    case 'day':
      return `P${n}D`;
    case 'week':
      return `P${n}W`;
    case 'month':
      return `P${n}M`;
    case 'quarter':
      return `P${n}Q`;
    case 'year':
      return `P${n}Y`;
    case 'decade':
      return amount === null ? 'PXDE' : `P${amount * 10}Y`;
  }
}

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

export function parseMonth(word: string): number | null {
  const key = word.slice(0, 3).toLowerCase();
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    key,
  );
  return index < 0 ? null : index + 1;
}

export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

export function parseWeekday(word: string): number | null {
  const key = word.slice(0, 3).toLowerCase();
  const index = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(key);
  return index < 0 ? null : index;
}

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

export function parseSeason(word: string): Season | null {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'autumn' || w === 'fall') return 'FA';
  if (w === 'winter') return 'WI';
  return null;
}

/** Offsets named by "last/this/next"-style words; null when the word is not one of them. */
export function parseShift(word: string): -1 | 0 | 1 | null {
  const w = word.toLowerCase();
  if (['last', 'past', 'previous', 'preceding'].includes(w)) return -1;
  if (['this', 'current', 'present'].includes(w)) return 0;
  if (['next', 'coming', 'following', 'upcoming'].includes(w)) return 1;
  return null;
}
