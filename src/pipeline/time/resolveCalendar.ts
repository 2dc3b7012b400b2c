import {
  MONTH_NAMES,
  describeDay,
  formatDay,
  lastDayOf,
  makeDay,
  monthInterval,
  pad,
  weekInterval,
  weekValue,
  yearInterval,
} from './calendar.ts';
import type { Meaning, YearSpec } from './mention.ts';
import {
  type ResolveContext,
  type Resolution,
  dayResolution,
  quoteText,
  tenseWhy,
  unresolved,
} from './resolution.ts';

/** Named calendar units whose year may be missing: the year comes from the document date and tense. */

type Of<K extends Meaning['kind']> = Extract<Meaning, { kind: K }>;
type YearChoice = { year: number; why: string; anchor: 'absolute' | 'dct' };

/**
 * The year of a month (and day) written without one. Past tense: the last such date on or before the
 * document date; future tense: the next one on or after it; no tense: the nearest one.
 */
export function inferYear(
  spec: YearSpec,
  month: number,
  day: number | null,
  ctx: ResolveContext,
): YearChoice | null {
  if (spec.year !== null) return { year: spec.year, why: '', anchor: 'absolute' };
  const dct = ctx.dct;
  if (!dct) return null;
  if (spec.yearShift !== null) return { year: dct.getFullYear() + spec.yearShift, why: '', anchor: 'dct' };
  const y = dct.getFullYear();
  const key = (yy: number) => yy * 10000 + month * 100 + (day ?? 15);
  const now = y * 10000 + (dct.getMonth() + 1) * 100 + (day === null ? 15 : dct.getDate());
  const sameMonth = day === null && month === dct.getMonth() + 1;
  if (ctx.tense === 'past' && !sameMonth) {
    const year = key(y) <= now ? y : y - 1;
    return { year, why: `past tense: the last one before ${describeDay(dct)}`, anchor: 'dct' };
  }
  if (ctx.tense === 'future' && !sameMonth) {
    const year = key(y) >= now ? y : y + 1;
    return { year, why: `future tense: the next one after ${describeDay(dct)}`, anchor: 'dct' };
  }
  const nearest = [y - 1, y, y + 1].reduce(
    (best, yy) =>
      Math.abs(dayNumber(yy, month, day) - dayNumber(y, dct.getMonth() + 1, dct.getDate())) <
      Math.abs(dayNumber(best, month, day) - dayNumber(y, dct.getMonth() + 1, dct.getDate()))
        ? yy
        : best,
    y,
  );
  return {
    year: nearest,
    why: `${tenseWhy(ctx.tense)}: the nearest one to ${describeDay(dct)}`,
    anchor: 'dct',
  };
}

function dayNumber(year: number, month: number, day: number | null): number {
  return year * 372 + (month - 1) * 31 + (day ?? 15);
}

export function resolveCalendar(m: Of<'calendar'>, ctx: ResolveContext): Resolution {
  const what = quoteText(ctx);
  if (m.month === null) {
    if (m.year === null) return unresolved(ctx, 'XXXX');
    const part = m.part ? ` (${m.part})` : '';
    return {
      type: 'DATE',
      value: String(m.year),
      interval: yearInterval(m.year, m.part),
      note: `${what} → the year ${m.year}${part}`,
      anchor: 'absolute',
    };
  }
  const choice = inferYear(m, m.month, m.day, ctx);
  if (m.day === null) {
    if (!choice) return unresolved(ctx, `XXXX-${pad(m.month, 2)}`);
    const value = `${choice.year}-${pad(m.month, 2)}`;
    const label = `${MONTH_NAMES[m.month - 1]} ${choice.year}${m.part ? ` (${m.part})` : ''}`;
    const from = choice.anchor === 'dct' ? ` in ${ctx.referenceWhy}` : '';
    return {
      type: 'DATE',
      value,
      interval: monthInterval(choice.year, m.month, m.part),
      note: `${what}${from} → ${label}${choice.why ? ` (${choice.why})` : ''}`,
      anchor: choice.anchor,
    };
  }
  if (!choice) return unresolved(ctx, `XXXX-${pad(m.month, 2)}-${pad(m.day, 2)}`);
  if (!makeDay(m.year ?? 2024, m.month, m.day)) return noSuchDay(m.month, m.day, m.year, ctx);
  let { year, why } = choice;
  if (m.weekday !== null && m.year === null) {
    // "Friday, July 4": the stated weekday picks the year among the candidates.
    const fit = [choice.year, choice.year - 1, choice.year + 1].find(
      (yy) => makeDay(yy, m.month ?? 1, m.day ?? 1)?.getDay() === m.weekday,
    );
    if (fit !== undefined) [year, why] = [fit, `${why}; the weekday stated with it agrees`];
  }
  const day = makeDay(year, m.month, m.day);
  if (!day) return noSuchDay(m.month, m.day, year, ctx);
  const mismatch =
    m.weekday !== null && day.getDay() !== m.weekday ? 'the weekday stated with it does not match' : '';
  return dayResolution(ctx, day, [why, mismatch].filter(Boolean).join('; '), choice.anchor, {
    clock: m.clock,
  });
}

/** A day the calendar does not have ("February 30"): never moved to a neighbour or to the month. */
function noSuchDay(month: number, day: number, year: number | null, ctx: ResolveContext): Resolution {
  const inYear = year === null ? '' : ` ${year}`;
  return {
    type: 'DATE',
    value: `${year === null ? 'XXXX' : pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    interval: null,
    note: `${quoteText(ctx)}: ${MONTH_NAMES[month - 1]}${inYear} has no day ${day}, so the date is left unresolved`,
    anchor: 'none',
  };
}

export function resolveDecade(m: Of<'decade'>, ctx: ResolveContext): Resolution {
  return {
    type: 'DATE',
    value: String(m.decade),
    interval: yearInterval(m.decade * 10, undefined, 10),
    note: `${quoteText(ctx)} → the ${m.decade}0s`,
    anchor: 'absolute',
  };
}

export function resolveFiscal(m: Of<'fiscal'>, ctx: ResolveContext): Resolution {
  const year = m.year ?? (ctx.dct ? ctx.dct.getFullYear() + (m.yearShift ?? 0) : null);
  if (year === null) return unresolved(ctx, 'FYXXXX');
  // Fiscal years start on different days for each organisation: no calendar interval.
  return {
    type: 'DATE',
    value: `FY${year}`,
    interval: null,
    note: `${quoteText(ctx)} → fiscal year ${year} (its days depend on the organisation)`,
    anchor: m.year !== null ? 'absolute' : 'dct',
  };
}

export function resolveWeekOf(m: Of<'weekOf'>, ctx: ResolveContext): Resolution {
  const choice = inferYear({ year: m.year, yearShift: null }, m.month, null, ctx);
  if (!choice) return unresolved(ctx, 'XXXX-WXX');
  const day = m.which === 'first' ? makeDay(choice.year, m.month, 4) : lastDayOf(choice.year, m.month, -3);
  if (!day) return unresolved(ctx, 'XXXX-WXX');
  const value = weekValue(day);
  const interval = weekInterval(day);
  return {
    type: 'DATE',
    value,
    interval,
    note: `${quoteText(ctx)} → week ${value} (${interval.start} to ${interval.end}), around ${formatDay(day)}`,
    anchor: choice.anchor,
  };
}
