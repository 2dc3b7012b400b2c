import { type Interval, type Precision, describeDay, parseDay } from './calendar.ts';
import { collectMentions } from './collectMentions.ts';
import type { Mention } from './mention.ts';
import { type Anchor, type ResolveContext, type Resolution, type TimexType } from './resolution.ts';
import { withRanges } from './rangeDurations.ts';
import { resolveMeaning } from './resolveMention.ts';
import { type Span, clauseTense, insideAny, quoteSpans, sentenceSpans, spanAt } from './textContext.ts';

export type { Interval, Precision, TimexType };

export type Timex = {
  /** UTF-16 offsets into the input text, end exclusive: `text.slice(start, end) === timex.text`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value: 2025-07-03, 2025-06, 2022, 2025-W27, P3M, PRESENT_REF, XXXX-XX-XX when unresolvable. */
  value: string;
  /** Calendar days the expression covers (DATE/TIME that resolve to calendar time), else null. */
  interval: Interval | null;
  /** One human sentence on how the value was resolved. */
  note: string;
  /** What the value was computed from. */
  anchor: Anchor;
};

export type TagOptions = {
  dct: string | null;
  /**
   * Where the text's headline line ends (the offset of its line break), when `text` is a headline
   * and a body joined by one line break: the two are recognised apart (no expression spans that
   * break), so the body's expressions are the ones `tagTimex(body)` recognises, computed once.
   */
  headlineEnd?: number;
};

/** Mentions that depend on another expression and are resolved after the others. */
function isLate(m: Mention): boolean {
  const k = m.meaning.kind;
  return (
    k === 'offset' || k === 'time' || k === 'samePeriod' || (k === 'relUnit' && m.meaning.anaphoric === true)
  );
}

/**
 * Finds the temporal expressions of `text` and resolves them against the document creation date
 * `dct` (yyyy-MM-dd). Without a dct every relative expression stays unresolved (XXXX values, no
 * interval): nothing is guessed. Pure and deterministic.
 */
export function tagTimex(text: string, options: TagOptions): Timex[] {
  const dct = options.dct === null ? null : parseDay(options.dct);
  if (options.dct !== null && !dct)
    throw new RangeError(`dct must be a yyyy-MM-dd day, got '${options.dct}'`);
  const mentions = recognise(text, options.headlineEnd);
  const sentences = sentenceSpans(text);
  const quotes = quoteSpans(text);
  const resolved = new Map<Mention, Resolution>();
  const order = [
    ...mentions.filter((m) => m.meaning.kind === 'calendar'),
    ...mentions.filter((m) => m.meaning.kind !== 'calendar' && !isLate(m)),
  ];
  const explicitDays: string[] = [];
  const outsideQuotes = order.filter((m) => !insideAny(quotes, m.start, m.end));
  const insideQuotes = order.filter((m) => insideAny(quotes, m.start, m.end));
  for (const m of [...outsideQuotes, ...insideQuotes]) {
    const quote = insideAny(quotes, m.start, m.end);
    const speech = quote ? speechDay(text, quote, resolved) : null;
    const ctx = contextFor(text, m, dct, sentences, quote, speech, explicitDays);
    const res = resolveMeaning(m, ctx, null);
    resolved.set(m, speech && res.anchor === 'dct' ? { ...res, anchor: 'timex' } : res);
    if (
      m.meaning.kind === 'calendar' &&
      m.meaning.day !== null &&
      res.interval?.precision === 'day' &&
      !quote
    ) {
      explicitDays.push(res.interval.start);
    }
  }
  const absorbed = new Set<Mention>();
  for (const m of mentions.filter(isLate)) {
    const quote = insideAny(quotes, m.start, m.end);
    const ctx = contextFor(
      text,
      m,
      dct,
      sentences,
      quote,
      quote ? speechDay(text, quote, resolved) : null,
      explicitDays,
    );
    const related = relatedTimex(text, m, mentions, resolved, sentences);
    const res = resolveMeaning(
      m,
      ctx,
      related && { mention: related, resolution: resolved.get(related) ?? null },
    );
    resolved.set(m, res);
    if (m.meaning.kind === 'offset' && m.meaning.back) {
      if (res.anchor !== 'timex') m.end = m.meaning.amountEnd;
    } else if (m.meaning.kind === 'offset' && related && res.anchor === 'timex') {
      absorbed.add(related);
      m.end = Math.max(m.end, related.end);
    } else if (m.meaning.kind === 'offset') {
      m.end = m.meaning.amountEnd;
    }
  }
  const timexes: Timex[] = mentions
    .filter((m) => !absorbed.has(m))
    .flatMap((m) => {
      const res = resolved.get(m);
      return res ? [{ start: m.start, end: m.end, text: text.slice(m.start, m.end), ...res }] : [];
    });
  return withRanges(text, timexes);
}

