import type { Part } from './calendar.ts';

/**
 * What a recogniser found, before resolution: a span and a description of its meaning that still
 * needs the document date, the tense or another expression to become a TimeML value.
 */

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** `year` given or `yearShift` relative to the document year ("October of next year"); `null` both: infer. */
export type YearSpec = { year: number | null; yearShift: number | null };

/** A clock time stated with a day ("4 July at 6:40 p.m.", "12:00 UTC Monday"). */
export type Clock = { hour: number; minute: number; utc: boolean };

/** How a moving holiday's day is computed in a given year. */
export type HolidayRule =
  | { kind: 'nth'; month: number; weekday: number; n: number } // n = -1: the last one of the month
  | { kind: 'easter'; offset: number }
  | { kind: 'after'; of: HolidayRule; days: number };

export type Meaning =
  | ({
      kind: 'calendar';
      month: number | null;
      day: number | null;
      weekday: number | null;
      part?: Part;
      clock?: Clock;
    } & YearSpec)
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 | null; dayPart?: DayPart; clock?: Clock }
  | { kind: 'relDay'; offset: number; dayPart?: DayPart; overnight?: boolean; clock?: Clock }
  | {
      kind: 'relUnit';
      unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';
      offset: number;
      part?: Part;
      /** "the previous year", "the entire year": counted from the time the narrative is at, not from now. */
      anaphoric?: boolean;
      /** "the same day", "that month": only an antecedent gives a value, never the reference day. */
      antecedentOnly?: boolean;
      /** "that night", "the same morning": a part of the antecedent's day. */
      dayPart?: DayPart;
    }
  /** "the same period last year": the period just mentioned, moved to another year. */
  | ({ kind: 'samePeriod' } & YearSpec)
  | { kind: 'ago'; amount: number | null; unit: Unit; direction: -1 | 1 }
  /** "a day after X" (X starts at anchorStart); `back`: "two days later", counted from the preceding date. */
  | {
      kind: 'offset';
      amount: number;
      unit: Unit;
      direction: -1 | 1;
      anchorStart: number;
      amountEnd: number;
      back?: boolean;
    }
  | ({ kind: 'quarter'; quarter: number | 'last' | 'this' | 'next' } & YearSpec)
  | ({ kind: 'half'; half: 1 | 2 } & YearSpec)
  | ({ kind: 'season'; season: Season; shift: -1 | 0 | 1 | null } & YearSpec)
  | { kind: 'decade'; decade: number }
  /** A holiday whose day moves ("Thanksgiving"); `shift`: "last/this/next Easter". */
  | ({ kind: 'holiday'; name: string; rule: HolidayRule; shift: -1 | 0 | 1 | null } & YearSpec)
  | ({ kind: 'fiscal' } & YearSpec)
  | { kind: 'weekOf'; which: 'first' | 'last'; month: number; year: number | null }
  | { kind: 'time'; hour: number; minute: number; utc: boolean; dayAt: number | null }
  | { kind: 'ref'; value: RefValue }
  | { kind: 'duration'; value: string }
  | { kind: 'set'; value: string };

export type Mention = {
  start: number;
  end: number;
  meaning: Meaning;
  /** Which rule found it: used in notes and to rank overlapping candidates. */
  rule: string;
  /** Higher wins when two candidates cover the same span length. */
  priority: number;
};
