import {
  NUMBER,
  UNIT_WORDS,
  VAGUE,
  WEEKDAYS,
  durationValue,
  parseAmount,
  parseUnit,
  parseWeekday,
} from './lexicon.ts';
import type { Mention, Unit } from './mention.ts';
import { scan, startsSentence } from './scan.ts';

/**
 * Amounts of time: durations ("three years", "nearly 21-month-old", "the next four years"), points
 * counted from now or from another date ("four months ago", "a day after June 13") and sets ("15 a year",
 * "every week", "annual").
 */

const APPROX = '(?:(?:nearly|almost|about|around|approximately|roughly|some) )?';
/** With "a"/"an" as the amount, the phrase counts only in these frames ("a day when ..." is not a duration). */
const ARTICLE_FRAME_BEFORE =
  /\b(?:for|in|within|than|about|nearly|almost|over|around|just|only|past|last|next|first|once|of|under|after|least|by|took|take|takes|taking|spent|spend|spends|lasted|lasts)\s+$/i;
const ARTICLE_FRAME_AFTER =
  /^(?:\s+(?:ago|later|earlier|after|before|into|old|long|from now|on|since|behind|early|late)\b|-)/i;

function unitValue(amountText: string | undefined, unitWord: string): string | null {
  const unit = parseUnit(unitWord);
  if (!unit) return null;
  const amount = amountText === undefined ? 1 : parseAmount(amountText);
  if (amount === null) return durationValue(null, unit.unit);
  return durationValue(amount * unit.factor, unit.unit);
}

const COUNTED = new RegExp(
  `\\b${APPROX}(?:(the) (?:(?:past|last|next|first|previous|following|coming|final|other) )?)?(${NUMBER})[ -](?:(?:straight|consecutive|successive|more|full|whole) )?(${UNIT_WORDS})(?:-(?:old|long))?\\b(?: (ago|from now|later|earlier|after|before|since|hence)\\b)?`,
  'i',
);
const SESSIONS = new RegExp(
  `\\b(${NUMBER}) (?:straight|consecutive|successive) (?:trading )?sessions\\b`,
  'i',
);
const VAGUE_AMOUNT = new RegExp(
  `\\b(?:(?:the|in) )?${VAGUE} (${UNIT_WORDS})\\b(?: (ago|later|earlier))?`,
  'i',
);
const NUMBER_RANGE = new RegExp(`\\b(${NUMBER}) (?:or|to|and) ${NUMBER} (${UNIT_WORDS})\\b`, 'i');
const SET_PATTERN = new RegExp(
  `\\b(?:(?:once|twice|\\d+(?:\\.\\d+)?%?|${NUMBER} times) )?(?:a|an|per|each|every) (${UNIT_WORDS.replace(/s\?/g, '')}|${WEEKDAYS})\\b`,
  'i',
);

