import { addDays, format, parseISO } from 'date-fns';
import type { Interval, Timex } from '../time/tagTimex.ts';
import { tokenAt } from '../nlp/parseClauses.ts';
import { nounEvent } from './nounEvent.ts';
import { parsedClause, parsedSentence, parsedVerb, withClauseTitle } from './parsedTrigger.ts';
import { clauseAt, isNegated, isPlanned, relationAfterDate, type Span } from './clauses.ts';
import { splitSentences, type Sentence } from './splitSentences.ts';
import { isModifierDate, pickTrigger } from './pickTrigger.ts';
import { findTriggers, triggerStrength, type EventType, type Trigger } from './triggers.ts';

/** An entity found in an article, by id, at article offsets. */
export type EntitySpan = { start: number; end: number; id: string };

/** Everything the earlier stages learned about one article. */
export type ArticleAnalysis = {
  articleId: string;
  text: string;
  headline: string;
  capturedOn: string | null;
  timexes: Timex[];
  people: EntitySpan[];
  countries: EntitySpan[];
  headlinePeople: string[];
  headlineCountries: string[];
};

/** One article's statement that something happened (or is planned) at a time. Offsets: article. */
export type EventMention = {
  articleId: string;
  sentence: Sentence;
  trigger: Trigger;
  type: EventType;
  /** The clause of the sentence that states the event. */
  clause: Span;
  dateText: string;
  dateSpan: Span;
  date: Interval | null;
  dateNote: string;
  status: 'happened' | 'planned';
  people: string[];
  countries: string[];
  /** Entity spans inside the sentence, for titles. */
  peopleSpans: EntitySpan[];
};

/** Dates that name a calendar time an event can sit at (not "now", not a duration). */
function isEventDate(t: Timex, sentence: Sentence): boolean {
  if (t.type !== 'DATE' && t.type !== 'TIME') return false;
  if (/_REF$/.test(t.value)) return false;
  return t.start >= sentence.start && t.end <= sentence.end;
}

/**
 * "fell 6% from a year earlier", "up from 14% a year ago", "compared with the same period last year":
 * a comparison's base is no time an event happened at.
 */
const COMPARISON_DATE =
  /^(?:(?:a|one|the)\s+)?(?:year|month|week|quarter|period)s?\s+(?:earlier|ago|before|previous)$|^the\s+(?:previous|prior|same)\b|^(?:a|one|\w+)\s+(?:year|month|week)s?\s+(?:earlier|ago|before)$|^last\s+year$/i;

function isComparisonBase(t: Timex, sentence: Sentence, text: string): boolean {
  if (!COMPARISON_DATE.test(t.text)) return false;
  const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
  return /\b(?:from|than|compared (?:with|to)|versus|vs\.?|against)\s+(?:[\d$%.,]+\s*(?:%|percent|billion|million)?\s+){0,2}$/i.test(
    before,
  );
}

/** "by June", "until 2012", "since 1992": the word that makes the date a bound rather than a time. */
function boundOf(t: Timex, sentence: Sentence, text: string): 'since' | 'until' | null {
  const before = text.slice(Math.max(sentence.start, t.start - 12), t.start);
  const m = /\b(since|until|till|by)\s+$/i.exec(before);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'since' ? 'since' : 'until';
}

const START_WORDS =
  /\b(?:began|begun|started|opened|launched|founded|suspended|banned|closed|halted|frozen|detained|jailed|imprisoned)\b/i;

/**
 * Finds event mentions: for every dated expression in a sentence, the clause it belongs to reports a
 * happening. Its trigger, first that succeeds: the strongest lexicon trigger in the clause (nearest,
 * preferring one before the date), else the parsed clause's head verb whatever it is, else an event
 * noun the date attaches to ("Thursday's vote", "the 1991 settlement"); the noun comes first when the
 * date hangs on it before the clause's verb. A relational phrase after a date ("June 14, a day after
 * Israel attacked Iran") yields a second mention dated from the first. Negated triggers are no events;
 * intended, future, scheduled ones and "by/until X" are `planned`; "since X" dates a start only.
 */
