import { sourceHalves, type LedgerEntry } from './parseIdLedger.ts';

/** What the matcher needs of an event of this build: its date, title and source keys. */
export type EventPrint = { date: string | null; title: string; sources: readonly string[] };

export type LedgerMatch = {
  /** Per event of this build, the ledger entry (index) whose event it is, if any. */
  heirOf: (number | undefined)[];
  /** Entry index -> the event (index) it was matched with one to one. */
  eventOf: Map<number, number>;
  /** Entry index -> the event it merged into: its sentences are now part of an event another id names. */
  mergedInto: Map<number, number>;
  /** Each event's and entry's source halves (see sourceHalves), for callers that compare them. */
  eventKeys: Set<string>[];
  entryKeys: Set<string>[];
};

type Pair = { j: number; i: number; score: number; extra: number; title: number; date: number; live: number };

/**
 * Which event of this build each ledger entry names, by the source sentences they share: each shared
 * sentence counts twice when it is unchanged, once when only its place (an edit inside it) or only its
 * words (an edit elsewhere in the article moved it) survive. Entries and events are paired one to one,
 * best pairs first: the most shared, then the event with the fewest other sentences, the same title,
 * the same date, an entry that was live, and finally ledger and dataset order (deterministic).
 *
 * An entry left without an event merges into the event it shares most with, but only if it shares a
 * sentence that event's own entry does not have (two events that were quoted from one sentence stay
 * two ids, and an id whose event is gone is not handed to its neighbour in that sentence), or if that
 * entry was an alias leading to it (a correction undone: the first id is back, the corrected one
 * leads to it). An alias entry is only ever revived one to one; it never changes where it leads
 * otherwise.
 */
export function matchLedger(entries: readonly LedgerEntry[], events: readonly EventPrint[]): LedgerMatch {
  const eventKeys = events.map((e) => halvesOf(e.sources));
  const entryKeys = entries.map((e) => halvesOf(e.sources));
  const index = new Map<string, number[]>();
  eventKeys.forEach((keys, i) => {
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const pairs: Pair[] = [];
  const scores = new Int32Array(events.length);
  const touched: number[] = [];
  entries.forEach((entry, j) => {
    for (const key of entryKeys[j]!) {
      for (const i of index.get(key) ?? []) if (scores[i]!++ === 0) touched.push(i);
    }
    const live = entry.to === undefined && !entry.retired ? 1 : 0;
    for (const i of touched.splice(0)) {
      const score = scores[i]!;
      scores[i] = 0;
      const event = events[i]!;
      const extra = eventKeys[i]!.size - score;
      const title = entry.title === event.title ? 1 : 0;
      pairs.push({ j, i, score, extra, title, date: entry.date === event.date ? 1 : 0, live });
    }
  });
  pairs.sort(
    (a, b) =>
      b.score - a.score ||
      a.extra - b.extra ||
      b.title - a.title ||
      b.date - a.date ||
      b.live - a.live ||
      a.j - b.j ||
      a.i - b.i,
  );

  const heirOf = new Array<number | undefined>(events.length).fill(undefined);
  const eventOf = new Map<number, number>();
  for (const p of pairs) {
    if (heirOf[p.i] !== undefined || eventOf.has(p.j)) continue;
    heirOf[p.i] = p.j;
    eventOf.set(p.j, p.i);
  }
  const indexOf = new Map(entries.map((e, j) => [e.id, j]));
  const mergedInto = new Map<number, number>();
  for (const p of pairs) {
    if (eventOf.has(p.j) || mergedInto.has(p.j) || entries[p.j]!.to !== undefined) continue;
    // The event is taken (else the pair would have been matched above) by the entry `heir`.
    const heir = heirOf[p.i]!;
    const own = eventKeys[p.i]!;
    const unexplained = [...entryKeys[p.j]!].some((key) => own.has(key) && !entryKeys[heir]!.has(key));
    if (unexplained || leadsTo(entries, indexOf, heir, p.j)) mergedInto.set(p.j, p.i);
  }
  return { heirOf, eventOf, mergedInto, eventKeys, entryKeys };
}

/** True when entry `from` is an alias whose chain reaches entry `to`. */
function leadsTo(
  entries: readonly LedgerEntry[],
  indexOf: Map<string, number>,
  from: number,
  to: number,
): boolean {
  const seen = new Set<number>();
  for (let j = indexOf.get(entries[from]!.to ?? ''); j !== undefined && !seen.has(j);) {
    if (j === to) return true;
    seen.add(j);
    j = indexOf.get(entries[j]!.to ?? '');
  }
  return false;
}

function halvesOf(sources: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const source of sources) {
    const { at, text } = sourceHalves(source);
    keys.add(at);
    keys.add(text);
  }
  return keys;
}