export function recognizeDurations(text: string): Mention[] {
  return [
    ...scan(text, COUNTED, 'duration', 2, (m, t) => {
      const amountText = m[2] ?? '';
      const unitWord = m[3] ?? '';
      const tail = (m[4] ?? '').toLowerCase();
      const article = /^an?$/i.test(amountText);
      const before = t.slice(Math.max(0, m.index - 20), m.index);
      const afterText = t.slice(m.index + m[0].length - (tail ? tail.length + 1 : 0));
      const halfOf = article && !m[1] && /\bhalf $/i.test(before);
      if (
        article &&
        !halfOf &&
        !m[1] &&
        !ARTICLE_FRAME_BEFORE.test(before) &&
        !ARTICLE_FRAME_AFTER.test(afterText)
      )
        return null;
      if (article && /\b(?:a|an|per|each|every)$/i.test(amountText) && /\d\s*$/.test(before)) return null; // "15 a year": a set
      if (/[$£€]$/.test(before) || (/^\d+$/.test(amountText) && /[.,]\d*$/.test(before))) return null;
      const parsed = parseUnit(unitWord);
      if (!parsed) return null;
      // "half a century", "half an hour": the article's amount halved, from "half".
      const half = halfOf ? halved(parsed) : null;
      if (halfOf && !half) return null;
      const unit = half ?? parsed;
      const amount = half ? 1 : parseAmount(amountText);
      const total = amount === null ? null : amount * unit.factor;
      const start = half ? m.index - 5 : m.index;
      if (tail === 'ago' || tail === 'from now' || tail === 'hence') {
        return {
          start,
          meaning: { kind: 'ago', amount: total, unit: unit.unit, direction: tail === 'ago' ? -1 : 1 },
        };
      }
      if (half) return { start, meaning: { kind: 'duration', value: durationValue(total, unit.unit) } };
      if ((tail === 'after' || tail === 'before') && total !== null) {
        const anchorStart = m.index + m[0].length + 1;
        const amountEnd = m.index + m[0].length - tail.length - 1;
        const direction = tail === 'after' ? 1 : -1;
        return {
          meaning: { kind: 'offset', amount: total, unit: unit.unit, direction, anchorStart, amountEnd },
        };
      }
      if (
        (tail === 'later' || tail === 'earlier') &&
        total !== null &&
        !/^\s+than\b/i.test(t.slice(m.index + m[0].length))
      ) {
        const direction = tail === 'later' ? 1 : -1;
        const amountEnd = m.index + m[0].length - tail.length - 1;
        return {
          meaning: {
            kind: 'offset',
            amount: total,
            unit: unit.unit,
            direction,
            anchorStart: -1,
            amountEnd,
            back: true,
          },
        };
      }
      // "later"/"earlier"/"since" stay outside the span: the duration is the amount.
      const end = tail ? m.index + m[0].length - tail.length - 1 : undefined;
      return { end, meaning: { kind: 'duration', value: durationValue(total, unit.unit) } };
    }),
    // "five straight sessions" of a market: trading days in a row.
    ...scan(text, SESSIONS, 'duration', 2, (m) => {
      const amount = parseAmount(m[1] ?? '');
      return amount === null ? null : { meaning: { kind: 'duration', value: durationValue(amount, 'day') } };
    }),
    // "years ago", "decades ago": no amount at all, as vague as "several years ago" (PAST_REF).
    ...scan(text, /\b(years|months|weeks|decades|centuries) ago\b/i, 'duration', 1, (m) => {
      const unit = parseUnit(m[1] ?? '');
      return unit ? { meaning: { kind: 'ago', amount: null, unit: unit.unit, direction: -1 } } : null;
    }),
    ...scan(text, VAGUE_AMOUNT, 'duration', 1, (m) => {
      const value = unitValue('several', m[1] ?? '');
      if (!value) return null;
      const start = /^in /i.test(m[0]) ? m.index + 3 : m.index;
      if (m[2]?.toLowerCase() === 'ago') {
        const unit = parseUnit(m[1] ?? '');
        return unit
          ? { start, meaning: { kind: 'ago', amount: null, unit: unit.unit, direction: -1 } }
          : null;
      }
      const end = m[2] ? m.index + m[0].length - (m[2]?.length ?? 0) - 1 : undefined;
      return { start, end, meaning: { kind: 'duration', value } };
    }),
    ...scan(
      text,
      /\b(?:for|over|in|within|through) (?:the )?(years|decades|months|weeks|days|hours|centuries)\b(?! (?:of|to|after|before|since|that|when|ahead|following|leading)\b)/i,
      'duration',
      1,
      (m) => {
        const value = unitValue('several', m[1] ?? '');
        // "for years" is the amount; "over the years" keeps its article, as TimeML marks it.
        const word = / the /i.test(m[0]) ? 'the' : (m[1] ?? '');
        return value ? { start: m.index + m[0].indexOf(word), meaning: { kind: 'duration', value } } : null;
      },
    ),
    ...scan(
      text,
      /\b(hour|day|week|month|year|decade|century|decades|years|months)-long\b/i,
      'duration',
      2,
      (m) => {
        const plural = /s$/i.test(m[1] ?? '');
        const value = unitValue(plural ? 'several' : undefined, m[1] ?? '');
        return value ? { meaning: { kind: 'duration', value } } : null;
      },
    ),
    // "three or four months", "between 60 and 90 days": the first number takes the unit of the second.
    ...scan(text, NUMBER_RANGE, 'duration', 2, (m) => {
      const value = unitValue(m[1], m[2] ?? '');
      return value && parseAmount(m[1] ?? '') !== null
        ? { end: m.index + (m[1] ?? '').length, meaning: { kind: 'duration', value } }
        : null;
    }),
  ];
}

