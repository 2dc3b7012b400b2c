import { describeDay, parseDay, pad } from './calendar.ts';
import { resolveHoliday } from './holidays.ts';
import type { Meaning, Mention } from './mention.ts';
import { resolveCalendar, resolveDecade, resolveFiscal, resolveWeekOf } from './resolveCalendar.ts';
import { resolveHalf, resolveQuarter, resolveSeason } from './resolveYearParts.ts';
import { resolveAgo, resolveRelDay, resolveRelUnit, resolveWeekday, shiftedPoint } from './resolveDeictic.ts';
import { type ResolveContext, type Resolution, dayResolution, quoteText, unresolved } from './resolution.ts';
import { durationValue } from './lexicon.ts';

/** Another expression this one is counted from: X in "a day after X", the day of a bare clock time. */
export type Related = { mention: Mention; resolution: Resolution | null } | null;

const REF_NOTES: Record<string, string> = {
  PRESENT_REF: 'the present of the text, not a calendar day',
  PAST_REF: 'an unspecified time in the past',
  FUTURE_REF: 'an unspecified time in the future',
};

/** One mention, its context and (for dependent kinds) the expression it is counted from -> its value. */
export function resolveMeaning(m: Mention, ctx: ResolveContext, related: Related): Resolution {
  const meaning = m.meaning;
  switch (meaning.kind) {
    case 'calendar':
      return resolveCalendar(meaning, ctx);
    case 'weekday':
      return resolveWeekday(meaning, ctx);
    case 'relDay':
      return resolveRelDay(meaning, ctx);
    case 'relUnit':
      return meaning.anaphoric ? resolveAnaphoric(meaning, ctx, related) : resolveRelUnit(meaning, ctx);
    case 'samePeriod':
      return resolveSamePeriod(meaning, ctx, related);
    case 'ago':
      return resolveAgo(meaning, ctx);
    case 'quarter':
      return resolveQuarter(meaning, ctx);
    case 'half':
      return resolveHalf(meaning, ctx);
    case 'season':
      return resolveSeason(meaning, ctx);
    case 'holiday':
      return resolveHoliday(meaning, ctx);
    case 'decade':
      return resolveDecade(meaning, ctx);
    case 'fiscal':
      return resolveFiscal(meaning, ctx);
    case 'weekOf':
      return resolveWeekOf(meaning, ctx);
    case 'offset':
      return resolveOffset(meaning, ctx, related);
    case 'time':
      return resolveClock(meaning, ctx, related);
    case 'ref':
      return {
        type: 'DATE',
        value: meaning.value,
        interval: null,
        note: `${quoteText(ctx)}: ${REF_NOTES[meaning.value]}`,
        anchor: 'none',
      };
    case 'duration':
      return {
        type: 'DURATION',
        value: meaning.value,
        interval: null,
        note: `${quoteText(ctx)}: a length of time (${meaning.value}), not a date`,
        anchor: 'none',
      };
    case 'set':
      return {
        type: 'SET',
        value: meaning.value,
        interval: null,
        note: `${quoteText(ctx)}: a repetition (${meaning.value})`,
        anchor: 'none',
      };
  }
}

/**
 * "a day after June 13" counts from June 13, never from the document date. When X is an event rather
 * than a date ("a day after Israel attacked Iran") the day cannot be known from X: the amount is kept
 * as a duration.
 */
function resolveOffset(
  m: Extract<Meaning, { kind: 'offset' }>,
  ctx: ResolveContext,
  related: Related,
): Resolution {
  const res = related?.resolution;
  const from = res?.interval ? parseDay(res.interval.start) : null;
  if (!related || !res || !from || res.anchor === 'none') {
    const value = durationValue(m.amount, m.unit);
    const why =
      related && res
        ? 'counted from an expression that is itself unresolved'
        : 'counted from an event, not a date';
    const note = `${quoteText(ctx)}: ${why}, so only the amount (${value}) is kept`;
    return { type: 'DURATION', value, interval: null, note, anchor: 'none' };
  }
  const fine =
    res.interval?.precision === 'day' || m.unit === 'year' || m.unit === 'month' || m.unit === 'quarter';
  if (!fine) return unresolved(ctx, 'XXXX-XX-XX');
  return shiftedPoint(
    ctx,
    from,
    m.amount * m.direction,
    m.unit,
    'timex',
    `'${res.value}' (${describeDay(from)})`,
  );
}

