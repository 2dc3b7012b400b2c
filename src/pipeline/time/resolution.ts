import { type Interval, dayInterval, describeDay, formatDay, pad } from './calendar.ts';
import type { Clock, DayPart } from './mention.ts';
import type { Tense } from './textContext.ts';

/** The shared vocabulary of the resolvers: what they receive and what they return. */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Anchor = 'absolute' | 'dct' | 'timex' | 'none';

export type Resolution = {
  type: TimexType;
  value: string;
  interval: Interval | null;
  note: string;
  anchor: Anchor;
};

export type ResolveContext = {
  /** The expression as written, quoted in notes. */
  text: string;
  dct: Date | null;
  /** The day deictic words count from: the document date, or the stated day of a quotation's speech. */
  reference: Date | null;
  /** How `reference` reads in a note: "text dated Fri 4 Jul 2025". */
  referenceWhy: string;
  /** Inside a quotation whose speech day is not stated. */
  quotedUnknown: boolean;
  tense: Tense;
  /** "next week" (1) or "last week" (-1) stated in the same sentence. */
  weekShift: -1 | 0 | 1;
  /** Explicit full days (yyyy-MM-dd) stated elsewhere in the text, for weekday agreement. */
  explicitDays: readonly string[];
};

export function tenseWhy(tense: Tense): string {
  return tense === 'past' ? 'past tense' : tense === 'future' ? 'future tense' : 'no tense marker';
}

export function quoteText(ctx: ResolveContext): string {
  return `'${ctx.text}'`;
}

export function timeSuffix(dayPart: DayPart | undefined, clock: Clock | undefined): string {
  if (clock) return `T${pad(clock.hour, 2)}:${pad(clock.minute, 2)}${clock.utc ? 'Z' : ''}`;
  return dayPart ? `T${dayPart}` : '';
}

/** A resolved calendar day (optionally with a time of day) and the sentence saying why. */
export function dayResolution(
  ctx: ResolveContext,
  day: Date,
  why: string,
  anchor: Anchor,
  time: { dayPart?: DayPart; clock?: Clock } = {},
): Resolution {
  const suffix = timeSuffix(time.dayPart, time.clock);
  const from = anchor === 'absolute' ? '' : ` in ${ctx.referenceWhy}`;
  return {
    type: suffix ? 'TIME' : 'DATE',
    value: `${formatDay(day)}${suffix}`,
    interval: dayInterval(day),
    note: `${quoteText(ctx)}${from} → ${describeDay(day)}${suffix ? ` (${suffix.slice(1)})` : ''}${why ? ` (${why})` : ''}`,
    anchor,
  };
}

export function unresolved(ctx: ResolveContext, value: string, type: TimexType = 'DATE'): Resolution {
  const why = ctx.quotedUnknown
    ? 'inside a quotation whose speech date the text does not state, so it is left unresolved'
    : 'no document date, so it is left unresolved';
  return { type, value, interval: null, note: `${quoteText(ctx)}: ${why}`, anchor: 'none' };
}
