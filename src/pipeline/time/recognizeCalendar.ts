import type { Part } from './calendar.ts';
import { MONTHS, ORDINAL_WORDS, parseMonth, parseSeason, parseShift } from './lexicon.ts';
import type { Mention, YearSpec } from './mention.ts';
import { previousWord, scan, startsSentence } from './scan.ts';

/**
 * Calendar names without a day: months ("early June", "November 2006", "October of next year"), years
 * ("since 2010", "mid-2011"), decades, quarters, halves, seasons, fiscal years and a few fixed holidays.
 * Dates with a day number come from chrono (chronoMentions.ts).
 */

const PART_PREFIX =
  '(?:(early|mid|late|the (?:very )?(?:end|beginning|start|middle|close) of|the turn of)[- ])?';
const YEAR = '((?:19|20)\\d{2})';
/** The year written after a month, quarter or half; "of the year" names none (the tense or dct decides). */
const YEAR_REF = `(?:,? ${YEAR}| of ${YEAR}| of (this|last|next|the following|the previous) year| of the year)`;

export function partOf(word: string | undefined): Part | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w.startsWith('early') || /beginning|start/.test(w)) return 'early';
  if (w.startsWith('mid') || /middle/.test(w)) return 'mid';
  return 'late';
}

function yearSpec(explicit: string | undefined, relative: string | undefined): YearSpec {
  if (explicit) return { year: Number(explicit), yearShift: null };
  if (relative) return { year: null, yearShift: parseShift(relative.replace(/^the /, '')) ?? 0 };
  return { year: null, yearShift: null };
}

/** Words after which a capitalised "May" is the month rather than the verb. */
const BEFORE_MAY =
  /^(?:in|since|by|until|till|from|of|through|during|before|after|between|and|to|or|last|next|this|early|mid|late|end|since|on|that|mid-)$/i;

const MONTH_PATTERN = new RegExp(
  `\\b${PART_PREFIX}(${MONTHS})(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{3}))${YEAR_REF}?\\b`,
);

export function recognizeMonths(text: string): Mention[] {
  return scan(text, MONTH_PATTERN, 'month', 2, (m, t) => {
    const name = m[2] ?? '';
    const month = parseMonth(name);
    if (
      month === null ||
      (name.length <= 4 && !name.endsWith('.') && name !== 'May' && name !== 'June' && name !== 'July')
    )
      return null;
    const hasYear = Boolean(m[3] ?? m[4] ?? m[5]);
    if (name === 'May' && !m[1] && !hasYear && !BEFORE_MAY.test(previousWord(t, m.index))) return null;
    if (
      name === 'March' &&
      !m[1] &&
      !hasYear &&
      startsSentence(t, m.index) &&
      /^\s+(?:on|to|in)\b/.test(t.slice(m.index + 5))
    ) {
      return null;
    }
    const part = partOf(m[1]);
    return {
      meaning: {
        kind: 'calendar',
        month,
        day: null,
        weekday: null,
        ...yearSpec(m[3] ?? m[4], m[5]),
        ...(part ? { part } : {}),
      },
    };
  });
}

const YEAR_PATTERN = new RegExp(
  `(?:\\b(?:[Tt]he )?(?:(?:[Ff]iscal|[Ff]inancial) (?:year )?)|\\bFY ?)?\\b${PART_PREFIX}${YEAR}\\b`,
);

