import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { Mention } from './mention.ts';
import { CLOCK_ZONES } from './recognizeClock.ts';

/**
 * Explicit dates and clock times found by chrono-node's strict English parser ("July 4", "4 July 2025",
 * "March 01, 2008", "7/8/07", "18:00 UTC", "6:40 p.m."). Only what chrono says it is certain of is kept;
 * the year, when missing, is inferred later from the document date and tense. Weekdays, relative
 * expressions and durations come from this folder's own recognisers.
 */

/** A fixed reference: chrono's implied values are ignored, so the instant only has to be valid. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/**
 * chrono's strict English parser without its time-unit parsers ("3 days ago", "within 2 weeks",
 * "2 days later"): their results were always dropped (amounts are read by recognizeDurations.ts), and
 * they cost about half of chrono's time. A date after "a day after" is then found on its own.
 */
const PARSER = ((): chrono.Chrono => {
  const config = chrono.en.configuration.createConfiguration(true, false);
  config.parsers = config.parsers.filter((p) => !/TimeUnit/.test(p.constructor.name));
  return new chrono.Chrono(config);
})();

export function chronoMentions(text: string): Mention[] {
  const out: Mention[] = [];
  collect(text, 0, text, out);
  return out;
}

function collect(text: string, base: number, slice: string, out: Mention[]): void {
  for (const result of PARSER.parse(slice, REFERENCE)) {
    if ([...result.tags()].some((t) => /TimeUnit|relative|casual/i.test(t))) {
      // "a day after 3 July": the amount is read by this folder's rules; keep the date it counts from.
      const anchor = /\b(?:after|before|from|since)\s+/i.exec(result.text);
      if (anchor) {
        const from = result.index + anchor.index + anchor[0].length;
        collect(text, base + from, slice.slice(from, result.index + result.text.length), out);
      }
      continue;
    }
    const mention = toMention(text, base, result);
    if (mention) out.push(mention);
  }
}

function toMention(text: string, base: number, result: ParsedResult): Mention | null {
  if (!/\d/.test(result.text)) return null;
  const lead = /^(?:(?:on|at|in|by|from|since|until|till|of|the)\s+)+/i.exec(result.text)?.[0].length ?? 0;
  const start = base + result.index + lead;
  const end = base + result.index + result.text.length;
  // Part of a larger number: "10,000 to 15,000" is not a clock time, "1.5" is not a date.
  if (/[\d,.]/.test(text[start - 1] ?? '') || /^(?:\d|[,.]\d)/.test(text.slice(end, end + 2))) return null;
  if (isFractionOrLapTime(text, start, end)) return null;
  const c = result.start;
  const certain = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') =>
    c.isCertain(k) ? c.get(k) : null;
  const month = certain('month');
  const day = certain('day');
  const year = certain('year');
  const hour = certain('hour');
  const clockText = /\d[:.]\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|o'clock|\bnoon\b|\bmidnight\b/i.test(
    result.text,
  );
  const clock =
    hour !== null && clockText
      ? { hour, minute: certain('minute') ?? 0, utc: /\b(?:UTC|GMT|Z)\b(?!\s*[+-−]\s*\d)/.test(result.text) }
      : null;
  if (month === null && day === null) {
    if (!clock) return null;
    return {
      start,
      end: base + result.index + trimToClock(result.text),
      meaning: { kind: 'time', hour: clock.hour, minute: clock.minute, utc: clock.utc, dayAt: null },
      rule: 'chrono-time',
      priority: 3,
    };
  }
  if (month === null) return null;
  return {
    start,
    end,
    meaning: {
      kind: 'calendar',
      month,
      day,
      weekday: certain('weekday'),
      year,
      yearShift: null,
      ...(clock ? { clock } : {}),
    },
    rule: 'chrono-date',
    priority: 4,
  };
}

/** What makes H:MM:SS a time of day: am/pm or a time zone right after it ("10:30:15 ET"). */
const AFTER_CLOCK = new RegExp(`^\\s*(?:[aApP]\\.?[mM]\\.?(?![a-z])|(?:${CLOCK_ZONES})\\b)`);

/** Words before a year-less numeric date ("on 3/4", "from 3/4 to 3/9") that make it a day, not a fraction. */
const NUMERIC_DAY_CUE =
  /(?:\b(?:on|by|since|until|till|from|before|after|through|between|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)|\d\/\d{1,2}\s*(?:and|to|[–—-]))\s*$/i;

/** Words after a fraction: a measure ("1/2 tsp", "3/4 cup", "1/2 mile") or "of a/an/the". */
const MEASURE_AFTER =
  /^\s*(?:of\s+(?:a|an|the)\b|(?:tsp|tbsp|teaspoons?|tablespoons?|cups?|oz|ounces?|lbs?|pounds?|inch(?:es)?|in\.|feet|foot|ft|miles?|km|kilomet(?:er|re)s?|mi|hours?|points?|percent|per cent|sticks?|pints?|quarts?|gallons?|liters?|litres?|ml|g|kg|grams?)\b)/i;

/**
 * A year-less "1/2" or "3/4" with no word before it that asks for a day, or with a measure after it,
 * is a fraction ("1/2 tsp", "rose 3/4 of a point"); "2:19:40" with seconds, no am/pm or zone after it
 * and no "at" before it is a lap or race time ("a course record of 2:19:40"), not a time of day.
 */
function isFractionOrLapTime(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 14), start);
  if (/^\d{1,2}\/\d{1,2}$/.test(span))
    return MEASURE_AFTER.test(text.slice(end, end + 16)) || !NUMERIC_DAY_CUE.test(before);
  if (/^\d{1,2}:\d\d:\d\d$/.test(span) && !AFTER_CLOCK.test(text.slice(end, end + 6)))
    return !/\b(?:at|from|until|till|by|since)\s+$/i.test(before);
  return false;
}

/** chrono sometimes swallows a trailing timezone in brackets; keep "6:40 p.m. (GMT +8)" but not more. */
function trimToClock(text: string): number {
  return text.replace(/[\s,]+$/, '').length;
}
