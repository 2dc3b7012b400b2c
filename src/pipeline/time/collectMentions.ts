import { chronoMentions } from './chronoMentions.ts';
import { recognizeMovingHolidays } from './holidays.ts';
import type { Mention } from './mention.ts';
import {
  recognizeDecades,
  recognizeFiscal,
  recognizeHolidays,
  recognizeMonths,
  recognizeQuarters,
  recognizeSeasons,
  recognizeYears,
} from './recognizeCalendar.ts';
import { recognizeClockTimes } from './recognizeClock.ts';
import { recognizeDurations, recognizeSets } from './recognizeDurations.ts';
import { recognizeImpossibleDays } from './recognizeImpossibleDays.ts';
import { recognizeNamedDays } from './recognizeNamedDays.ts';
import {
  recognizeRefs,
  recognizeRelativeDays,
  recognizeRelativeUnits,
  recognizeWeekdays,
} from './recognizeRelative.ts';

/**
 * Every candidate from every recogniser, then one reading per stretch of text: the longest candidate
 * wins, ties go to the higher priority, and a clock time next to a day joins it ("12:00 UTC Monday").
 */
export function collectMentions(text: string): Mention[] {
  const all = [
    ...chronoMentions(text),
    ...recognizeRefs(text),
    ...recognizeRelativeDays(text),
    ...recognizeWeekdays(text),
    ...recognizeRelativeUnits(text),
    ...recognizeMonths(text),
    ...recognizeYears(text),
    ...recognizeDecades(text),
    ...recognizeQuarters(text),
    ...recognizeSeasons(text),
    ...recognizeFiscal(text),
    ...recognizeHolidays(text),
    ...recognizeMovingHolidays(text),
    ...recognizeNamedDays(text),
    ...recognizeClockTimes(text),
    ...recognizeDurations(text),
    ...recognizeSets(text),
    ...recognizeImpossibleDays(text),
  ];
  return joinClockTimes(text, selectLongest(all));
}

function selectLongest(candidates: Mention[]): Mention[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const JOIN_GAP = /^\s*(?:at|on)?\s*$/;

/** A clock time directly before or after a day expression becomes that day's time. */
function joinClockTimes(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const cur = mentions[i];
    const next = mentions[i + 1];
    if (!cur) continue;
    if (next && JOIN_GAP.test(text.slice(cur.end, next.start))) {
      const joined = join(cur, next) ?? join(next, cur);
      if (joined) {
        out.push({ ...joined, start: cur.start, end: next.end });
        i += 1;
        continue;
      }
    }
    out.push(cur);
  }
  return out;
}

function join(time: Mention, day: Mention): Mention | null {
  if (time.meaning.kind !== 'time') return null;
  const clock = { hour: time.meaning.hour, minute: time.meaning.minute, utc: time.meaning.utc };
  const m = day.meaning;
  if (m.kind === 'weekday' || m.kind === 'relDay') {
    if (m.kind === 'relDay' && m.overnight) return null;
    const withClock = { ...m, clock };
    delete withClock.dayPart;
    return { ...day, meaning: withClock };
  }
  if (m.kind === 'calendar' && m.day !== null) return { ...day, meaning: { ...m, clock } };
  return null;
}