/** A four-digit year standing alone; never part of a larger number, an amount or a range of numbers. */
export function recognizeYears(text: string): Mention[] {
  return scan(text, YEAR_PATTERN, 'year', 1, (m, t) => {
    const yearText = m[2] ?? '';
    const yearStart = m.index + m[0].length - yearText.length;
    const before = t.slice(Math.max(0, yearStart - 1), yearStart);
    const after = t.slice(yearStart + 4, yearStart + 6);
    if (/[$£€#\d,./:]/.test(before) || /^(?:[\d%]|,\d|\.\d|-\d|\s?%)/.test(after)) return null;
    if (/^['’]?s\b/.test(t.slice(yearStart + 4, yearStart + 7))) return null; // decade, handled elsewhere
    const quantityWord = /^(?:about|some|nearly|over|than|around|approximately|almost|roughly|least)$/i;
    if (
      quantityWord.test(previousWord(t, m.index)) &&
      /^\s+[a-z]/.test(t.slice(yearStart + 4, yearStart + 6)) &&
      !m[1]
    ) {
      return null;
    }
    const fiscal = /fiscal|financial|FY/i.test(m[0].slice(0, m[0].length - yearText.length));
    const part = partOf(m[1]);
    if (fiscal) return { meaning: { kind: 'fiscal', year: Number(yearText), yearShift: null } };
    return {
      start: m[1] ? m.index : yearStart,
      meaning: {
        kind: 'calendar',
        month: null,
        day: null,
        weekday: null,
        year: Number(yearText),
        yearShift: null,
        ...(part ? { part } : {}),
      },
    };
  });
}

export function recognizeDecades(text: string): Mention[] {
  return scan(
    text,
    /(?<![\d$£€])\b(?:(early|mid|late)[- ])?['’]?((?:1[89]|20)?\d0)['’]?s\b/,
    'decade',
    2,
    (m) => {
      const digits = m[2] ?? '';
      if (digits.length === 3) return null;
      const full =
        digits.length === 4
          ? Number(digits)
          : Number(digits) >= 20
            ? 1900 + Number(digits)
            : 2000 + Number(digits);
      return { meaning: { kind: 'decade', decade: Math.floor(full / 10) } };
    },
  );
}

const QUARTER_ORDINAL =
  '(first|second|third|fourth|final|last|1st|2nd|3rd|4th|current|this|next|previous|latest|past|same)';
const QUARTER_PATTERN = new RegExp(`\\b(?:the )?${QUARTER_ORDINAL}[- ]quarter${YEAR_REF}?(?!\\w)`, 'i');
const HALF_PATTERN = new RegExp(`\\b(?:the )?(first|second) half${YEAR_REF}`, 'i');

export function recognizeQuarters(text: string): Mention[] {
  return [
    ...scan(text, QUARTER_PATTERN, 'quarter', 3, (m) => {
      const word = (m[1] ?? '').toLowerCase();
      if (word === 'same') return null;
      const quarter =
        ORDINAL_WORDS[word] ??
        (word === 'final' && (m[2] || m[3] || m[4])
          ? 4
          : word === 'next'
            ? 'next'
            : ['this', 'current'].includes(word)
              ? 'this'
              : 'last');
      return { meaning: { kind: 'quarter', quarter, ...yearSpec(m[2] ?? m[3], m[4]) } };
    }),
    ...scan(
      text,
      /\b(?:Q([1-4])(?:[ -]?((?:19|20)\d{2}))?|([1-4])Q ?((?:19|20)\d{2}))\b/,
      'quarter',
      3,
      (m) => ({
        meaning: {
          kind: 'quarter',
          quarter: Number(m[1] ?? m[3]),
          year: (m[2] ?? m[4]) ? Number(m[2] ?? m[4]) : null,
          yearShift: null,
        },
      }),
    ),
    ...scan(text, HALF_PATTERN, 'half', 3, (m) => ({
      meaning: {
        kind: 'half',
        half: m[1]?.toLowerCase() === 'first' ? 1 : 2,
        ...yearSpec(m[2] ?? m[3], m[4]),
      },
    })),
  ];
}

const SEASON_PATTERN = new RegExp(
  `\\b(?:(early|mid|late)[- ])?(?:(this|last|next|the) )?(spring|summer|autumn|fall|winter)(?:,? ${YEAR}| of ${YEAR})?\\b`,
  'i',
);

export function recognizeSeasons(text: string): Mention[] {
  return scan(text, SEASON_PATTERN, 'season', 2, (m, t) => {
    const word = m[3] ?? '';
    const season = parseSeason(word);
    if (!season) return null;
    const modifier = (m[2] ?? '').toLowerCase();
    const year = m[4] ?? m[5];
    if (/^(?:fall|spring)$/i.test(word) && !m[1] && !year && !['this', 'last', 'next'].includes(modifier)) {
      if (
        !/\b(?:in|by|until|since|during|this|next|last)\s+(?:the\s+)?$/i.test(
          t.slice(Math.max(0, m.index - 12), m.index),
        )
      )
        return null;
    }
    const shift = ['this', 'last', 'next'].includes(modifier) ? parseShift(modifier) : null;
    const start = modifier === 'the' && !m[1] ? m.index + 4 : m.index;
    return {
      start,
      meaning: { kind: 'season', season, shift, year: year ? Number(year) : null, yearShift: null },
    };
  });
}

export function recognizeFiscal(text: string): Mention[] {
  return scan(
    text,
    /\b(?:the )?(?:(?:very )?(?:beginning|end|start) of (?:the )?)?(?:(this|last|next|current|previous) )?(?:fiscal|financial) year\b(?! \d)/i,
    'fiscal',
    2,
    (m) => ({ meaning: { kind: 'fiscal', year: null, yearShift: m[1] ? (parseShift(m[1]) ?? 0) : 0 } }),
  );
}

/** Holidays on a fixed calendar day (month, day); the year is inferred like any month-and-day date. */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
  christmas: [12, 25],
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'independence day': [7, 4],
  "valentine's day": [2, 14],
  halloween: [10, 31],
  'veterans day': [11, 11],
  'boxing day': [12, 26],
  'may day': [5, 1],
  'bastille day': [7, 14],
  juneteenth: [6, 19],
  "st. patrick's day": [3, 17],
  "st patrick's day": [3, 17],
  'armistice day': [11, 11],
};

export function recognizeHolidays(text: string): Mention[] {
  return scan(
    text,
    /\b(?:(?:Christmas|New Year['’]s) (?:Day|Eve)|Independence Day|Valentine['’]s Day|Halloween|Veterans Day|Boxing Day|May Day|Bastille Day|Juneteenth|St\.? Patrick['’]s Day|Armistice Day)\b|\bChristmas\b(?! (?:tree|card|present|gift|sales|shopping|party|market))/,
    'holiday',
    2,
    (m) => {
      const date = FIXED_HOLIDAYS[m[0].toLowerCase().replace('’', "'")];
      if (!date) return null;
      const [month, day] = date;
      return { meaning: { kind: 'calendar', month, day, weekday: null, year: null, yearShift: null } };
    },
  );
}
