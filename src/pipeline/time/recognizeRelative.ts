import { MONTHS, WEEKDAYS, parseMonth, parseShift, parseWeekday } from './lexicon.ts';
import type { DayPart, Mention } from './mention.ts';
import { isCapitalised, nextWord, previousWord, scan, startsSentence } from './scan.ts';

/**
 * Deictic expressions: now/recently/soon, today/yesterday/tomorrow, weekdays, "this week", "last month",
 * "the end of the year". Their values depend on the document date and on tense, resolved later.
 */

const DAY_PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export function recognizeRefs(text: string): Mention[] {
  return [
    ...scan(
      text,
      /\b(?:right now|now|currently|presently|nowadays|at present|at the moment|these days)\b(?!-)/i,
      'ref',
      1,
      (m, t) =>
        /^now$/i.test(m[0]) && /\b(?:know|snow)$/i.test(t.slice(0, m.index))
          ? null
          : { meaning: { kind: 'ref', value: 'PRESENT_REF' } },
    ),
    // "the current ..." points at the present; "its five current models" only picks items.
    ...scan(text, /\bthe (current)\b(?! account)/i, 'ref', 1, (m) => ({
      start: m.index + 4,
      meaning: { kind: 'ref', value: 'PRESENT_REF' },
    })),
    ...scan(text, /\b(?:more |most |very |until |only )?(?:recently|lately)\b/i, 'ref', 1, (m) => ({
      start: m.index + (/^(?:until|only) /i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0),
      meaning: { kind: 'ref', value: 'PAST_REF' },
    })),
    ...scan(text, /\b(?:in |our |its |their )?recent (?:[A-Z][\w.]* )?history\b/i, 'ref', 2, () => ({
      meaning: { kind: 'ref', value: 'PAST_REF' },
    })),
    ...scan(text, /(?<!\bmost )\brecent\b(?!\s+(?:days|weeks|months|years|decades))/i, 'ref', 1, () => ({
      meaning: { kind: 'ref', value: 'PAST_REF' },
    })),
    ...scan(
      text,
      /\bthe past\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|day|week|month|year|decade|centur|quarter|fortnight|hour|minute))/i,
      'ref',
      1,
      () => ({
        meaning: { kind: 'ref', value: 'PAST_REF' },
      }),
    ),
    ...scan(
      text,
      /\b(?:the (?:near |distant )?future|the (?:long|short|medium) term|(?:very )?soon)\b(?! as| after| afterwards|-)/i,
      'ref',
      1,
      (m, t) =>
        /as $/i.test(t.slice(Math.max(0, m.index - 3), m.index))
          ? null
          : { meaning: { kind: 'ref', value: 'FUTURE_REF' } },
    ),
    ...scan(
      text,
      /\b(?:in )?the coming (?:days|weeks|months|years)|\bin coming (?:hours|days|weeks|months)\b/i,
      'ref',
      2,
      (m) => ({
        start: m.index + (/^in /i.test(m[0]) ? 3 : 0),
        meaning: { kind: 'ref', value: 'FUTURE_REF' },
      }),
    ),
  ];
}

