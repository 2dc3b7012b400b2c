import { readArticleDay } from './articleDay.ts';
import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  describeDay,
  formatDay,
  makeDay,
  parseDay,
  shiftDays,
} from './calendar.ts';
import {
  type ArticleClues,
  type DateStatement,
  type WeekdayStatement,
  articleClues,
} from './captureClues.ts';

export type CaptureInput = {
  role: 'main' | 'related';
  headline: string;
  text: string;
  ageText: string | null;
  copyrightYear: number | null;
};
/**
 * `evidence`: human sentences quoting the page text that fixed the day and year, or say why none could be.
 * `assumption`: set when the day rests on the recency rule (rule 4) rather than on a stated date; the
 * page then carries a warning so an editor can confirm it with a sidecar.
 */
export type CaptureDate = { capturedOn: string | null; evidence: string[]; assumption?: string };

/** A related item this fresh was published on the capture day: its "on Friday" is the capture's weekday. */
const FRESH_HOURS = 6;
/** Years considered when a weekday-date pair has to name its year. */
const YEAR_RANGE = { from: 1990, to: 2060 };

type Candidate = { day: Date; evidence: string[] };

/**
 * The day a page was captured, from the page alone. Rules, in order:
 * 1. Year: copyright years of the main article and fresh items, datelines and date lines with a year,
 *    and "this year" compared with "the same period in 2024". Years stated in a past-tense clause that
 *    is no plan or schedule set a lower bound ("ends in May 2026" does not).
 * 2. Weekday: the weekdays that items published a few hours before capture state in the past tense
 *    ("Hamas said it had responded on Friday", 36 minutes ago) are the capture's weekday.
 * 3. Day: the article's own date line (articleDay.ts: "September 04, 2008", "Published ..."), a dateline ("TOKYO, July 23 (Reuters)") or a weekday stated with a date in the same or next
 *    sentence on a shared topic ("signed ... on July 4" / "signed ... on Friday") fixes the day.
 * Every day must agree with all of these; otherwise, or when no rule fixes the day, `capturedOn` is
 * null and the evidence says what is known and what is missing. Nothing is guessed.
 */