/**
 * Recognition does not depend on the dct, and a page is read twice (capture day, on its headline and
 * body; then events, on the body): keep the recognised mentions of recent texts. Copies are handed
 * out because resolution moves `end`.
 */
const recognised = new Map<string, Mention[]>();
const RECOGNISED_MAX = 512;

function recognise(text: string, headlineEnd: number | undefined): Mention[] {
  if (headlineEnd === undefined || text[headlineEnd] !== '\n') {
    return recognisedIn(text).map((m) => ({ ...m }));
  }
  const body = headlineEnd + 1;
  return [
    ...recognisedIn(text.slice(0, headlineEnd)).map((m) => ({ ...m })),
    ...recognisedIn(text.slice(body)).map((m) => shifted(m, body)),
  ];
}

function recognisedIn(text: string): Mention[] {
  let mentions = recognised.get(text);
  if (!mentions) {
    mentions = collectMentions(text);
    if (recognised.size >= RECOGNISED_MAX) recognised.clear();
    recognised.set(text, mentions);
  }
  return mentions;
}

/** A copy of `m` found in a text that starts `by` characters into the tagged one. */
function shifted(m: Mention, by: number): Mention {
  const meaning =
    m.meaning.kind === 'offset'
      ? {
          ...m.meaning,
          anchorStart: m.meaning.anchorStart < 0 ? m.meaning.anchorStart : m.meaning.anchorStart + by,
          amountEnd: m.meaning.amountEnd + by,
        }
      : m.meaning;
  return { ...m, start: m.start + by, end: m.end + by, meaning };
}

function contextFor(
  text: string,
  m: Mention,
  dct: Date | null,
  sentences: readonly Span[],
  quote: Span | null,
  speech: Date | null,
  explicitDays: readonly string[],
): ResolveContext {
  const sentence = spanAt(sentences, m.start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  // "was adjourned until April 2": a past verb does not put the end of the wait in the past.
  const clauseTenseHere = clauseTense(text, sentence, m.start, m.end);
  const until = /\b(?:until|till)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
  const tense = until && clauseTenseHere === 'past' ? 'none' : clauseTenseHere;
  // "next week ... on Thursday" speaks of that week only when the weekday's clause looks the same way.
  const next = /\bnext week\b/i.test(sentenceText) && tense !== 'past';
  const last = /\blast week\b/i.test(sentenceText) && tense !== 'future';
  const quotedUnknown = quote !== null && speech === null;
  const reference = quote ? speech : dct;
  return {
    text: text.slice(m.start, m.end),
    dct,
    reference,
    referenceWhy: speech
      ? `a quotation spoken on ${describeDay(speech)}`
      : dct
        ? `text dated ${describeDay(dct)}`
        : 'undated text',
    quotedUnknown,
    tense,
    weekShift: next ? 1 : last ? -1 : 0,
    explicitDays,
  };
}

const SPEECH_VERB =
  /\b(?:said|says|told|tells|added|adds|stated|wrote|posted|announced|declared|tweeted|insisted|warned|replied)\b/g;

/**
 * The day a quotation was spoken, when its reporting clause dates it ("he said on Thursday: '...'",
 * "'...', she told the BBC on Friday"). Null when the text does not say.
 */
function speechDay(text: string, quote: Span, resolved: Map<Mention, Resolution>): Date | null {
  const lineStart = text.lastIndexOf('\n', quote.start) + 1;
  const lineEnd = text.indexOf('\n', quote.end) < 0 ? text.length : text.indexOf('\n', quote.end);
  const windows: Span[] = [
    { start: Math.max(lineStart, quote.start - 160), end: quote.start },
    { start: quote.end, end: Math.min(lineEnd, quote.end + 100, sentenceEnd(text, quote.end)) },
  ];
  for (const w of windows) {
    SPEECH_VERB.lastIndex = 0;
    const segment = text.slice(w.start, w.end);
    const clauseStart =
      w.end === quote.start
        ? Math.max(segment.lastIndexOf('. '), segment.lastIndexOf("'"), segment.lastIndexOf('"')) + 1
        : 0;
    for (let v = SPEECH_VERB.exec(segment); v; v = SPEECH_VERB.exec(segment)) {
      if (v.index < clauseStart) continue;
      const verbAt = w.start + v.index;
      for (const [m, res] of resolved) {
        if (m.start < w.start + clauseStart || m.end > w.end || res.anchor === 'none') continue;
        if (res.interval?.precision !== 'day' || Math.abs(m.start - verbAt) > 40) continue;
        const day = parseDay(res.interval.start);
        if (day) return day;
      }
    }
  }
  return null;
}

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?:\s|$)/.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

