import { monthsInterval, quarterOf } from './calendar.ts';
import type { Meaning, Season } from './mention.ts';
import { type ResolveContext, type Resolution, quoteText, tenseWhy, unresolved } from './resolution.ts';

/** Parts of a year written without the year: quarters, halves and seasons (the dct and tense decide). */

type Of<K extends Meaning['kind']> = Extract<Meaning, { kind: K }>;

export function resolveQuarter(m: Of<'quarter'>, ctx: ResolveContext): Resolution {
  const dct = ctx.dct;
  let year: number | null = m.year ?? (dct && m.yearShift !== null ? dct.getFullYear() + m.yearShift : null);
  let quarter: number;
  if (typeof m.quarter === 'number') {
    quarter = m.quarter;
    if (year === null && dct) {
      const current = quarterOf(dct);
      year = dct.getFullYear();
      if (ctx.tense === 'past' && quarter > current) year -= 1;
      if (ctx.tense === 'future' && quarter < current) year += 1;
      if (ctx.tense === 'none') year = nearestQuarterYear(dct, quarter);
    }
  } else {
    if (!dct) return unresolved(ctx, 'XXXX-QX');
    const index =
      dct.getFullYear() * 4 + quarterOf(dct) - 1 + (m.quarter === 'last' ? -1 : m.quarter === 'next' ? 1 : 0);
    [year, quarter] = [Math.floor(index / 4), (index % 4) + 1];
  }
  if (year === null) return unresolved(ctx, `XXXX-Q${quarter}`);
  const value = `${year}-Q${quarter}`;
  const anchor = m.year !== null ? 'absolute' : 'dct';
  const from = anchor === 'dct' ? ` in ${ctx.referenceWhy}` : '';
  return {
    type: 'DATE',
    value,
    interval: monthsInterval(year, quarter * 3 - 2, 3),
    note: `${quoteText(ctx)}${from} → ${value}`,
    anchor,
  };
}

/** The year whose quarter `quarter` lies nearest to `dct` (no tense: "the fourth quarter" in August is ahead). */
function nearestQuarterYear(dct: Date, quarter: number): number {
  const y = dct.getFullYear();
  const month = y * 12 + dct.getMonth();
  const distance = (yy: number) => {
    const first = yy * 12 + 3 * (quarter - 1);
    return month < first ? first - month : Math.max(0, month - (first + 2));
  };
  return [y, y - 1, y + 1].reduce((best, yy) => (distance(yy) < distance(best) ? yy : best), y);
}

export function resolveHalf(m: Of<'half'>, ctx: ResolveContext): Resolution {
  const year = m.year ?? (ctx.dct ? ctx.dct.getFullYear() + (m.yearShift ?? 0) : null);
  if (year === null) return unresolved(ctx, `XXXX-H${m.half}`);
  const value = `${year}-H${m.half}`;
  const anchor = m.year !== null ? 'absolute' : 'dct';
  return {
    type: 'DATE',
    value,
    interval: monthsInterval(year, m.half === 1 ? 1 : 7, 6),
    note: `${quoteText(ctx)} → ${value}`,
    anchor,
  };
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_NAME: Record<Season, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

export function resolveSeason(m: Of<'season'>, ctx: ResolveContext): Resolution {
  const dct = ctx.dct;
  let year = m.year;
  let why = '';
  if (year === null) {
    if (!dct) return unresolved(ctx, `XXXX-${m.season}`);
    const month = dct.getMonth() + 1;
    const current = month >= SEASON_START[m.season] && month < SEASON_START[m.season] + 3;
    year = dct.getFullYear() + (m.shift ?? 0);
    if (m.season === 'WI' && month <= 2) year -= 1;
    // "last spring" said in July is the spring just gone (this year's); "next autumn" said in March the
    // coming one: the nearest instance of the season before (after) the one the text is in.
    if (m.shift === -1 || m.shift === 1) year = adjacentSeasonYear(dct, m.season, m.shift);
    if (m.shift === null && !current) {
      if (ctx.tense === 'past' && SEASON_START[m.season] > month) year -= 1;
      if (ctx.tense === 'future' && SEASON_START[m.season] + 2 < month && m.season !== 'WI') year += 1;
    }
    why = ` (${tenseWhy(ctx.tense)})`;
  }
  const value = `${year}-${m.season}`;
  return {
    type: 'DATE',
    value,
    interval: monthsInterval(year, SEASON_START[m.season], 3),
    note: `${quoteText(ctx)} → ${SEASON_NAME[m.season]} ${year}${why}`,
    anchor: m.year !== null ? 'absolute' : 'dct',
  };
}

const SEASON_ORDER: Season[] = ['SP', 'SU', 'FA', 'WI'];

/**
 * The year of the instance of `season` nearest before (`shift` -1) or after (1) the season holding
 * `day`, never that one itself ("last summer" said in July is the summer a year before). Seasons
 * run from March (SP), June, September and December (WI, into the next year's February).
 */
function adjacentSeasonYear(day: Date, season: Season, shift: -1 | 1): number {
  const month = day.getMonth() + 1;
  const current =
    month <= 2 ? 4 * (day.getFullYear() - 1) + 3 : 4 * day.getFullYear() + Math.floor((month - 3) / 3);
  const target = SEASON_ORDER.indexOf(season);
  const gap = (((shift === -1 ? current - target : target - current) % 4) + 4) % 4 || 4;
  return Math.floor((current + shift * gap) / 4);
}
