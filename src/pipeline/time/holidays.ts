import { addDays, differenceInCalendarDays, lastDayOfMonth, nextDay, previousDay } from 'date-fns';
import { describeDay, makeDay } from './calendar.ts';
import type { HolidayRule, Meaning, Mention } from './mention.ts';
import { type ResolveContext, type Resolution, dayResolution, tenseWhy, unresolved } from './resolution.ts';
import { parseShift } from './lexicon.ts';
import { scan } from './scan.ts';

/**
 * Holidays whose day moves from year to year, each by its calendar rule: Thanksgiving (US: fourth
 * Thursday of November), Labor Day, Memorial Day, Election Day (US: the Tuesday after the first Monday of
 * November), Easter and the days counted from it, and a few more. A name is recognised only where one
 * rule holds for it ("Black Monday" names several crashes, so it is not here). Without a year the
 * instance is chosen like a month and day: the last one before the document date in the past tense, the
 * next one in the future tense, the nearest one otherwise.
 */

const THANKSGIVING: HolidayRule = { kind: 'nth', month: 11, weekday: 4, n: 4 };

const RULES: Record<string, HolidayRule> = {
  thanksgiving: THANKSGIVING,
  'thanksgiving day': THANKSGIVING,
  'canadian thanksgiving': { kind: 'nth', month: 10, weekday: 1, n: 2 },
  'black friday': { kind: 'after', of: THANKSGIVING, days: 1 },
  'cyber monday': { kind: 'after', of: THANKSGIVING, days: 4 },
  'labor day': { kind: 'nth', month: 9, weekday: 1, n: 1 },
  'memorial day': { kind: 'nth', month: 5, weekday: 1, n: -1 },
  'martin luther king day': { kind: 'nth', month: 1, weekday: 1, n: 3 },
  'martin luther king jr. day': { kind: 'nth', month: 1, weekday: 1, n: 3 },
  "presidents' day": { kind: 'nth', month: 2, weekday: 1, n: 3 },
  'presidents day': { kind: 'nth', month: 2, weekday: 1, n: 3 },
  'columbus day': { kind: 'nth', month: 10, weekday: 1, n: 2 },
  'election day': { kind: 'after', of: { kind: 'nth', month: 11, weekday: 1, n: 1 }, days: 1 },
  easter: { kind: 'easter', offset: 0 },
  'easter sunday': { kind: 'easter', offset: 0 },
  'easter day': { kind: 'easter', offset: 0 },
  'easter monday': { kind: 'easter', offset: 1 },
  'good friday': { kind: 'easter', offset: -2 },
  'maundy thursday': { kind: 'easter', offset: -3 },
  'palm sunday': { kind: 'easter', offset: -7 },
  'ash wednesday': { kind: 'easter', offset: -46 },
  pentecost: { kind: 'easter', offset: 49 },
};

const NAMES =
  "Canadian Thanksgiving|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|Labor Day|Memorial Day|Martin Luther King(?: Jr\\.)? Day|Presidents['’]? Day|Columbus Day|Election Day|Easter(?: Sunday| Day| Monday)?|Good Friday|Maundy Thursday|Palm Sunday|Ash Wednesday|Pentecost";

const HOLIDAY_PATTERN = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext) )?(${NAMES})(?:,? ((?:19|20)\\d{2}))?\\b(?! (?:Island|Rising|Offensive|Massacre|Agreement|Accord|Act|eggs?|Bunny)\\b)`,
);

/** US Election Day is only that day in a text about US elections. */
const US_CONTEXT =
  /\bU\.S\.|\b(?:US|USA|United States|Americans?|America|presidential|midterms?|Congress|Senate)\b/;

export function recognizeMovingHolidays(text: string): Mention[] {
  return scan(text, HOLIDAY_PATTERN, 'holiday', 3, (m, t) => {
    const name = (m[2] ?? '').toLowerCase().replace('’', "'");
    const rule = RULES[name];
    if (!rule) return null;
    if (name === 'election day') {
      const around = t.slice(Math.max(0, m.index - 300), m.index + m[0].length + 300);
      if (!US_CONTEXT.test(around)) return null;
    }
    const shift = m[1] ? parseShift(m[1]) : null;
    return {
      meaning: {
        kind: 'holiday',
        name: m[2] ?? '',
        rule,
        shift,
        year: m[3] ? Number(m[3]) : null,
        yearShift: null,
      },
    };
  });
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

export function holidayIn(rule: HolidayRule, year: number): Date {
  switch (rule.kind) {
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'after':
      return addDays(holidayIn(rule.of, year), rule.days);
    case 'nth': {
      const wd = rule.weekday as 0 | 1 | 2 | 3 | 4 | 5 | 6;
      if (rule.n < 0) {
        const last = lastDayOfMonth(new Date(year, rule.month - 1, 1));
        return last.getDay() === wd ? last : previousDay(last, wd);
      }
      const first = makeDay(year, rule.month, 1) ?? new Date(year, rule.month - 1, 1);
      const firstHit = first.getDay() === wd ? first : nextDay(first, wd);
      return addDays(firstHit, 7 * (rule.n - 1));
    }
  }
}

type Of<K extends Meaning['kind']> = Extract<Meaning, { kind: K }>;

export function resolveHoliday(m: Of<'holiday'>, ctx: ResolveContext): Resolution {
  if (m.year !== null) {
    return dayResolution(ctx, holidayIn(m.rule, m.year), `${m.name} ${m.year}`, 'absolute');
  }
  const dct = ctx.dct;
  if (!dct) return unresolved(ctx, 'XXXX-XX-XX');
  const y = dct.getFullYear();
  const candidates = [y - 1, y, y + 1].map((yy) => holidayIn(m.rule, yy));
  const gap = (d: Date) => differenceInCalendarDays(d, dct);
  let day: Date;
  let why: string;
  if (m.shift === 0) {
    day = holidayIn(m.rule, y);
    why = `'this': ${m.name} of ${y}`;
  } else if (m.shift === -1) {
    // "last Easter": the latest one before the document date, which may fall in the same year.
    day = candidates.filter((d) => gap(d) < 0).at(-1) ?? candidates[0] ?? dct;
    why = `'last': the ${m.name} before ${describeDay(dct)}`;
  } else if (m.shift === 1) {
    day = candidates.find((d) => gap(d) > 0) ?? candidates[2] ?? dct;
    why = `'next': the ${m.name} after ${describeDay(dct)}`;
  } else if (ctx.tense === 'past') {
    day = candidates.filter((d) => gap(d) <= 0).at(-1) ?? candidates[0] ?? dct;
    why = `past tense: the last ${m.name} on or before ${describeDay(dct)}`;
  } else if (ctx.tense === 'future') {
    day = candidates.find((d) => gap(d) >= 0) ?? candidates[2] ?? dct;
    why = `future tense: the next ${m.name} on or after ${describeDay(dct)}`;
  } else {
    day = candidates.reduce((best, d) => (Math.abs(gap(d)) < Math.abs(gap(best)) ? d : best));
    why = `${tenseWhy(ctx.tense)}: the ${m.name} nearest to ${describeDay(dct)}`;
  }
  return dayResolution(ctx, day, why, 'dct');
}