/**
 * For "a day after X": the expression that starts where X starts. For a bare clock time: the nearest
 * day-precision expression in the same sentence.
 */
function relatedTimex(
  text: string,
  m: Mention,
  mentions: readonly Mention[],
  resolved: Map<Mention, Resolution>,
  sentences: readonly Span[],
): Mention | null {
  if (m.meaning.kind === 'offset' && m.meaning.back) {
    const before = mentions.filter((o) => {
      const res = resolved.get(o);
      return o !== m && o.end <= m.start && res?.interval && res.anchor !== 'none';
    });
    return before.at(-1) ?? null;
  }
  if (m.meaning.kind === 'offset') {
    const at = m.meaning.anchorStart;
    return (
      mentions.find(
        (o) => o.start >= at && o.start <= at + 4 && /^(?:the )?$/i.test(text.slice(at, o.start)),
      ) ?? null
    );
  }
  const sentence = spanAt(sentences, m.start);
  if (m.meaning.kind !== 'time') {
    // Anaphoric: the latest resolved calendar expression before it, in its sentence or just before;
    // "the same day", "that month" look back through the whole text (the tagger's output order).
    const named = m.meaning.kind === 'relUnit' && m.meaning.antecedentOnly === true;
    if (named) return antecedent(text, m, mentions, resolved);
    const from = Math.max(0, Math.min(sentence.start, m.start - 250));
    const before = mentions.filter((o) => {
      const res = resolved.get(o);
      return (
        o !== m && o.end <= m.start && o.start >= from && res && res.anchor !== 'none' && res.type === 'DATE'
      );
    });
    return before.at(-1) ?? null;
  }
  let best: Mention | null = null;
  for (const o of mentions) {
    const res = resolved.get(o);
    if (
      o === m ||
      !res ||
      res.interval?.precision !== 'day' ||
      o.start < sentence.start ||
      o.end > sentence.end
    )
      continue;
    if (!best || Math.abs(o.start - m.start) < Math.abs(best.start - m.start)) best = o;
  }
  return best;
}

/** The day of a report ("officials said on Monday"), not a time the narrative is at. */
const REPORTED_ON = /\b(?:said|says|told (?:\p{L}+ )?|added|stated|reported)\s+(?:on\s+|late\s+|early\s+)?$/u;

/**
 * For "the same day", "that week": the latest dated expression anywhere before it whose precision can
 * name such a unit (a day for "that day"; a day or a week for "that week"), outside the day a report
 * was made. Null when there is none: the anaphor is then left unresolved, never the document day.
 */
function antecedent(
  text: string,
  m: Mention,
  mentions: readonly Mention[],
  resolved: Map<Mention, Resolution>,
): Mention | null {
  const unit = m.meaning.kind === 'relUnit' ? m.meaning.unit : 'day';
  const fits = (precision: Precision): boolean =>
    unit === 'day'
      ? precision === 'day'
      : unit === 'week'
        ? precision === 'day' || precision === 'week'
        : unit === 'month'
          ? precision !== 'year'
          : true;
  let best: Mention | null = null;
  for (const o of mentions) {
    if (o === m || o.end > m.start) continue;
    const res = resolved.get(o);
    if (!res?.interval || res.anchor === 'none' || (res.type !== 'DATE' && res.type !== 'TIME')) continue;
    if (!fits(res.interval.precision)) continue;
    if (REPORTED_ON.test(text.slice(Math.max(0, o.start - 30), o.start))) continue;
    if (!best || o.start > best.start) best = o;
  }
  return best;
}
