import { addDays, format, parseISO } from 'date-fns';
import type { Interval, Timex } from '../time/tagTimex.ts';
import { clauseAt as parsedClauseAt, parseSentences, tokenAt } from '../nlp/parseClauses.ts';
import { clauseTitle } from './clauseTitle.ts';
import { clauseAt, isNegated, isPlanned, relationAfterDate, type Span } from './clauses.ts';
import { splitSentences, type Sentence } from './splitSentences.ts';
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

/** Dates that name a calendar time an event can sit at (not "now", not a duration, not "since X"). */
function isEventDate(t: Timex, sentence: Sentence, text: string): boolean {
  if (t.type !== 'DATE' && t.type !== 'TIME') return false;
  if (/_REF$/.test(t.value)) return false;
  if (t.start < sentence.start || t.end > sentence.end) return false;
  const before = text.slice(Math.max(sentence.start, t.start - 12), t.start);
  return !/\b(?:since|until|till|by)\s+$/i.test(before);
}

/**
 * Finds event mentions: for every dated expression in a sentence, the strongest trigger in its
 * clause, preferring the nearest and one before the date (dates usually follow their verb). A
 * relational phrase after a date ("June 14, a day after Israel attacked Iran") yields a second mention
 * dated from the first. Negated triggers are no events; intended or future ones are `planned`.
 */
export function extractMentions(a: ArticleAnalysis): EventMention[] {
  const mentions: EventMention[] = [];
  const headlineType = strongest(findTriggers(a.headline))?.type ?? null;
  for (const sentence of splitSentences(a.text)) {
    const s = sentence.text;
    const rel = (x: number) => x - sentence.start;
    const triggers = findTriggers(s);
    const dates = a.timexes.filter((t) => isEventDate(t, sentence, a.text));
    const consumed: Span[] = [];
    for (const timex of dates) {
      const dateSpan = { start: rel(timex.start), end: rel(timex.end) };
      if (consumed.some((c) => dateSpan.start < c.end && dateSpan.end > c.start)) continue;
      const clause = clauseAt(s, dateSpan.start);
      const picked = pickTrigger(triggers, clause, dateSpan, s);
      const trigger = picked
        ? withClauseTitle(picked, a.text, sentence, timex)
        : isModifierDate(s, dateSpan)
          ? null
          : parsedVerb(a.text, sentence, timex);
      if (trigger) {
        const m = mention(a, sentence, trigger, clause, timex, timex.interval, timex.note, headlineType);
        if (m) mentions.push(m);
      }
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
      const m = mention(a, sentence, relTrigger, relClause, timex, shifted, note, headlineType);
      if (m) mentions.push(m);
    }
  }
  return mentions;
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
): EventMention | null {
  const s = sentence.text;
  if (isNegated(s, clause, trigger.start)) return null;
  const from = sentence.start + clause.start;
  const to = sentence.start + clause.end;
  const inClause = <T extends EntitySpan>(xs: T[]) => xs.filter((x) => x.start >= from && x.end <= to);
  const peopleSpans = inClause(a.people);
  let people = unique(peopleSpans.map((p) => p.id));
  // A dated "said" is an event only when a named person said it.
  if (triggerStrength(trigger) === 0 && people.length === 0) return null;
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
    status: future || isPlanned(s, clause, trigger.start) ? 'planned' : 'happened',
    people,
    countries,
    peopleSpans,
  };
}

/** Reporting verbs are events only close to their date ("Reuters reported on Wednesday"). */
const WEAK_REACH = 40;
/** A year or season used as a modifier ("his 2017 tax cuts", "a summer offensive") dates only what follows it. */
const MODIFIER_REACH = 12;

