/**
 * Clause-level reading of a sentence: where clauses begin and end, and the markers that make a clause
 * negated or not (yet) real. Plain patterns over English news prose; offsets are sentence-relative.
 */
export type Span = { start: number; end: number };

/**
 * Clause boundaries: semicolons, colons, dashes, and commas that open a relative, temporal or
 * participial clause (", which", ", while", ", a day after", ", inserting ...").
 */
const BOUNDARY =
  /\s*[;:]\s+|\s+(?:--|—|–)\s+|,\s+and\s+(?=(?:Mr|Ms|Mrs|Dr|Sir|he|she|they|it|the|a|an|its|their|his|her|this|these|those)\b)|,\s+(?=(?:which|who|whom|whose|where|while|whereas|as|after|before|when|but|although|though|even as|just as|(?:a|one|two|three|four|five|six|\d+)\s+(?:day|days|week|weeks|month|months|year|years)\s+(?:after|before|later|earlier)|[a-z]+ing\b)\b)/g;

export function clauseSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.length) spans.push({ start, end: sentence.length });
  return spans;
}

export function clauseAt(sentence: string, offset: number): Span {
  const spans = clauseSpans(sentence);
  return spans.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: sentence.length };
}

/** "did not discuss", "never met", "no ... was signed": the trigger did not happen. */
export function isNegated(sentence: string, clause: Span, triggerStart: number): boolean {
  const before = sentence.slice(Math.max(clause.start, triggerStart - 30), triggerStart);
  return /\b(?:not|never|no longer|n't|neither|nor|without)\b[^,]*$/i.test(before);
}

const PLANNED_MARKERS =
  /\b(?:going to|plans? to|planned to|planning to|hopes? to|hoped to|hoping to|intends? to|aims? to|wants? to|expected to|is set to|are set to|due to|scheduled to|is to|are to|next|upcoming|as soon as|in the coming)\b/i;
/** Lower case only: "May" is a month. */
const MODALS = /\b(?:will|would|shall|may|might|could|should)\b|'ll\b/;

/**
 * True when the clause presents the trigger as intended, expected or possible rather than done:
 * a modal or intention marker before it in the clause, or an infinitive ("to host", "to speak").
 */
export function isPlanned(sentence: string, clause: Span, triggerStart: number): boolean {
  const before = sentence.slice(clause.start, triggerStart);
  if (/\bto\s+(?:\w+ly\s+)?$/i.test(before) && !/\b(?:used|began|started)\s+to\s+$/i.test(before)) {
    return true;
  }
  return PLANNED_MARKERS.test(before) || MODALS.test(before);
}

/**
 * "June 14, a day after Israel attacked Iran": the event after the comma happened a fixed distance
 * before (or after) the date. Returns the shift in days and where the relational phrase ends.
 */
export function relationAfterDate(sentence: string, dateEnd: number): { days: number; phrase: Span } | null {
  const rest = sentence.slice(dateEnd);
  const m =
    /^,?\s+(a|an|one|two|three|four|five|six|seven|\d+)\s+(day|days|week|weeks)\s+(after|before)\s+/i.exec(
      rest,
    );
  if (!m) return null;
  const n = WORD_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const days = n * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1);
  // "D, a day after E": E is a day before D.
  const sign = m[3]!.toLowerCase() === 'after' ? -1 : 1;
  const lead = m[0].length - m[0].trimStart().length;
  return { days: sign * days, phrase: { start: dateEnd + lead, end: dateEnd + m[0].length } };
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};
