/** A sentence of an article with its UTF-16 offsets; `text === article.slice(start, end)`. */
export type Sentence = { start: number; end: number; text: string };

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Sr',
  'Jr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Rep',
  'Sen',
  'Gov',
  'No',
  'Nos',
  'vs',
  'etc',
  'approx',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Mt',
  'Ft',
]);

/**
 * Splits article text into sentences: at . ! ? (with any closing quotes or brackets) followed by white
 * space and an upper-case letter, digit or opening quote, and at line breaks. Not a split: abbreviations
 * ("Mr. Putin"), initials and dotted acronyms ("U.S. President"), decimals. Offsets are kept exactly so
 * quotes cut from sentences are verbatim.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length + creditPrefixLength(raw.trimStart());
    const trimmed = raw.slice(lead).trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  const boundary = /([.!?]+['"’”)\]]*)(\s+)(?=['"‘“(]?[A-Z0-9]|©)|\n+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0].startsWith('\n')) {
      push(m.index);
      start = m.index + m[0].length;
      continue;
    }
    const stopAt = m.index + m[1]!.length;
    if (!isSentenceEnd(text, m.index, m[1]!)) continue;
    push(stopAt);
    start = stopAt + m[2]!.length;
  }
  push(text.length);
  return sentences;
}

function isSentenceEnd(text: string, at: number, punct: string): boolean {
  if (!punct.startsWith('.') || punct.length > 1) return true;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  if (ABBREVIATIONS.has(before)) return false;
  // "U.S." / "U.K." / single initials ("John F. Kennedy").
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before) || /^[A-Z]$/.test(before)) {
    // A dotted acronym does end a sentence when the next word is a usual sentence opener.
    const next = /^\s+([A-Z][a-z]*)\b/.exec(text.slice(at + 1))?.[1] ?? '';
    return /^(?:The|A|An|It|He|She|They|We|In|On|But|And|This|That|However)$/.test(next);
  }
  return true;
}

/**
 * Length of a photo credit and/or wire dateline opening a sentence ("© Reuters WASHINGTON (Reuters) -- "):
 * page furniture, not part of what the sentence states.
 */
function creditPrefixLength(sentence: string): number {
  const m =
    /^(?:©\s*[A-Z][A-Za-z&.']*(?:\s+[A-Z][a-z&.']+)*\s+)?(?:[A-Z][A-Z./' -]*[A-Z.](?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+\([A-Z][A-Za-z&.' ]{1,30}\)\s*(?:--|—|–|-)\s+)?/.exec(
      sentence,
    );
  return m?.[0].length ?? 0;
}
