/**
 * What the resolver needs to know about the words around a time expression: its sentence, whether it
 * sits inside a quotation, and the tense of the clause it belongs to. Heuristic but deterministic.
 */

export type Tense = 'past' | 'future' | 'none';
export type Span = { start: number; end: number };

/** Sentence spans: split after . ! ? (plus closing quotes) before whitespace and a capital/quote/digit, and at newlines. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]['"”’)]*(?=\s+["'“‘(©]?[A-Z0-9©])|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (isAbbreviation(text, m.index)) continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Jr|Sr|Inc|Co|Corp|No|U\.S|U\.K|a\.m|p\.m|[A-Z])$/;

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  return ABBREVIATIONS.test(text.slice(Math.max(0, dotIndex - 6), dotIndex));
}

export function spanAt(spans: readonly Span[], offset: number): Span {
  return spans.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: 0 };
}

/**
 * Spans of quoted speech. Double quotes (straight or curly) and single quotes used as quotation marks;
 * an apostrophe inside a word (Thursday's, don't) never opens or closes a quotation. Quotes do not
 * run past the end of a paragraph.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (ch === '\n') {
      // A quotation may run to the end of its paragraph; an unclosed single quote was an apostrophe.
      closeAt(spans, openDouble, i);
      openDouble = -1;
      openSingle = -1;
    } else if (ch === '"' || ch === '“' || ch === '”') {
      const opens = ch === '“' || (ch === '"' && openDouble < 0);
      if (opens && openDouble < 0) openDouble = i;
      else if (!opens && openDouble >= 0) {
        spans.push({ start: openDouble, end: i + 1 });
        openDouble = -1;
      }
    } else if (ch === "'" || ch === '‘' || ch === '’') {
      const wordInside = /[\p{L}\d]/u.test(before) && /[\p{L}]/u.test(after);
      if (wordInside) continue;
      const canOpen = /[\s([{—–-]/.test(before) && /[\p{L}\d.…[]/u.test(after);
      const canClose = /[\p{L}\d.,!?…)\]]/u.test(before) && /[\s.,;:!?)\]—–-]/.test(after);
      if (openSingle < 0 && canOpen && ch !== '’') openSingle = i;
      else if (openSingle >= 0 && canClose) {
        spans.push({ start: openSingle, end: i + 1 });
        openSingle = -1;
      }
    }
  }
  closeAt(spans, openDouble, text.length);
  return spans.sort((a, b) => a.start - b.start);
}

function closeAt(spans: Span[], open: number, end: number): void {
  if (open >= 0) spans.push({ start: open, end });
}

export function insideAny(spans: readonly Span[], start: number, end: number): Span | null {
  return spans.find((s) => start > s.start && end <= s.end) ?? null;
}

const FUTURE_MARKERS =
  /\b(?:will|won't|shall|'ll|would|should|may|might|going to|(?:is|are|was|were) (?:set|due|scheduled|expected|poised|slated) to|(?:(?:is|are|been) )?(?:planned|slated|pencil(?:l)?ed in) for|(?:is|are|been) set for|awaits|(?:is|are|am) (?:still )?(?:awaiting|waiting for)|due (?:on|out|in|by|for)|scheduled|expects? to|plans? to|planning to|intends? to|aims? to|hopes? to|hoping to|wants? to|to be held|upcoming|coming|as soon as|(?<!['’]s )(?:forecasts?|predicts?))\b/g;
const PAST_MARKERS =
  /\b(?:was|were|had|did|said|told|came|went|began|took|gave|made|saw|met|held|spoke|struck|sent|won|lost|left|fell|rose|grew|paid|sold|bought|brought|thought|found|became|kept|led|felt|ran|wrote|drew|broke|shook|threw|chose|drove|stood|spent|fought|fled|flew|knew|sank|swept|announced|ago|earlier|last|previously)\b|\b[a-z]{3,}ed\b/g;
/**
 * Present-tense verbs of a timetable: "talks resume on Monday", "the court rules on Friday" speak of a
 * day ahead. Not after a determiner or a possessive ("since its launch", "Thursday's vote" are nouns). Not in a headline, whose present tense tells past news ("Apple opens store on Friday").
 */