/** Amounts that a period adjective measures over that period ("annual loss", "quarterly net profit"). */
const PERIOD_AMOUNT =
  /^ (?:(?:net|gross|operating|pre-tax|pretax|average|total|record|first|full) )?(?:profits?|loss(?:es)?|revenues?|sales|earnings|income|turnover|deficits?|surplus(?:es)?|output|production|growth|inflation|rainfall|budgets?)\b/i;

export function recognizeSets(text: string): Mention[] {
  return [
    ...scan(text, SET_PATTERN, 'set', 2, (m, t) => {
      const word = m[1] ?? '';
      const determiner = /\b(a|an|per|each|every) \S+$/i.exec(m[0])?.[1]?.toLowerCase() ?? '';
      const quantified = m[0].length > determiner.length + word.length + 1;
      const before = t.slice(Math.max(0, m.index - 12), m.index);
      // "a year" is a set only after an amount: "15 a year", "$2 a day", "twice a week".
      if (
        (determiner === 'a' || determiner === 'an') &&
        !quantified &&
        !/(?:\d|%|\b(?:million|billion|thousand|hundred|times))\s*$/i.test(before)
      ) {
        return null;
      }
      const weekday = parseWeekday(word);
      if (weekday !== null && /^[A-Z]/.test(word))
        return { meaning: { kind: 'set', value: `XXXX-WXX-${weekday === 0 ? 7 : weekday}` } };
      const unit = parseUnit(word);
      if (!unit) return null;
      const start =
        quantified && /^\d/.test(m[0])
          ? m.index + m[0].indexOf(determiner, m[0].length - determiner.length - word.length - 1)
          : m.index;
      return { start, meaning: { kind: 'set', value: durationValue(unit.factor, unit.unit) } };
    }),
    ...scan(
      text,
      /\b(annual|annually|yearly|daily|weekly|monthly|quarterly|biannual|hourly)\b/i,
      'set',
      1,
      (m, t) => {
        // Capitalised inside a sentence it is a name ("the Daily Mail", "Weekly Standard").
        if (/^[A-Z]/.test(m[1] ?? '') && !startsSentence(t, m.index)) return null;
        const word = (m[1] ?? '').toLowerCase();
        const value: Record<string, string> = {
          annual: 'P1Y',
          annually: 'P1Y',
          yearly: 'P1Y',
          daily: 'P1D',
          weekly: 'P1W',
          monthly: 'P1M',
          quarterly: 'P3M',
          biannual: 'P6M',
          hourly: 'PT1H',
        };
        // "annual profit": an amount summed over one year, a DURATION; "annual conference": a SET.
        if (PERIOD_AMOUNT.test(t.slice(m.index + m[0].length)))
          return { meaning: { kind: 'duration', value: value[word] ?? 'P1Y' } };
        return { meaning: { kind: 'set', value: value[word] ?? 'P1Y' } };
      },
    ),
  ];
}

/**
 * Half of one unit as a whole amount of a smaller one: half a century is 50 years, half a year six
 * months, half a day 12 hours, half an hour 30 minutes. Null when no smaller unit divides it evenly
 * (half a week, half a month): the phrase is then not tagged, rather than read as a whole unit.
 */
function halved(u: { unit: Unit; factor: number }): { unit: Unit; factor: number } | null {
  if (u.factor % 2 === 0) return { unit: u.unit, factor: u.factor / 2 };
  const smaller: Partial<Record<Unit, [Unit, number]>> = {
    year: ['month', 12],
    day: ['hour', 24],
    hour: ['minute', 60],
    minute: ['second', 60],
  };
  const to = smaller[u.unit];
  return to ? { unit: to[0], factor: (to[1] * u.factor) / 2 } : null;
}
