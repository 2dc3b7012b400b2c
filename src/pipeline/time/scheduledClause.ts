import type { Span } from './textContext.ts';

/**
 * Words that make a clause a plan, a schedule or a term that runs on ("Powell's term as chair ends in
 * May 2026", "the lease runs until 2027", "is due to open in 2026", "will close by 2030"). A year in
 * such a clause says nothing about which years are already past.
 */
const SCHEDULED =
  /\b(?:will|won't|shall|would|'ll|due|scheduled|slated|set to|expected to|plans? to|planned|intends? to|aims? to|ends?|ending|expires?|expiring|runs? (?:until|through|to|till)|lasts? (?:until|through)|until|till|through|takes? effect|comes? into force|next|upcoming|coming)\b/i;

/**
 * True when the comma-delimited clause holding [start, end) reads as scheduled or ongoing: a marker
 * above among its words before the expression (or right after it, "in 2027 at the earliest").
 */
export function isScheduledClause(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(sentence.start, start);
  const cut = /[,;:–—(]\s[^,;:–—(]*$/.exec(before);
  const clauseStart = cut ? cut.index + 1 : 0;
  const after = text.slice(end, sentence.end);
  const stop = /[,;:–—)]/.exec(after);
  const clause = `${before.slice(clauseStart)} ${after.slice(0, stop ? stop.index : after.length)}`;
  return SCHEDULED.test(clause);
}
