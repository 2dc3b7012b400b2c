import type { EventMention } from './extractMentions.ts';
import { sameKind, type EventType } from './triggers.ts';
import { sameItems } from '../../shared/sameItems.ts';

/**
 * Groups mentions that report the same event: same kind of happening, same status (a planned call is
 * not the call that happened), dates that agree, and shared participants: at least one person, or,
 * when neither names a person, a country. Word-for-word equal sentences (syndicated copies) always
 * agree on participants. Deterministic: clusters and their members come out in input order.
 *
 * Only mentions of one block (kind, status and, undated, sentence) whose dates overlap can be one
 * event, so the mentions fall into segments (a block's mentions sorted by start day, cut where no
 * earlier date reaches the next start) that are clustered on their own. A segment made of the very
 * same mention objects, in the same order, as in an earlier call gets that call's clusters back: the
 * dev server's rebuild after one page changed reclusters only the segments that page touches. The
 * clusters returned may be those of an earlier call: callers must not change them.
 */
export function clusterMentions(mentions: readonly EventMention[]): EventMention[][] {
  const starts = mentions.map(startOf);
  const ends = mentions.map(endOf);
  // Per block, its mentions by start day, each day's in input order.
  const blocks = new Map<string, Map<string, number[]>>();
  mentions.forEach((m, i) => {
    const key = blockKey(m);
    let days = blocks.get(key);
    if (!days) blocks.set(key, (days = new Map()));
    const day = days.get(starts[i]!);
    if (day) day.push(i);
    else days.set(starts[i]!, [i]);
  });
  // The clusters by their first mention's index.
  const byFirst = new Array<EventMention[] | undefined>(mentions.length);
  const flush = (sorted: number[]) => {
    for (const cluster of segmentClusters(mentions, sorted, starts, ends)) byFirst[cluster[0]!] = cluster[1];
  };
  for (const days of blocks.values()) {
    let sorted: number[] = [];
    let reach = '';
    for (const day of [...days.keys()].sort()) {
      for (const i of days.get(day)!) {
        if (sorted.length > 0 && starts[i]! > reach) {
          flush(sorted);
          sorted = [];
        }
        if (sorted.length === 0 || ends[i]! > reach) reach = ends[i]!;
        sorted.push(i);
      }
    }
    flush(sorted);
  }
  const clusters: EventMention[][] = [];
  for (const cluster of byFirst) if (cluster) clusters.push(cluster);
  return clusters;
}

type Segment = { members: EventMention[]; clusters: { firstLocal: number; members: EventMention[] }[] };

/** Clusters of earlier calls, by the segment's first mention (in input order). */
const segments = new WeakMap<EventMention, Segment>();

/**
 * The clusters of one segment, each as its first mention's index and its mentions: `sorted` are the
 * segment's indices into `all` (and `starts`, `ends`) by start day, then input order.
 */
function segmentClusters(
  all: readonly EventMention[],
  sorted: readonly number[],
  starts: readonly string[],
  ends: readonly string[],
): [number, EventMention[]][] {
  const byInput = [...sorted].sort((x, y) => x - y);
  const mentions = byInput.map((i) => all[i]!);
  const memo = segments.get(mentions[0]!);
  const same = memo !== undefined && sameItems(memo.members, mentions);
  const clusters = same ? memo.clusters : clustersOf(mentions, sorted, byInput, starts, ends);
  if (!same) segments.set(mentions[0]!, { members: mentions, clusters });
  return clusters.map((c) => [byInput[c.firstLocal]!, c.members]);
}

/** The clusters of a segment's mentions (in input order); see segmentClusters. */
function clustersOf(
  mentions: readonly EventMention[],
  sorted: readonly number[],
  byInput: readonly number[],
  starts: readonly string[],
  ends: readonly string[],
): Segment['clusters'] {
  const n = mentions.length;
  const local = new Map(byInput.map((i, k) => [i, k]));
  // The pairs that could be one event, visited in input order as a full comparison would: dates that
  // overlap (a sweep over start days). A pair (a, b), a < b, is coded as a * n + b.
  const pairs: number[] = [];
  for (let p = 0; p < sorted.length; p += 1) {
    const end = ends[sorted[p]!]!;
    for (let q = p + 1; q < sorted.length && starts[sorted[q]!]! <= end; q += 1) {
      const a = local.get(sorted[p]!)!;
      const b = local.get(sorted[q]!)!;
      pairs.push(a < b ? a * n + b : b * n + a);
    }
  }
  pairs.sort((x, y) => x - y);
  const parent = mentions.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  // The days every day-precise date of a cluster shares: a merge never joins days that do not overlap,
  // even through a coarser date that contains both ("summer" contains June 22 and July 3).
  const days = mentions.map((m) =>
    m.date?.precision === 'day' ? { start: m.date.start, end: m.date.end } : null,
  );
  for (const pair of pairs) {
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
  const groups = new Map<number, { firstLocal: number; members: EventMention[] }>();
  mentions.forEach((m, k) => {
    const root = find(k);
    const group = groups.get(root);
    if (group) group.members.push(m);
    else groups.set(root, { firstLocal: k, members: [m] });
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

/** Mentions of different blocks are never one event: another kind or status, or undated and worded
 * differently. */
function blockKey(m: EventMention): string {
  const family = familyOf(m.type);
  return m.date ? `${family}|${m.status}` : `${family}|${m.status}|${normalise(m.sentence.text)}`;
}

const families = new Map<EventType, string>();

function familyOf(type: EventType): string {
  let family = families.get(type);
  if (family === undefined) {
    family = sameKind(type, 'statement') ? 'say' : sameKind(type, 'strike') ? 'strike' : type;
    families.set(type, family);
  }
  return family;
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