export function inferCaptureDate(articles: CaptureInput[]): CaptureDate {
  const all = articles.map((a) =>
    withOwnDateLine(
      articleClues(labelOf(a), `${a.headline}\n${a.text}`, a.ageText, a.copyrightYear, a.headline.length),
      a,
    ),
  );
  const current = all.filter((c, i) => articles[i]?.role === 'main' || isFresh(c));
  const evidence: string[] = [];

  const yearFacts = [
    ...current.flatMap((c) =>
      c.copyrightYears.map((y) => ({ year: y, why: `${c.label} carries the copyright year ${y}` })),
    ),
    ...current.flatMap((c) =>
      c.currentYears.map((y) => ({
        year: y.year,
        why: `${c.label} says "${y.quote}", so "this year" is ${y.year}`,
      })),
    ),
    ...current.flatMap((c) =>
      c.datelines.flatMap((d) =>
        d.year ? [{ year: d.year, why: `${c.label} has the dateline "${d.quote}"` }] : [],
      ),
    ),
    ...current.flatMap((c) =>
      c.ownDay ? [{ year: Number(c.ownDay.day.slice(0, 4)), why: `${c.label} has a date line` }] : [],
    ),
  ];
  const years = new Set(yearFacts.map((f) => f.year));
  if (years.size > 1) {
    return {
      capturedOn: null,
      evidence: [...yearFacts.map((f) => f.why), 'These years disagree, so no capture day is inferred.'],
    };
  }
  const year = years.size === 1 ? ([...years][0] ?? null) : null;
  const latestPastYear = Math.max(
    0,
    ...all.flatMap((c) => c.years.filter((y) => y.bound).map((y) => y.year)),
  );
  if (year !== null) evidence.push(`Year ${year}: ${yearFacts.map((f) => f.why).join('; ')}.`);

  const weekday = captureWeekday(all.filter(isFresh));
  if (weekday) evidence.push(weekday.why);

  const candidates: Candidate[] = [];
  for (const c of current) {
    const own = c.ownDay ? parseDay(c.ownDay.day) : null;
    if (c.ownDay && own)
      candidates.push({ day: own, evidence: c.ownDay.evidence.map((e) => `${c.label}: ${e}`) });
    for (const d of c.datelines) {
      const y = d.year ?? year;
      const day = y === null ? null : makeDay(y, d.month, d.day);
      if (day)
        candidates.push({
          day,
          evidence: [`${c.label} has the dateline "${d.quote}": published ${describeDay(day)}.`],
        });
      else evidence.push(`${c.label} has the dateline "${d.quote}" but no year is known for it.`);
    }
    for (const pair of weekdayDatePairs(c)) {
      const holds = yearsWhere(pair.date, pair.weekday.weekday);
      // Years the page states as past bound the capture year from below (a lower bound only: tense can mislead).
      const fits = holds.filter((y) => y >= latestPastYear);
      const pairWhy = `${c.label} states "${pair.date.quote}" and "${pair.weekday.quote}" about the same event, so ${MONTH_NAMES[pair.date.month - 1]} ${pair.date.day} was a ${WEEKDAY_NAMES[pair.weekday.weekday]}`;
      const y = pair.date.year ?? year;
      if (y === null) {
        evidence.push(
          `${pairWhy}: true in ${fits.slice(0, 5).join(', ')}… (from ${latestPastYear}, the latest year the page states as past), and nothing else on the page fixes the year.`,
        );
        continue;
      }
      if (!holds.includes(y)) {
        evidence.push(`${pairWhy}, which is not true in ${y}: the pair is ignored.`);
        continue;
      }
      if (!weekday) {
        evidence.push(`${pairWhy} (${y}), but no fresh item fixes the capture's weekday.`);
        continue;
      }
      const date = makeDay(y, pair.date.month, pair.date.day);
      if (!date) continue;
      const day = shiftDays(date, (weekday.weekday - pair.weekday.weekday + 7) % 7);
      candidates.push({ day, evidence: [`${pairWhy} (${y}); the capture ${sameOrAfter(date, day)}.`] });
    }
  }

  const agreeing = candidates.filter((c) => !weekday || c.day.getDay() === weekday.weekday);
  for (const c of candidates.filter((x) => !agreeing.includes(x))) {
    evidence.push(
      `${c.evidence.join(' ')} But that is a ${WEEKDAY_NAMES[c.day.getDay()]}, not the capture weekday: ignored.`,
    );
  }
  const days = new Set(agreeing.map((c) => formatDay(c.day)));
  const first = agreeing[0];
  if (days.size === 1 && first) {
    const supporting = agreeing.flatMap((c) => c.evidence);
    return {
      capturedOn: formatDay(first.day),
      evidence: [...evidence, ...supporting, `Captured on ${describeDay(first.day)}.`],
    };
  }
  if (days.size > 1) {
    return {
      capturedOn: null,
      evidence: [
        ...evidence,
        ...agreeing.flatMap((c) => c.evidence),
        `These give different days (${[...days].join(', ')}): no capture day is inferred.`,
      ],
    };
  }
  const recent = recencyWindow(current, year, weekday);
  if (recent)
    return {
      capturedOn: formatDay(recent.day),
      evidence: [...evidence, ...recent.evidence],
      assumption: recent.assumption,
    };
  return { capturedOn: null, evidence: [...evidence, missingDayNote(current, year, weekday)] };
}

/** How far after the page's latest past date the capture may lie for rule 4. */
const RECENCY_DAYS = 6;

/**
 * Rule 4, used only when rules 1–3 fix the year and the weekday but no day: items published minutes
 * or hours before capture report the latest dated happening on the page (say "On 1 July, a judge
 * blocked ...") and report the capture weekday in the past tense ("On Friday, she said"). News of the
 * day does not date last week's events by weekday alone, so the capture is the first such weekday on or
 * after that latest date, if it is within six days. The evidence names the assumption; nothing is
 * taken when the latest date has another year or the window holds no such weekday.
 */
function recencyWindow(
  current: ArticleClues[],
  year: number | null,
  weekday: { weekday: number } | null,
): { day: Date; evidence: string[]; assumption: string } | null {
  if (year === null || !weekday) return null;
  const fresh = current.filter(isFresh);
  const latest = fresh
    .flatMap((c) =>
      c.dates
        .filter((d) => d.tense !== 'future' && (d.year === null || d.year === year))
        .map((d) => ({ c, d })),
    )
    .sort((a, b) => b.d.month * 100 + b.d.day - (a.d.month * 100 + a.d.day))[0];
  if (!latest) return null;
  const date = makeDay(year, latest.d.month, latest.d.day);
  if (!date) return null;
  const shift = (weekday.weekday - date.getDay() + 7) % 7;
  if (shift > RECENCY_DAYS) return null;
  const day = shiftDays(date, shift);
  const assumption = `the capture day assumes the page's latest dated event ("${latest.d.quote}", ${describeDay(date)}) is at most ${RECENCY_DAYS} days old; confirm it with a sidecar if it is not`;
  return {
    day,
    assumption,
    evidence: [
      `Latest dated happening: ${latest.c.label} reports "${latest.d.quote}" (${describeDay(date)}) in the past tense.`,
      `The first ${WEEKDAY_NAMES[weekday.weekday]} on or after it is ${describeDay(day)}; an item published hours before capture would date an event of the week before by its date, not by its weekday, so the capture is taken as that day (an assumption, flagged on the page).`,
      `Captured on ${describeDay(day)} (by the recency rule).`,
    ],
  };
}

