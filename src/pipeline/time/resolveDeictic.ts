import {
  WEEKDAY_NAMES,
  describeDay,
  formatDay,
  monthInterval,
  monthsInterval,
  pad,
  quarterOf,
  shiftDays,
  shiftMonths,
  shiftWeeks,
  shiftYears,
  weekInterval,
  weekValue,
  weekdayFrom,
  yearInterval,
} from './calendar.ts';
import type { Meaning, Unit } from './mention.ts';
import {
  type ResolveContext,
  type Resolution,
  dayResolution,
  quoteText,
  tenseWhy,
  unresolved,
} from './resolution.ts';

/** Words that count from a reference day: weekdays, today/yesterday/tomorrow, "last month", "four months ago". */

type Of<K extends Meaning['kind']> = Extract<Meaning, { kind: K }>;

export function resolveWeekday(m: Of<'weekday'>, ctx: ResolveContext): Resolution {
  const ref = ctx.reference;
  const isoDay = m.weekday === 0 ? 7 : m.weekday;
  if (!ref)
    return unresolved(
      ctx,
      `XXXX-WXX-${isoDay}${m.dayPart ? `T${m.dayPart}` : ''}`,
      m.dayPart ? 'TIME' : 'DATE',
    );
  const name = WEEKDAY_NAMES[m.weekday] ?? '';
  const past = weekdayFrom(ref, m.weekday, -1);
  const future = weekdayFrom(ref, m.weekday, 1);
  let day: Date;
  let why: string;
  if (m.shift === -1) {
    day = weekdayFrom(ref, m.weekday, -1, true);
    why = `'last': the ${name} before`;
  } else if (m.shift === 1) {
    day = weekdayFrom(ref, m.weekday, 1, true);
    why = `'next': the coming ${name}`;
  } else if (ctx.weekShift !== 0) {
    // "next week ... on Thursday": the Thursday of that week, whatever today is.
    const monday = weekdayFrom(shiftWeeks(ref, ctx.weekShift), 1, -1);
    day = shiftDays(monday, (m.weekday + 6) % 7);
    why = `the ${name} of ${ctx.weekShift > 0 ? 'next' : 'last'} week, stated in the same sentence`;
  } else {
    const agreeing = [past, future].filter((d) => ctx.explicitDays.includes(formatDay(d)));
    const first = agreeing[0];
    if (agreeing.length === 1 && first && formatDay(past) !== formatDay(future)) {
      day = first;
      why = `agrees with the date ${describeDay(first)} stated in the same text`;
    } else if (ctx.tense === 'future') {
      day = future;
      why =
        formatDay(future) === formatDay(ref)
          ? 'future tense: the same day'
          : `future tense: the coming ${name}`;
    } else {
      day = past;
      const same = formatDay(past) === formatDay(ref);
      why = `${tenseWhy(ctx.tense)}: ${same ? 'the same day' : `the ${name} before`}`;
    }
  }
  return dayResolution(ctx, day, why, 'dct', { dayPart: m.dayPart, clock: m.clock });
}

export function resolveRelDay(m: Of<'relDay'>, ctx: ResolveContext): Resolution {
  const ref = ctx.reference;
  if (!ref) {
    if (ctx.quotedUnknown && !m.overnight) {
      const value = m.offset < 0 ? 'PAST_REF' : m.offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
      const res = unresolved(ctx, value);
      return { ...res, note: `${res.note}; only its direction in time is kept (${value})` };
    }
    return unresolved(ctx, `XXXX-XX-XX${m.dayPart ? `T${m.dayPart}` : ''}`, m.dayPart ? 'TIME' : 'DATE');
  }
  const day = shiftDays(ref, m.offset);
  if (m.overnight) {
    return {
      type: 'TIME',
      value: `${formatDay(day)}TNI`,
      interval: { start: formatDay(day), end: formatDay(ref), precision: 'day' },
      note: `${quoteText(ctx)} in ${ctx.referenceWhy} → the night of ${describeDay(day)} to ${describeDay(ref)}`,
      anchor: 'dct',
    };
  }
  const days = Math.abs(m.offset) === 1 ? 'day' : 'days';
  const why =
    m.offset === 0 ? '' : m.offset < 0 ? `${-m.offset} ${days} before` : `${m.offset} ${days} after`;
  return dayResolution(ctx, day, why, 'dct', { dayPart: m.dayPart, clock: m.clock });
}