function pickTrigger(triggers: Trigger[], clause: Span, date: Span, s: string): Trigger | null {
  const modifier = isModifierDate(s, date);
  let best: Trigger | null = null;
  let bestScore = -Infinity;
  const clauseInitialDate = s.slice(clause.start, date.start).trim().split(/\s+/).length <= 2;
  for (const t of triggers) {
    if (t.start < clause.start || t.end > clause.end) continue;
    if (t.start < date.end && t.end > date.start) continue;
    const after = t.start >= date.end;
    const distance = after ? t.start - date.end : date.start - t.end;
    if (modifier && (!after || distance > MODIFIER_REACH || t.pos !== 'noun')) continue;
    // "a Thursday phone call": a noun right after its date is the event the date belongs to.
    if (after && distance <= 2 && t.pos === 'noun') return t;
    if (triggerStrength(t) === 0 && distance > WEAK_REACH) continue;
    const score =
      triggerStrength(t) * 1000 -
      distance +
      (t.pos === 'verb' ? 15 : 0) -
      (after && !clauseInitialDate ? 40 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/** "the 2008 model", "his 2017 tax cuts": a year or season that modifies the noun after it. */
function isModifierDate(s: string, date: Span): boolean {
  const before = s.slice(Math.max(0, date.start - 20), date.start);
  return (
    /^(?:\d{4}|spring|summer|autumn|fall|winter)$/i.test(s.slice(date.start, date.end)) &&
    /^\s+[a-z]/.test(s.slice(date.end)) &&
    !/\b(?:in|on|at|since|from|by|during|of|until|through|before|after|for|between)\s+$/i.test(before)
  );
}

/**
 * Any reported happening: with no lexicon trigger, the main verb of the parsed clause around the date,
 * when it has a subject and is neither negated nor a question nor a condition. Type `happening`.
 */
function parsedVerb(text: string, sentence: Sentence, timex: Timex): Trigger | null {
  if (/\?\s*["”’]?$/.test(sentence.text)) return null;
  const found = parsedClause(text, sentence, timex.start);
  if (!found) return null;
  const { parsed, c } = found;
  if (!c.subject || c.negated) return null;
  if (/^(?:if|unless)$/i.test(parsed.tokens[c.range.from]?.text ?? '')) return null;
  const head = parsed.tokens[c.verb.head]!;
  if (head.pos !== 'VERB') return null;
  const start = head.start - sentence.start;
  const title = clauseTitle(parsed, c, outside(timex)) ?? undefined;
  return { start, end: start + head.text.length, text: head.text, type: 'happening', pos: 'verb', title };
}

/** The last sentence parsed: its dates and its lexicon trigger ask for the same parse. */
let lastParse: { text: string; start: number; sentences: ReturnType<typeof parseSentences> } | null = null;

/** The parsed sentence around a date and the clause that governs it. */
function parsedClause(text: string, sentence: Sentence, dateStart: number) {
  if (lastParse?.text !== text || lastParse.start !== sentence.start) {
    lastParse = {
      text,
      start: sentence.start,
      sentences: parseSentences(text, sentence.start, sentence.end),
    };
  }
  const parsed = lastParse.sentences.find((x) => dateStart >= x.start && dateStart < x.end);
  if (!parsed) return null;
  const c = parsedClauseAt(parsed, tokenAt(parsed, dateStart));
  return c ? { parsed, c } : null;
}

/** Tokens of the date expression, kept out of titles. */
function outside(timex: Timex) {
  return (t: { start: number; end: number }) => t.start < timex.end && t.end > timex.start;
}

/**
 * A lexicon verb trigger gets the parsed clause's title when the parser's clause is headed by the
 * same word (a noun trigger, or a clause the parser reads otherwise, keeps makeTitle's title).
 */
function withClauseTitle(trigger: Trigger, text: string, sentence: Sentence, timex: Timex): Trigger {
  if (trigger.pos !== 'verb') return trigger;
  const found = parsedClause(text, sentence, timex.start);
  if (!found) return trigger;
  const head = found.parsed.tokens[found.c.verb.head]!;
  const at = sentence.start + trigger.start;
  if (head.start < at || head.end > sentence.start + trigger.end) return trigger;
  const title = clauseTitle(found.parsed, found.c, outside(timex));
  return title ? { ...trigger, title } : trigger;
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
