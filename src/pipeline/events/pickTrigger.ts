import type { Span } from './clauses.ts';
import { triggerStrength, type Trigger } from './triggers.ts';

/**
 * The lexicon trigger a date belongs to within its clause: the strongest, then the nearest, one
 * before the date preferred (dates usually follow their verb).
 */

/** Reporting verbs are events only close to their date ("Reuters reported on Wednesday"). */
const WEAK_REACH = 40;
/** A year or season used as a modifier ("his 2017 tax cuts", "a summer offensive") dates only what follows it. */
const MODIFIER_REACH = 12;

export function pickTrigger(triggers: Trigger[], clause: Span, date: Span, s: string): Trigger | null {
  const modifier = isModifierDate(s, date);
  let best: Trigger | null = null;
  let bestScore = -Infinity;
  const clauseInitialDate = s.slice(clause.start, date.start).trim().split(/\s+/).length <= 2;
  for (const t of triggers) {
    if (t.start < clause.start || t.end > clause.end) continue;
    if (t.start < date.end && t.end > date.start) continue;
    const after = t.start >= date.end;
    const distance = after ? t.start - date.end : date.start - t.end;
    const between = after ? s.slice(date.end, t.start) : s.slice(t.end, date.start);
    // "stated on Thursday that it had signed": a pluperfect after the date happened before it.
    if (after && t.pos === 'verb' && /\bhad\s+(?:\w+\s+)?$/i.test(between)) continue;
    // "Under the agreement, Aer Lingus said it will receive ... from 2009": a noun across a comma.
    if (!after && t.pos === 'noun' && /,\s/.test(between)) continue;
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
export function isModifierDate(s: string, date: Span): boolean {
  const before = s.slice(Math.max(0, date.start - 20), date.start);
  return (
    /^(?:\d{4}|spring|summer|autumn|fall|winter)$/i.test(s.slice(date.start, date.end)) &&
    /^\s+[a-z]/.test(s.slice(date.end)) &&
    !/\b(?:in|on|at|since|from|by|during|of|until|through|before|after|for|between)\s+$/i.test(before)
  );
}
