/** What a stretch of text is, from weakest to strongest: a date inside a quote shows as a date. */
export type HighlightKind = 'quote' | 'date';

/** A stretch to highlight, in UTF-16 code units (the offsets the pipeline records), end exclusive. */
export type HighlightRange = { start: number; end: number; kind: HighlightKind };

export type Segment = { text: string; kind: 'plain' | HighlightKind };

/** Consecutive highlighted segments belong together: a quote with the date nested inside it. */
export type HighlightRun = { kind: 'plain'; text: string } | { kind: HighlightKind; segments: Segment[] };

const RANK: Record<Segment['kind'], number> = { plain: 0, quote: 1, date: 2 };

/**
 * Splits `text` into segments that, joined, spell `text` exactly; each segment takes the strongest kind
 * of the ranges covering it (date over quote over plain), and neighbours never share a kind.
 *
 * Bad ranges never throw and never highlight text they do not name: non-integer ranges are dropped,
 * the rest are clamped to the text and dropped when empty. A boundary that falls between the two halves
 * of a surrogate pair is widened to take the whole character, so no segment holds half an emoji.
 */
export function splitHighlight(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const usable = ranges.flatMap((range) => {
    if (!Number.isInteger(range.start) || !Number.isInteger(range.end)) return [];
    const start = widenStart(text, clamp(range.start, 0, text.length));
    const end = widenEnd(text, clamp(range.end, 0, text.length));
    return start < end ? [{ start, end, kind: range.kind }] : [];
  });

  const cuts = [...new Set([0, text.length, ...usable.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    if (from >= to) continue;
    let kind: Segment['kind'] = 'plain';
    for (const r of usable) {
      if (r.start <= from && to <= r.end && RANK[r.kind] > RANK[kind]) kind = r.kind;
    }
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), kind });
  }
  return segments;
}

/**
 * Groups each maximal stretch of highlighted segments into one run, so a renderer can wrap a quote in
 * a single element with its date nested inside. A run is a quote when any of it is quote; a run made
 * only of date segments (a date outside any quote) is a date.
 */
export function groupRuns(segments: readonly Segment[]): HighlightRun[] {
  const runs: HighlightRun[] = [];
  for (const segment of segments) {
    const last = runs.at(-1);
    if (segment.kind === 'plain') {
      runs.push({ kind: 'plain', text: segment.text });
    } else if (last && last.kind !== 'plain') {
      last.segments.push(segment);
      if (segment.kind === 'quote') last.kind = 'quote';
    } else {
      runs.push({ kind: segment.kind, segments: [segment] });
    }
  }
  return runs;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function widenStart(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at - 1 : at;
}

function widenEnd(text: string, at: number): number {
  return splitsSurrogatePair(text, at) ? at + 1 : at;
}