export function extractMentions(a: ArticleAnalysis): EventMention[] {
  const mentions: EventMention[] = [];
  const headlineType = strongest(findTriggers(a.headline))?.type ?? null;
  for (const sentence of splitSentences(a.text)) {
    const s = sentence.text;
    const rel = (x: number) => x - sentence.start;
    const triggers = findTriggers(s);
    const all = a.timexes.filter((t) => isEventDate(t, sentence));
    const dates = all.filter((t) => !isComparisonBase(t, sentence, a.text));
    const consumed: Span[] = [];
    for (const timex of dates) {
      const dateSpan = { start: rel(timex.start), end: rel(timex.end) };
      if (consumed.some((c) => dateSpan.start < c.end && dateSpan.end > c.start)) continue;
      const clause = clauseAt(s, dateSpan.start);
      const bound = boundOf(timex, sentence, a.text);
      if (bound === 'since' && !sinceStart(s, clause)) continue;
      const m = firstMention(a, sentence, timex, all, triggers, clause, bound, headlineType);
      if (m) mentions.push(m);
      const relation = relationAfterDate(s, dateSpan.end);
      if (!relation) continue;
      consumed.push(relation.phrase);
      const relClause = clauseAt(s, relation.phrase.end);
      const relTrigger = pickTrigger(triggers, relClause, relation.phrase, s);
      if (!relTrigger) continue;
      const shifted = shiftInterval(timex.interval, relation.days);
      const phrase = s.slice(relation.phrase.start, relation.phrase.end).trim();
      const note = shifted
        ? `'${phrase}' ${timex.text} (${timex.interval?.start}) → ${shifted.start}; the date itself: ${timex.note}`
        : `'${phrase}' ${timex.text}, which is not resolved to a day`;
      const r = mention(a, sentence, relTrigger, relClause, timex, shifted, note, headlineType, null);
      if (r) mentions.push(r);
    }
  }
  return mentions;
}

/**
 * "since 1992" dates an event only when the clause says something started then ("has been suspended
 * since May"); "has risen since May", "the first loss since 1992" state no event at the date.
 */
function sinceStart(s: string, clause: Span): boolean {
  return START_WORDS.test(s.slice(clause.start, clause.end));
}

/** The candidates of one date in order (see extractMentions); the first that makes a mention. */
function firstMention(
  a: ArticleAnalysis,
  sentence: Sentence,
  timex: Timex,
  dates: readonly Timex[],
  triggers: Trigger[],
  clause: Span,
  bound: 'since' | 'until' | null,
  headlineType: EventType | null,
): EventMention | null {
  const s = sentence.text;
  const dateSpan = { start: timex.start - sentence.start, end: timex.end - sentence.start };
  const modifier = isModifierDate(s, dateSpan);
  const noun = nounTrigger(a.text, sentence, timex);
  const candidates: Array<() => Trigger | null> = [];
  if (noun?.first) candidates.push(() => noun.trigger);
  candidates.push(() => {
    const picked = pickTrigger(triggers, clause, dateSpan, s);
    if (!picked) return null;
    // "GM announced that it saw a drop in March": March dates the reported clause, not the report.
    if (picked.pos === 'verb' && triggerStrength(picked) <= 1 && picked.end <= dateSpan.start) {
      const head = parsedClause(a.text, sentence, timex.start)?.c;
      const at = head ? parsedSentence(a.text, sentence, timex.start)!.tokens[head.verb.head]!.start : -1;
      if (at - sentence.start > picked.end && at - sentence.start < dateSpan.start) return null;
    }
    return withClauseTitle(picked, a.text, sentence, timex, dates);
  });
  // "in 2008, when the company posted a loss": the clause the date's "when" opens.
  const when = /^,?\s+when\s+/i.exec(s.slice(dateSpan.end));
  if (when) candidates.push(() => parsedVerb(a.text, sentence, timex, dates, timex.end + when[0].length));
  if (!modifier) candidates.push(() => parsedVerb(a.text, sentence, timex, dates));
  if (noun && !noun.first) candidates.push(() => noun.trigger);
  for (const next of candidates) {
    const trigger = next();
    if (!trigger) continue;
    const m = mention(a, sentence, trigger, clause, timex, timex.interval, timex.note, headlineType, bound);
    if (m) return m;
  }
  return null;
}

