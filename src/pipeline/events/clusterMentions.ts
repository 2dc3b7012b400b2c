import type { EventMention } from './extractMentions.ts';
import { sameKind } from './triggers.ts';

/**
 * Groups mentions that report the same event: same kind of happening, same status (a planned call is
 * not the call that happened), dates that agree, and shared participants: at least one person, or,
 * when neither names a person, a country. Word-for-word equal sentences (syndicated copies) always
 * agree on participants. Deterministic: clusters and their members come out in input order.
 */
export function clusterMentions(mentions: readonly EventMention[]): EventMention[][] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // The days every day-precise date of a cluster shares: a merge never joins days that do not overlap,
  // even through a coarser date that contains both ("summer" contains June 22 and July 3).
  const days = mentions.map((m) =>
    m.date?.precision === 'day' ? { start: m.date.start, end: m.date.end } : null,
  );
  const n = mentions.length;
  for (const pair of candidatePairs(mentions)) {
    {
      const i = Math.floor(pair / n);
      const j = pair % n;
      const a = find(i);
      const b = find(j);
      if (a === b || !sameEvent(mentions[i]!, mentions[j]!)) continue;
      const x = days[a] ?? null;
      const y = days[b] ?? null;
      const shared = x && y ? { start: max(x.start, y.start), end: min(x.end, y.end) } : (x ?? y);
      if (shared && shared.start > shared.end) continue;
      parent[b] = a;
      days[a] = shared;
    }
  }
  const groups = new Map<number, EventMention[]>();
  mentions.forEach((m, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()];
}

export function sameEvent(a: EventMention, b: EventMention): boolean {
  if (!sameKind(a.type, b.type) || a.status !== b.status) return false;
  const syndicated = normalise(a.sentence.text) === normalise(b.sentence.text);
  if (!datesAgree(a, b)) return false;
  if (syndicated) return true;
  if (a.date === null || b.date === null) return false;
  const coarse = a.date.precision !== 'day' || b.date.precision !== 'day';
  const sharePerson = a.people.some((p) => b.people.includes(p));
  const shareCountry = a.countries.some((c) => b.countries.includes(c));
  // Reports and statements are many on any day: the same speaker is needed.
  if (sameKind(a.type, 'statement')) return sharePerson;
  if (a.people.length > 0 && b.people.length > 0) return sharePerson;
  // A coarse date ("summer") contains many days: only a shared person makes it the same event.
  if (coarse) return sharePerson;
  if (a.countries.length > 0 && b.countries.length > 0) return shareCountry || sharePerson;
  // One side names nobody and no country: the same kind of event on the same day is taken as one.
  return !coarse;
}

/**
 * The pairs that could be one event, in (i, j) order as a full comparison would visit them: the same
 * kind and status, and dates that overlap (a sweep over start days) or, undated, the same sentence.
 * Keeps clustering near-linear for ten thousand events instead of comparing every pair. A pair is
 * coded as `i * n + j` (n mentions), so that sorting numbers sorts the pairs.
 */
function candidatePairs(mentions: readonly EventMention[]): Float64Array {
  const n = mentions.length;
  const starts = mentions.map(startOf);
  const ends = mentions.map(endOf);
  const blocks = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const family = sameKind(m.type, 'statement') ? 'say' : sameKind(m.type, 'strike') ? 'strike' : m.type;
    const key = m.date ? `${family}|${m.status}` : `${family}|${m.status}|${normalise(m.sentence.text)}`;
    const block = blocks.get(key);
    if (block) block.push(i);
    else blocks.set(key, [i]);
  });
  const pairs: number[] = [];
  for (const members of blocks.values()) {
    const sorted = [...members].sort((x, y) =>
      starts[x]! < starts[y]! ? -1 : starts[x]! > starts[y]! ? 1 : x - y,
    );
    for (let p = 0; p < sorted.length; p += 1) {
      const i = sorted[p]!;
      const end = ends[i]!;
      for (let q = p + 1; q < sorted.length && starts[sorted[q]!]! <= end; q += 1) {
        const j = sorted[q]!;
        pairs.push(i < j ? i * n + j : j * n + i);
      }
    }
  }
  return Float64Array.from(pairs).sort();
}

function startOf(m: EventMention): string {
  return m.date?.start ?? '';
}

function endOf(m: EventMention): string {
  return m.date?.end ?? m.date?.start ?? '';
}

/** Day-precise dates must be the same days; a coarser date must contain the finer one. */
function datesAgree(a: EventMention, b: EventMention): boolean {
  if (a.date === null || b.date === null) return a.date === b.date && a.dateText === b.dateText;
  const x = a.date;
  const y = b.date;
  // Days overlap: "overnight" (3–4 July) and "through Friday" (4 July) can be one happening.
  if (x.precision === 'day' && y.precision === 'day') return x.start <= y.end && y.start <= x.end;
  const contains = (outer: typeof x, inner: typeof x) => outer.start <= inner.start && inner.end <= outer.end;
  return contains(x, y) || contains(y, x);
}

const normalised = new Map<string, string>();

/** Sentences compared loosely (case, punctuation); memoised, as clustering asks for each many times. */
function normalise(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    if (normalised.size > 50_000) normalised.clear();
    n = normaliseNow(s);
    normalised.set(s, n);
  }
  return n;
}

function normaliseNow(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