export function resolveRelUnit(m: Of<'relUnit'>, ctx: ResolveContext): Resolution {
  const ref = ctx.reference;
  const unknown = {
    day: 'XXXX-XX-XX',
    week: 'XXXX-WXX',
    weekend: 'XXXX-WXX-WE',
    month: 'XXXX-XX',
    quarter: 'XXXX-QX',
    year: 'XXXX',
    decade: 'XXX',
  };
  if (!ref) return unresolved(ctx, unknown[m.unit]);
  const note = (label: string) => `${quoteText(ctx)} in ${ctx.referenceWhy} → ${label}`;
  const part = m.part ? { part: m.part } : {};
  switch (m.unit) {
    case 'day': {
      const day = shiftDays(ref, m.offset);
      const why = m.offset === 0 ? 'the same day' : m.offset < 0 ? 'the day before' : 'the day after';
      return dayResolution(ctx, day, why, 'dct', m.dayPart ? { dayPart: m.dayPart } : {});
    }
    case 'week': {
      const day = shiftWeeks(ref, m.offset);
      const interval = weekInterval(day);
      return {
        type: 'DATE',
        value: weekValue(day),
        interval,
        note: note(`week ${weekValue(day)} (${interval.start} to ${interval.end})`),
        anchor: 'dct',
      };
    }
    case 'weekend': {
      const saturday =
        m.offset < 0
          ? weekdayFrom(shiftDays(ref, -1), 6, -1)
          : m.offset > 0
            ? weekdayFrom(ref, 6, 1, true)
            : ctx.tense === 'past'
              ? weekdayFrom(ref, 6, -1)
              : ctx.tense === 'future'
                ? weekdayFrom(ref, 6, 1)
                : weekdayFrom(weekdayFrom(ref, 1, -1), 6, 1);
      const sunday = shiftDays(saturday, 1);
      return {
        type: 'DATE',
        value: `${weekValue(saturday)}-WE`,
        interval: { start: formatDay(saturday), end: formatDay(sunday), precision: 'day' },
        note: note(
          `the weekend of ${describeDay(saturday)} and ${describeDay(sunday)} (${tenseWhy(ctx.tense)})`,
        ),
        anchor: 'dct',
      };
    }
    case 'month': {
      const day = shiftMonths(ref, m.offset);
      const [y, mo] = [day.getFullYear(), day.getMonth() + 1];
      return {
        type: 'DATE',
        value: `${y}-${pad(mo, 2)}`,
        interval: monthInterval(y, mo, m.part),
        note: note(`${y}-${pad(mo, 2)}`),
        anchor: 'dct',
      };
    }
    case 'quarter': {
      const day = shiftMonths(ref, 3 * m.offset);
      const q = quarterOf(day);
      const value = `${day.getFullYear()}-Q${q}`;
      return {
        type: 'DATE',
        value,
        interval: { ...monthsInterval(day.getFullYear(), 3 * q - 2, 3), ...part },
        note: note(value),
        anchor: 'dct',
      };
    }
    case 'year': {
      const y = ref.getFullYear() + m.offset;
      return {
        type: 'DATE',
        value: String(y),
        interval: yearInterval(y, m.part),
        note: note(`the year ${y}${m.part ? ` (${m.part})` : ''}`),
        anchor: 'dct',
      };
    }
    case 'decade': {
      const decade = Math.floor(ref.getFullYear() / 10) + m.offset;
      return {
        type: 'DATE',
        value: String(decade),
        interval: yearInterval(decade * 10, m.part, 10),
        note: note(`the ${decade}0s`),
        anchor: 'dct',
      };
    }
  }
}

/** "four months ago": a point counted back (or forward) from the reference day, at the unit's precision. */
export function resolveAgo(m: Of<'ago'>, ctx: ResolveContext): Resolution {
  if (m.amount === null) {
    const value = m.direction < 0 ? 'PAST_REF' : 'FUTURE_REF';
    return {
      type: 'DATE',
      value,
      interval: null,
      note: `${quoteText(ctx)}: an unstated amount of time ${m.direction < 0 ? 'before' : 'after'} now`,
      anchor: 'none',
    };
  }
  const ref = ctx.reference;
  if (!ref) return unresolved(ctx, unitUnknown(m.unit));
  return shiftedPoint(ctx, ref, m.amount * m.direction, m.unit, 'dct', ctx.referenceWhy);
}

function unitUnknown(unit: Unit): string {
  if (unit === 'year' || unit === 'decade') return 'XXXX';
  if (unit === 'month' || unit === 'quarter') return 'XXXX-XX';
  if (unit === 'week') return 'XXXX-WXX';
  return 'XXXX-XX-XX';
}

/** `from` moved by `amount` units, expressed at the precision of the unit ("two years ago" -> a year). */
export function shiftedPoint(
  ctx: ResolveContext,
  from: Date,
  amount: number,
  unit: Unit,
  anchor: 'dct' | 'timex',
  fromWhy: string,
): Resolution {
  const whole = Math.trunc(amount);
  const note = (label: string) => `${quoteText(ctx)} counted from ${fromWhy} → ${label}`;
  switch (unit) {
    case 'year':
    case 'decade': {
      const y = shiftYears(from, whole * (unit === 'decade' ? 10 : 1)).getFullYear();
      return {
        type: 'DATE',
        value: String(y),
        interval: yearInterval(y),
        note: note(`the year ${y}`),
        anchor,
      };
    }
    case 'quarter':
    case 'month': {
      const day = shiftMonths(from, whole * (unit === 'quarter' ? 3 : 1));
      const [y, mo] = [day.getFullYear(), day.getMonth() + 1];
      return {
        type: 'DATE',
        value: `${y}-${pad(mo, 2)}`,
        interval: monthInterval(y, mo),
        note: note(`${y}-${pad(mo, 2)}`),
        anchor,
      };
    }
    case 'week': {
      const day = shiftWeeks(from, whole);
      return {
        type: 'DATE',
        value: weekValue(day),
        interval: weekInterval(day),
        note: note(`week ${weekValue(day)}`),
        anchor,
      };
    }
    default: {
      const days = unit === 'day' ? whole : 0;
      const day = shiftDays(from, days);
      const res = dayResolution(ctx, day, '', anchor);
      return { ...res, note: note(describeDay(day)) };
    }
  }
}