const SCHEDULE_PRESENT =
  /(?<!(?:\b(?:its|the|a|an|his|her|their|our|this|that|whose|my|your|first|next|last|same)|['’]s)\s+)\b(?:meet|resume|reconvene|convene|return|visit|travel|arrive|host|launch|vote|rule|decide|kick off|take office|go on sale|go to the polls)s?\b|\b(?:launches|goes on sale|goes to the polls)\b/g;
/** Present tense: the nearest verb says nothing about before or after. */
const PRESENT_MARKERS = /\b(?:is|are|am|says|does|do|remains|arrives|begins|starts|opens|ends)\b/g;
/** Non-global copies, for tests anywhere in a string. */
const ANY_MARKER = [FUTURE_MARKERS, PAST_MARKERS, PRESENT_MARKERS].map((p) => new RegExp(p.source));
const PAST_WORD = new RegExp(`^(?:${PAST_MARKERS.source})$`);
const NOT_PAST_ED = /^(?:need|speed|seed|feed|breed|bleed|proceed|exceed|succeed|indeed|red|bed|shed|embed)$/;

/**
 * Tense of the clause around [start, end): the tense marker nearest the expression inside its sentence
 * wins ("announced Friday that it will ..." is past; "is set to begin on Wednesday" is future).
 */
export function clauseTense(text: string, sentence: Span, start: number, end: number): Tense {
  // It reads nothing outside the sentence but whether a line break follows it (a headline), so a
  // sentence's answers are kept by its words: the capture-day pass and the analysis ask the same.
  if (sentence.start > start || start > end || end > sentence.end) {
    return tenseInSentence(text, sentence, start, end);
  }
  const key = `${start - sentence.start} ${end - sentence.start} ${isHeadline(text, sentence) ? 1 : 0} ${text.slice(sentence.start, sentence.end)}`;
  let tense = tenses.get(key);
  if (tense === undefined) {
    tense = tenseInSentence(text, sentence, start, end);
    if (tenses.size >= TENSES_MAX) tenses.clear();
    tenses.set(key, tense);
  }
  return tense;
}

const tenses = new Map<string, Tense>();
const TENSES_MAX = 4096;

function tenseInSentence(text: string, sentence: Span, start: number, end: number): Tense {
  // Markers inside the expression's own comma-delimited segment speak first ("signed in November, will close").
  const segment = segmentAt(text, sentence, start, end);
  // "said on Monday it would ...": the verb right before the date is the one it dates.
  if (pastVerbRightBefore(text, sentence, start)) return 'past';
  // ", resulting in ... in the fourth quarter": a participle clause of consequence has no tense of its
  // own, and the main verb before the comma dates the announcement, not the consequence.
  if (segment.start > sentence.start && CONSEQUENCE.test(text.slice(segment.start, start))) return 'none';
  const own = nearestMarker(text, segment, start, end);
  return own === 'none' && !hasMarker(text, segment, start, end)
    ? nearestMarker(text, sentence, start, end)
    : own;
}

const CONSEQUENCE =
  /^\s*(?:resulting in|leading to|bringing|raising|lifting|cutting|pushing|taking|leaving|making)\b(?![^,;]*\b(?:was|were|had|did)\b)/i;

function segmentAt(text: string, sentence: Span, start: number, end: number): Span {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  const cut = /[,;:–—(]\s[^,;:–—(]*$/.exec(before);
  const stop = /\s?[,;:–—)]/.exec(after);
  return {
    start: cut ? sentence.start + cut.index + 1 : sentence.start,
    end: stop ? end + stop.index : sentence.end,
  };
}

function hasMarker(text: string, span: Span, start: number, end: number): boolean {
  const outside = text.slice(span.start, start) + ' ' + text.slice(end, span.end);
  return ANY_MARKER.some((p) => p.test(outside));
}

function nearestMarker(text: string, sentence: Span, start: number, end: number): Tense {
  const sentenceText = text.slice(sentence.start, sentence.end);
  let best: { tense: Tense; distance: number } = { tense: 'none', distance: Infinity };
  const consider = (pattern: RegExp, tense: Tense) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentenceText); m; m = pattern.exec(sentenceText)) {
      const mStart = sentence.start + m.index;
      const mEnd = mStart + m[0].length;
      if (mStart < end && mEnd > start) continue;
      if (tense === 'past' && NOT_PAST_ED.test(m[0])) continue;
      if (tense === 'past' && precededByAuxiliary(sentenceText, m.index)) continue;
      const distance = mEnd <= start ? start - mEnd : mStart - end;
      // A future marker is worth a little more: "said it will open on Monday" is about the opening.
      const weighted = tense === 'future' ? distance * 0.8 : distance;
      if (weighted < best.distance) best = { tense, distance: weighted };
    }
  };
  consider(FUTURE_MARKERS, 'future');
  consider(PAST_MARKERS, 'past');
  consider(PRESENT_MARKERS, 'none');
  if (!isHeadline(text, sentence)) consider(SCHEDULE_PRESENT, 'future');
  return best.tense;
}

function pastVerbRightBefore(text: string, sentence: Span, start: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  const m = /\b([a-z]+)\s+(?:on\s+|late\s+|early\s+)?$/.exec(before);
  const word = m?.[1] ?? '';
  if (!m || NOT_PAST_ED.test(word) || !PAST_WORD.test(word)) return false;
  return !precededByAuxiliary(before, m.index) && !/\b(?:has|have|had)\s+$/.test(before.slice(0, m.index));
}

/** The first line of a text, when a line break ends it: a headline. */
function isHeadline(text: string, sentence: Span): boolean {
  return sentence.start === 0 && /\n/.test(text.slice(0, Math.min(text.length, sentence.end + 1)));
}

function precededByAuxiliary(sentenceText: string, index: number): boolean {
  // A participle after a present "is/are" is a present passive ("before it is officially reported in
  // March" speaks of a March ahead); after "was/were" the auxiliary is itself a past marker.
  return /\b(?:will|to|be|would|should|may|might|could|can|is|are|am|being)\s+(?:be\s+|have\s+)?(?:[a-z]+ly\s+)?$/.test(
    sentenceText.slice(Math.max(0, index - 30), index),
  );
}