/**
 * The event noun the date attaches to, as a trigger; `first` when it should be tried before the
 * clause's verb: the date modifies the noun ("Thursday's vote", "the 1991 settlement") or hangs on it
 * before the clause's verb ("In a court filing on Thursday, the firm said").
 */
function nounTrigger(
  text: string,
  sentence: Sentence,
  timex: Timex,
): { trigger: Trigger; first: boolean } | null {
  const parsed = parsedSentence(text, sentence, timex.start);
  if (!parsed) return null;
  const from = tokenAt(parsed, timex.start);
  let to = from;
  while (to < parsed.tokens.length && parsed.tokens[to]!.start < timex.end) to += 1;
  const found = from < 0 ? null : nounEvent(parsed, from, to);
  if (!found) return null;
  const head = parsed.tokens[found.head]!;
  const start = head.start - sentence.start;
  const trigger: Trigger = {
    start,
    end: start + head.text.length,
    text: head.text,
    type: found.type,
    pos: 'noun',
    title: found.title,
    // "an April 2 report in the Gazette": a dated report noun is a publication, an event of its own.
    named: found.attached !== 'after',
  };
  const c = parsedClause(text, sentence, timex.start);
  const verbAfter = !c || c.c.verb.from > to;
  // "Monday's blackout left the city dark": the noun is the clause's subject, the clause says more.
  const subject = c?.c.subject;
  const inSubject =
    subject !== null && subject !== undefined && found.head >= subject.from && found.head < subject.to;
  const verb = c ? c.parsed.tokens[c.c.verb.head]! : null;
  if (inSubject && verb?.pos === 'VERB' && c!.c.verb.from > found.head) return { trigger, first: false };
  return { trigger, first: found.attached !== 'after' || verbAfter };
}

function mention(
  a: ArticleAnalysis,
  sentence: Sentence,
  trigger: Trigger,
  clause: Span,
  timex: Timex,
  date: Interval | null,
  dateNote: string,
  headlineType: EventType | null,
  bound: 'since' | 'until' | null,
): EventMention | null {
  const s = sentence.text;
  if (isNegated(s, clause, trigger.start)) return null;
  const from = sentence.start + clause.start;
  const to = sentence.start + clause.end;
  const inClause = <T extends EntitySpan>(xs: T[]) => xs.filter((x) => x.start >= from && x.end <= to);
  const peopleSpans = inClause(a.people);
  let people = unique(peopleSpans.map((p) => p.id));
  // A dated "said" is an event only when a named person or organisation said it.
  if (triggerStrength(trigger) === 0 && people.length === 0 && !trigger.named) return null;
  // "Thursday's call follows ...": a sentence about the headline's event without names inherits them.
  if (people.length === 0 && headlineType === trigger.type) people = [...a.headlinePeople];
  const countries = unique(inClause(a.countries).map((c) => c.id));
  const future = date !== null && a.capturedOn !== null && date.start > a.capturedOn;
  return {
    articleId: a.articleId,
    sentence,
    trigger: { ...trigger },
    type: trigger.type,
    clause,
    dateText: timex.text,
    dateSpan: { start: timex.start - sentence.start, end: timex.end - sentence.start },
    date,
    dateNote,
    status:
      future || bound === 'until' || (trigger.planned ?? isPlanned(s, clause, trigger.start))
        ? 'planned'
        : 'happened',
    people,
    countries,
    peopleSpans,
  };
}

function strongest(triggers: Trigger[]): Trigger | undefined {
  return [...triggers].sort((x, y) => triggerStrength(y) - triggerStrength(x))[0];
}

function shiftInterval(interval: Interval | null, days: number): Interval | null {
  if (!interval || interval.precision !== 'day') return null;
  const day = format(addDays(parseISO(interval.start), days), 'yyyy-MM-dd');
  return { start: day, end: day, precision: 'day' };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