type DatedClues = ArticleClues & { ownDay: { day: string; evidence: string[] } | null };

/**
 * The article's own date line (articleDay.ts) as a strong clue. A wire lead it read without a year
 * replaces the same lead among the clues' datelines, so one lead is never counted twice.
 */
function withOwnDateLine(c: ArticleClues, a: CaptureInput): DatedClues {
  const own = readArticleDay(a.headline, a.text);
  const leads = own.evidence.join(' ');
  const datelines = c.datelines.filter((d) => !leads.includes(d.quote));
  if (own.partial) datelines.unshift({ ...own.partial, year: null });
  return {
    ...c,
    datelines: own.day ? [] : datelines,
    ownDay: own.day ? { day: own.day, evidence: own.evidence } : null,
  };
}

function labelOf(a: CaptureInput): string {
  return a.role === 'main'
    ? `The main article ('${a.headline}')`
    : `The related item '${a.headline}'${a.ageText ? ` (${a.ageText})` : ''}`;
}

function isFresh(c: ArticleClues): boolean {
  return c.ageHours !== null && c.ageHours <= FRESH_HOURS;
}

/**
 * The weekday fresh items report in the past tense; with several ("Thursday's strike ... responded on
 * Friday") the latest in the week they span, the one every other lies at most six days before.
 */
function captureWeekday(fresh: ArticleClues[]): { weekday: number; why: string } | null {
  const stated = fresh.flatMap((c) => c.weekdays.filter((w) => w.tense !== 'future').map((w) => ({ c, w })));
  if (stated.length === 0) return null;
  const cost = (wd: number) => stated.reduce((sum, s) => sum + ((wd - s.w.weekday + 7) % 7), 0);
  const options = [...new Set(stated.map((s) => s.w.weekday))].sort((a, b) => cost(a) - cost(b));
  const best = options[0];
  if (best === undefined) return null;
  const example = stated.find((s) => s.w.weekday === best);
  if (!example) return null;
  return {
    weekday: best,
    why: `Weekday ${WEEKDAY_NAMES[best]}: ${example.c.label} was published ${example.c.ageHours !== null && example.c.ageHours < 1 ? 'minutes' : 'hours'} before capture and reports "${example.w.quote}" in the past tense.`,
  };
}

/** A weekday and a date (not in the future tense) in one sentence, or in neighbouring sentences sharing a topic word. */
function weekdayDatePairs(c: ArticleClues): Array<{ weekday: WeekdayStatement; date: DateStatement }> {
  const pairs: Array<{ weekday: WeekdayStatement; date: DateStatement }> = [];
  for (const w of c.weekdays.filter((x) => x.tense !== 'future')) {
    for (const d of c.dates.filter((x) => x.tense !== 'future')) {
      const gap = Math.abs(w.sentence - d.sentence);
      const a = gap === 1 ? c.sentenceWords(w.sentence) : undefined;
      const b = gap === 1 ? c.sentenceWords(d.sentence) : undefined;
      const shared = gap === 1 && a && b && [...a].some((word) => b.has(word));
      if (gap === 0 || shared) pairs.push({ weekday: w, date: d });
    }
  }
  return pairs;
}

function yearsWhere(date: DateStatement, weekday: number): number[] {
  const out: number[] = [];
  for (let y = YEAR_RANGE.from; y <= YEAR_RANGE.to; y += 1) {
    if (makeDay(y, date.month, date.day)?.getDay() === weekday) out.push(y);
  }
  return out;
}

function sameOrAfter(date: Date, day: Date): string {
  return formatDay(date) === formatDay(day) ? 'is that same day' : `weekday falls on ${describeDay(day)}`;
}

function missingDayNote(
  current: ArticleClues[],
  year: number | null,
  weekday: { weekday: number } | null,
): string {
  const past = current
    .flatMap((c) => c.dates.filter((d) => d.tense !== 'future'))
    .sort((a, b) => b.month * 100 + b.day - (a.month * 100 + a.day))[0];
  const known = [
    year !== null ? `the year ${year}` : 'no year',
    weekday ? `the weekday ${WEEKDAY_NAMES[weekday.weekday]}` : 'no weekday',
    past
      ? `a latest past date of ${MONTH_NAMES[past.month - 1]} ${past.day} ("${past.quote}")`
      : 'no past date',
  ];
  return `No capture day: the page fixes ${known.join(', ')}, but states no dateline, no full date of publication and no date together with a weekday, so which day it was captured is not stated.`;
}
