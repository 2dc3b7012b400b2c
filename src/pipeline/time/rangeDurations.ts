import { differenceInCalendarDays, parseISO } from 'date-fns';
import { monthInterval, pad } from './calendar.ts';
import type { Timex } from './tagTimex.ts';

/**
 * A stretch bounded by two dates of the same precision, "from 2009 to 2011", "between March and June
 * 2008", "from 3 May to 10 May": the two dates stay, and the whole phrase is also a DURATION (TimeML's
 * range reading, as MEANTIME annotates it: P2Y). Only when both ends are resolved calendar values of the
 * same shape and the second comes after the first; anything else gives no duration. A first month
 * written without its year takes the year of the second ("between March and June 2008": March 2008).
 */

const JOINER = /^\s*(?:to|until|till|through|and|[-–])\s*$/i;
const OPENER = /\b(from|between)\s+$/i;

type Shape = { unit: 'Y' | 'M' | 'D'; count: (a: string, b: string) => number };

const SHAPES: Array<[RegExp, Shape]> = [
  [/^\d{4}$/, { unit: 'Y', count: (a, b) => Number(b) - Number(a) }],
  [
    /^\d{4}-\d{2}$/,
    {
      unit: 'M',
      count: (a, b) => months(b) - months(a),
    },
  ],
  [/^\d{4}-\d{2}-\d{2}$/, { unit: 'D', count: (a, b) => differenceInCalendarDays(parseISO(b), parseISO(a)) }],
];

function months(value: string): number {
  const [y, m] = value.split('-').map(Number);
  return (y ?? 0) * 12 + (m ?? 0);
}

function shapeOf(value: string): Shape | null {
  return SHAPES.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

/** `timexes` (in text order) with the ranges' DURATIONs added before their dates. */
export function withRanges(text: string, timexes: readonly Timex[]): Timex[] {
  const out: Timex[] = [...timexes];
  for (let i = 0; i + 1 < out.length; i += 1) {
    const b = out[i + 1];
    let a = out[i];
    if (!a || !b || a.type !== 'DATE' || b.type !== 'DATE' || !a.interval || !b.interval) continue;
    const joiner = text.slice(a.end, b.start);
    const opener = OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
    if (!opener || !JOINER.test(joiner)) continue;
    if ((opener[1]?.toLowerCase() === 'between') !== /and/i.test(joiner)) continue;
    const shape = shapeOf(a.value);
    if (!shape || shape !== shapeOf(b.value)) continue;
    if (shape.unit === 'M' && a.anchor === 'dct' && b.anchor === 'absolute') {
      a = sameYearAs(a, b);
      out[i] = a;
    }
    const n = shape.count(a.value, b.value);
    if (n <= 0) continue;
    const start = a.start - (opener[0]?.length ?? 0);
    const value = `P${n}${shape.unit}`;
    out.splice(i, 0, {
      start,
      end: b.end,
      text: text.slice(start, b.end),
      type: 'DURATION',
      value,
      interval: null,
      note: `'${text.slice(start, b.end)}': the stretch from ${a.value} to ${b.value} (${value})`,
      anchor: a.anchor === 'absolute' && b.anchor === 'absolute' ? 'absolute' : 'timex',
    });
    i += 2;
  }
  return out;
}

/** "March" of "between March and June 2008": the year of June, or the year before when March is later. */
function sameYearAs(a: Timex, b: Timex): Timex {
  const [year = 0, bMonth = 0] = b.value.split('-').map(Number);
  const month = Number(a.value.split('-')[1]);
  const y = month <= bMonth ? year : year - 1;
  const value = `${y}-${pad(month, 2)}`;
  return {
    ...a,
    value,
    interval: monthInterval(y, month, a.interval?.part),
    note: `'${a.text}': the start of a range ending ${b.value} → ${value}`,
    anchor: 'timex',
  };
}