export function recognizeRelativeDays(text: string): Mention[] {
  return [
    ...scan(
      text,
      /\b(?:(earlier|later) )?(today|tonight|yesterday|tomorrow)(?:(?:'s|’s)?\s+(morning|afternoon|evening|night))?\b/i,
      'relative-day',
      3,
      (m, t) => {
        const word = (m[2] ?? '').toLowerCase();
        // Capitalised mid-sentence it is a name: "BBC's Today programme", "USA Today".
        if (!m[1] && isCapitalised(m[2] ?? '') && !startsSentence(t, m.index)) return null;
        const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
        const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : word === 'tonight' ? 'NI' : undefined;
        const end =
          m[3] && /['’]s/.test(m[0]) ? m.index + m[0].indexOf(m[2] ?? '') + (m[2] ?? '').length : undefined;
        return { end, meaning: { kind: 'relDay', offset, ...(part && !end ? { dayPart: part } : {}) } };
      },
    ),
    ...scan(text, /\bthe day (before yesterday|after tomorrow)\b/i, 'relative-day', 3, (m) => ({
      meaning: { kind: 'relDay', offset: /before/i.test(m[1] ?? '') ? -2 : 2 },
    })),
    ...scan(text, /\b(this|last) (morning|afternoon|evening|night)\b/i, 'relative-day', 3, (m) => ({
      meaning: {
        kind: 'relDay',
        offset: (m[1] ?? '').toLowerCase() === 'last' && m[2]?.toLowerCase() === 'night' ? -1 : 0,
        dayPart: DAY_PARTS[(m[2] ?? '').toLowerCase()] ?? 'MO',
      },
    })),
    ...scan(text, /\bovernight\b/i, 'overnight', 2, (m, t) =>
      /^\s*(?:stay|flight|trip|rate|lending|bag)/i.test(t.slice(m.index + m[0].length))
        ? null
        : { meaning: { kind: 'relDay', offset: -1, dayPart: 'NI', overnight: true } },
    ),
  ];
}

const NAME_BEFORE_WEEKDAY =
  /^(?:Good|Black|Cyber|Super|Ash|Holy|Maundy|Easter|Palm|Bloody|Blue|Giving|Mail)$/;
const NAME_AFTER_WEEKDAY =
  /^(?:Times|Telegraph|Mirror|Express|Post|Herald|Sun|Mail|Independent|Star|Sport|People|Night|School|Service|Services|Club|Review|Magazine)$/;

const WEEKDAY_PATTERN = new RegExp(
  `\\b(?:(last|this|next|past|coming) )?(${WEEKDAYS})(?:['’]s)?(?: (morning|afternoon|evening|night))?\\b`,
);

export function recognizeWeekdays(text: string): Mention[] {
  return scan(text, WEEKDAY_PATTERN, 'weekday', 3, (m, t) => {
    const name = m[2] ?? '';
    const weekday = parseWeekday(name);
    if (weekday === null) return null;
    const before = previousWord(t, m.index);
    const after = nextWord(t, m.index + m[0].length);
    if (NAME_BEFORE_WEEKDAY.test(before) || NAME_AFTER_WEEKDAY.test(after)) return null;
    if (/-$/.test(t.slice(Math.max(0, m.index - 1), m.index))) return null; // "News-Sunday"
    const possessive = /['’]s/.test(m[0]);
    const part = m[3] && !possessive ? DAY_PARTS[m[3].toLowerCase()] : undefined;
    const nameEnd = m.index + m[0].indexOf(name) + name.length;
    const shift = m[1] ? parseShift(m[1]) : null;
    return {
      end: part ? undefined : nameEnd,
      meaning: {
        kind: 'weekday',
        weekday,
        shift: m[1] === 'past' ? -1 : shift,
        ...(part ? { dayPart: part } : {}),
      },
    };
  });
}

const WEEK_OF_MONTH_PATTERN = new RegExp(
  `\\b(?:the )?(first|last|final) week of (${MONTHS})(?:,? (\\d{4}))?\\b`,
);

export function recognizeRelativeUnits(text: string): Mention[] {
  return [
    ...scan(
      text,
      /\b(?:(earlier|later) (?:in )?)?(?:(the) )?(this|last|next|past|previous|coming|current|following|present) (week|weekend|month|quarter|year|decade|century)\b/i,
      'relative-unit',
      2,
      (m) => {
        const shiftWord = (m[3] ?? '').toLowerCase();
        const unit = (m[4] ?? '').toLowerCase();
        // "the past year", "(in) the next year": a stretch of time counted from now, not a calendar year.
        if (!m[1] && (shiftWord === 'past' || (m[2] && ['next', 'coming'].includes(shiftWord)))) {
          const value =
            unit === 'decade'
              ? 'P10Y'
              : unit === 'century'
                ? 'P100Y'
                : unit === 'quarter'
                  ? 'P3M'
                  : `P1${unit[0]?.toUpperCase()}`;
          return unit === 'weekend' ? null : { meaning: { kind: 'duration', value } };
        }
        if (unit === 'century') return null;
        const shift = parseShift(shiftWord) ?? 0;
        const part = m[1]?.toLowerCase() === 'later' && unit === 'year' ? ('late' as const) : undefined;
        const anaphoric = Boolean(m[2]) && ['previous', 'following'].includes(shiftWord);
        return {
          meaning: {
            kind: 'relUnit',
            unit: unit as 'week',
            offset: shift,
            ...(part ? { part } : {}),
            ...(anaphoric ? { anaphoric } : {}),
          },
        };
      },
    ),
    ...scan(
      text,
      /\b(?:the )?(?:(very )?(end|beginning|start|middle|close|turn) of )(?:the )?(?:(this|last|next|previous|current|following) )?(week|month|year|decade)\b/i,
      'relative-unit',
      3,
      (m) => {
        const which = (m[2] ?? '').toLowerCase();
        const part = which === 'middle' ? 'mid' : which === 'end' || which === 'close' ? 'late' : 'early';
        const unit = (m[4] ?? '').toLowerCase() as 'week';
        return { meaning: { kind: 'relUnit', unit, offset: m[3] ? (parseShift(m[3]) ?? 0) : 0, part } };
      },
    ),
    ...scan(
      text,
      /\bthe (year|month|week) (previous|before|earlier|after|later)\b/i,
      'relative-unit',
      2,
      (m) => ({
        meaning: {
          kind: 'relUnit',
          unit: (m[1] ?? '').toLowerCase() as 'week',
          offset: /after|later/i.test(m[2] ?? '') ? 1 : -1,
          anaphoric: true,
        },
      }),
    ),
    // Anaphora: "the same day", "that week", "the following day", "the day before" (not "the day before
    // the vote": an event, which gives no day). Resolved against the preceding date expression.
    ...scan(
      text,
      /\b(?:the (following|next|previous) (day)|the (day) (before|after|earlier|later))\b(?!\s+[\p{L}\d])/iu,
      'anaphor',
      2,
      (m) => {
        const unit = (m[2] ?? m[3] ?? '').toLowerCase() as 'day';
        const word = (m[1] ?? m[4] ?? '').toLowerCase();
        const offset = /following|next|after|later/.test(word) ? 1 : -1;
        return { meaning: { kind: 'relUnit', unit, offset, anaphoric: true, antecedentOnly: true } };
      },
    ),
    // "the same day", "that very day", "that same week": the words after it are the clause's ("the same
    // day that ...", "that week officials met"), but not a noun it modifies ("that day care centre"),
    // and "that day has come" names no day of the narrative (the idiom for a moment come at last).
    ...scan(
      text,
      /\b(?:the (?:very )?same |that (?:very |same )?)(day|week|month|year|morning|afternoon|evening|night)\b(?!-|\s+(?:care|trip|trader|traders|job|jobs|pass|passes|rate|rates|off|long)\b|\s+(?:(?:has|have|had|will|would|is|was|may|might|finally|never|soon)\s+)*(?:come|comes|came|coming|arrived?|arrives|dawned?|dawns)\b)/iu,
      'anaphor',
      2,
      (m) => {
        const word = (m[1] ?? '').toLowerCase();
        const dayPart = DAY_PARTS[word];
        const unit = dayPart ? 'day' : (word as 'day');
        return {
          meaning: {
            kind: 'relUnit',
            unit,
            offset: 0,
            anaphoric: true,
            antecedentOnly: true,
            ...(dayPart ? { dayPart } : {}),
          },
        };
      },
    ),
    ...scan(text, /\bthe (?:entire|whole|full) (year|month|week)\b/i, 'relative-unit', 2, (m) => ({
      meaning: { kind: 'relUnit', unit: (m[1] ?? '').toLowerCase() as 'week', offset: 0, anaphoric: true },
    })),
    ...scan(
      text,
      /\bthe same (?:period|month|quarter|time|day|date|week) (?:(last|next) year|a year (?:ago|earlier)|(?:of|in) (?:the )?(last|previous) year|(?:of |in )((?:19|20)\d{2}))\b/i,
      'same-period',
      3,
      (m) => ({
        meaning: {
          kind: 'samePeriod',
          year: m[3] ? Number(m[3]) : null,
          yearShift: m[3] ? null : m[1]?.toLowerCase() === 'next' ? 1 : -1,
        },
      }),
    ),
    ...scan(text, /\b(?:over |during |at )?(the) weekend\b/i, 'weekend', 1, (m) => ({
      start: m.index + m[0].toLowerCase().indexOf('the'),
      meaning: { kind: 'relUnit', unit: 'weekend', offset: 0 },
    })),
    ...scan(text, WEEK_OF_MONTH_PATTERN, 'week-of-month', 3, (m) => {
      const month = parseMonth(m[2] ?? '');
      if (month === null) return null;
      const which = m[1] === 'first' ? 'first' : 'last';
      return { meaning: { kind: 'weekOf', which, month, year: m[3] ? Number(m[3]) : null } };
    }),
  ];
}
