/**
 * Line-level knowledge of the aggregator page format: which lines are chrome to drop, what an age line
 * and a copyright line look like, and how a syndicated story names its agency. General patterns only:
 * nothing here knows a seed's outlets or stories.
 */

/**
 * A line as the rules compare it: without white space or invisible characters (zero-width space and
 * joiners, word joiner, soft hyphen) at its ends, which a copy from a web page often leaves there.
 */
export function cleanLine(line: string): string {
  return line.replace(/^[\s\u200B-\u200D\u2060\u00AD]+|[\s\u200B-\u200D\u2060\u00AD]+$/g, '');
}

/** Aggregator chrome lines, compared after trimming. Listed exactly as the aggregator writes them. */
const BOILERPLATE = new Set([
  'Hashtags',
  'Try Our AI Features',
  'Comments',
  'Related Articles',
  'Share',
  'Advertisement',
]);

export function isBoilerplate(line: string): boolean {
  const t = cleanLine(line);
  return (
    BOILERPLATE.has(t) ||
    /^Explore what .{1,40} can do for you:?$/.test(t) ||
    /^No comments yet(?:\.{3}|…)?$/.test(t)
  );
}

/** "32 minutes ago", "an hour ago", "2 hours ago", "a day ago", "just now", "yesterday". */
export function isAgeLine(line: string): boolean {
  return /^(?:(?:an?|one|\d{1,3})\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|just now|yesterday)$/i.test(
    cleanLine(line),
  );
}

export type Copyright = { holder: string; year: number };

/** "© Thomson Reuters 2025." / "© 2025 The Associated Press" / "Copyright 2025 Nikkei Inc." */
export function parseCopyrightLine(line: string): Copyright | null {
  const t = cleanLine(line);
  // A copyright line is short; the bound also keeps the lazy patterns below linear on huge lines.
  if (t.length > 200) return null;
  const holderFirst = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?([^\d©].*?)[\s,]+((?:19|20)\d{2})\.?$/i.exec(t);
  if (holderFirst?.[1] && holderFirst[2]) {
    return { holder: cleanHolder(holderFirst[1]), year: Number(holderFirst[2]) };
  }
  const yearFirst = /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?((?:19|20)\d{2})[\s,]+(.+?)\.?$/i.exec(t);
  if (yearFirst?.[1] && yearFirst[2]) {
    return { holder: cleanHolder(yearFirst[2]), year: Number(yearFirst[1]) };
  }
  return null;
}

function cleanHolder(holder: string): string {
  return holder.replace(/[\s,.]+$/, '').replace(/\.\s*All rights reserved$/i, '');
}

/**
 * The agency a syndicated body names: a wire dateline ("WASHINGTON (Reuters) --",
 * "TOKYO, July 23 (Reuters) -") first, else an inline credit ("© Reuters" under a photo caption).
 */
export function findSyndication(body: string): string | null {
  const dateline =
    /(?:^|[\s.!?"'”])[A-Z][A-Z.'/ -]{0,40}[A-Z.](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\(([A-Z][A-Za-z&.' ]{1,30})\)\s*(?:--|—|–|-)\s/.exec(
      body,
    );
  if (dateline?.[1]) return dateline[1].trim();
  const credit = /©\s*([A-Z][A-Za-z&.']+(?:\s+[A-Z][a-z&.']+){0,3})/.exec(body);
  if (!credit?.[1]) return null;
  // A credit runs into the next sentence when it has no full stop ("© Getty Images The shop ...").
  const words = credit[1].trim().split(/\s+/);
  while (words.length > 1 && SENTENCE_STARTERS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'He',
  'She',
  'It',
  'They',
  'We',
  'This',
  'That',
]);