/** A clock time takes the day of the nearest day expression in its sentence, else the document date. */
function resolveClock(
  m: Extract<Meaning, { kind: 'time' }>,
  ctx: ResolveContext,
  related: Related,
): Resolution {
  const clock = { hour: m.hour, minute: m.minute, utc: m.utc };
  const res = related?.resolution;
  const day = res?.interval ? parseDay(res.interval.start) : null;
  if (day && res)
    return dayResolution(
      { ...ctx, referenceWhy: `the day '${res.value}' in the same sentence` },
      day,
      '',
      'timex',
      { clock },
    );
  if (!ctx.reference) return unresolved(ctx, `XXXX-XX-XXT${pad(m.hour, 2)}:${pad(m.minute, 2)}`, 'TIME');
  return dayResolution(ctx, ctx.reference, 'no day stated with the time: taken as that day', 'dct', {
    clock,
  });
}

/** "the previous year", "the entire year": counted from the expression the narrative is at, else from now. */
function resolveAnaphoric(
  m: Extract<Meaning, { kind: 'relUnit' }>,
  ctx: ResolveContext,
  related: Related,
): Resolution {
  const res = related?.resolution;
  const from = res?.interval ? parseDay(res.interval.start) : null;
  if (!res || !from || (m.unit === 'day' && res.interval?.precision !== 'day')) {
    // "the same day", "that month" name a time only through an antecedent: none, so no value.
    if (m.antecedentOnly) {
      const value =
        m.unit === 'day'
          ? `XXXX-XX-XX${m.dayPart ? `T${m.dayPart}` : ''}`
          : m.unit === 'week'
            ? 'XXXX-WXX'
            : m.unit === 'month'
              ? 'XXXX-XX'
              : 'XXXX';
      const res0 = unresolved(ctx, value, m.dayPart ? 'TIME' : 'DATE');
      return {
        ...res0,
        note: `${quoteText(ctx)}: no preceding date expression to refer to, so it is left unresolved`,
      };
    }
    return resolveRelUnit(m, ctx);
  }
  const why = `reference to the most recent preceding date expression, '${res.value}'`;
  const out = resolveRelUnit(m, { ...ctx, reference: from, referenceWhy: why });
  return { ...out, anchor: 'timex' };
}

/** "the same period last year": the period just mentioned, in another year. */
function resolveSamePeriod(
  m: Extract<Meaning, { kind: 'samePeriod' }>,
  ctx: ResolveContext,
  related: Related,
): Resolution {
  const res = related?.resolution;
  const parts = res ? /^(FY)?(\d{4})((?:-(?:\d{2}|Q\d|H\d|SP|SU|FA|WI))*)$/.exec(res.value) : null;
  if (!res || !parts) {
    const year = m.year ?? (ctx.dct ? ctx.dct.getFullYear() + (m.yearShift ?? 0) : null);
    if (year === null) return unresolved(ctx, 'XXXX');
    const note = `${quoteText(ctx)}: the period it repeats is not stated, so only the year ${year} is kept`;
    return {
      type: 'DATE',
      value: String(year),
      interval: null,
      note,
      anchor: m.year === null ? 'dct' : 'absolute',
    };
  }
  const year = m.year ?? Number(parts[2]) + (m.yearShift ?? 0);
  const delta = year - Number(parts[2]);
  const value = `${parts[1] ?? ''}${year}${parts[3] ?? ''}`;
  const shift = (day: string) => `${Number(day.slice(0, 4)) + delta}${day.slice(4)}`;
  const interval = res.interval
    ? { ...res.interval, start: shift(res.interval.start), end: shift(res.interval.end) }
    : null;
  return {
    type: 'DATE',
    value,
    interval,
    note: `${quoteText(ctx)}: '${res.value}' moved to ${year} → ${value}`,
    anchor: 'timex',
  };
}
