import type { EventMention } from './extractMentions.ts';

/**
 * The clause that states an event, cleaned for a title: the date phrase removed with its preposition
 * ("on June 22", "Thursday's"), a relational opener removed ("a day after"), people shortened to the
 * name readers know them by ("U.S. President Donald Trump" -> "Trump"), white space folded. The
 * trigger is kept findable: `triggerAt` is its word index in `words`.
 */
export type CleanClause = { words: string[]; triggerAt: number };

const MARK = '\u0001';

export function cleanClause(m: EventMention, shortName: (id: string) => string): CleanClause | null {
  const s = m.sentence.text;
  const { start, end } = m.clause;
  const out: string[] = s.slice(0, end).split('');
  const blank = (from: number, to: number) => {
    for (let i = Math.max(from, start); i < Math.min(to, end); i += 1) out[i] = '';
  };
  for (const p of m.peopleSpans) {
    const from = p.start - m.sentence.start;
    const to = p.end - m.sentence.start;
    if (from < start || to > end) continue;
    const titleStart = leadingTitleStart(s, from, start);
    blank(titleStart, to);
    out[titleStart] = shortName(p.id) + (s.slice(from, to).endsWith("'s") ? "'s" : '');
  }
  const possessive = /^'s\b/.exec(s.slice(m.dateSpan.end));
  // "on June 22" loses its preposition; "the site of Thursday's strike" keeps "of".
  const prep = possessive
    ? null
    : /(?:\b(?:on|in|at|for|during|of|as soon as|from|through|earlier|later|by|until|till|since)\s+(?:a\s+|the\s+)?)?$/i.exec(
        s.slice(start, m.dateSpan.start),
      );
  blank(m.dateSpan.start - (prep?.[0].length ?? 0), m.dateSpan.end + (possessive ? 2 : 0));
  const t = m.trigger.start;
  if (out[t]) out[t] = MARK + out[t];
  let text = out.slice(start).join('');
  text = text
    .replace(/^\s*(?:a|an|one|two|three|\d+)\s+(?:day|days|week|weeks)\s+(?:after|before)\s+/i, '')
    .replace(/^\s*['"‘“]/, '')
    .replace(
      /^\s*(?:but|and|so|yet|however|meanwhile|also|then|earlier|later|since|when|as|after|before)\b,?\s*/i,
      '',
    )
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,.;:]+$/g, '');
  const words = text.split(' ');
  const triggerAt = words.findIndex((w) => w.includes(MARK));
  if (triggerAt < 0) return null;
  return { words: words.map((w) => w.replace(MARK, '')), triggerAt };
}

/** Start of a title or demonym before a name ("U.S. President", "Home Secretary", "Russian"). */
export function leadingTitleStart(s: string, nameStart: number, floor: number): number {
  const before = s.slice(floor, nameStart);
  const demonym = /(?:\b(?:U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+(?:an|ian|ese|ish|i|ch))\s+)$/.exec(before);
  if (demonym) return nameStart - demonym[0].length;
  const title =
    /(?:\b(?:[A-Z][\w.'-]*\s+){0,3}(?:President|Prime Minister|Secretary|Minister|Chancellor|Senator|Governor|Mayor|King|Queen|Leader)\s+)$/.exec(
      before,
    );
  return title ? nameStart - title[0].length : nameStart;
}
