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
  const index = ledgerIndex(entries);
  const { entryKeys, indexOf } = index;
  const eventKeys = events.map(keysOfPrint);
  const lists = events.map((event) => candidatesOf(event, entries, index));

  // A pair whose entry and event are in no other pair is matched whatever the order (most are): only
  // the others are sorted.
  const entryPairs = new Int32Array(entries.length);
  for (const list of lists) for (const c of list) entryPairs[c.j]!++;
  const heirOf = new Array<number | undefined>(events.length).fill(undefined);
  const eventOf = new Map<number, number>();
  const contested: Pair[] = [];
  lists.forEach((list, i) => {
    const only = list.length === 1 ? list[0]! : null;
    if (only && entryPairs[only.j] === 1) {
      heirOf[i] = only.j;
      eventOf.set(only.j, i);
    } else for (const c of list) contested.push({ ...c, i });
  });
  contested.sort(
    (a, b) =>
      b.score - a.score ||
      a.extra - b.extra ||
      b.title - a.title ||
      b.date - a.date ||
      b.live - a.live ||
      a.j - b.j ||
      a.i - b.i,
  );
  for (const p of contested) {
    if (heirOf[p.i] !== undefined || eventOf.has(p.j)) continue;
    heirOf[p.i] = p.j;
    eventOf.set(p.j, p.i);
  }
  const mergedInto = new Map<number, number>();
  for (const p of contested) {
    if (eventOf.has(p.j) || mergedInto.has(p.j) || entries[p.j]!.to !== undefined) continue;
    // The event is taken (else the pair would have been matched above) by the entry `heir`.
    const heir = heirOf[p.i]!;
    const own = eventKeys[p.i]!;
    const unexplained = [...entryKeys[p.j]!].some((key) => own.has(key) && !entryKeys[heir]!.has(key));
    if (unexplained || leadsTo(entries, indexOf, heir, p.j)) mergedInto.set(p.j, p.i);
  }
  return { heirOf, eventOf, mergedInto, eventKeys, entryKeys };
}

/** What matching needs of a ledger, worked out once per ledger (the dev server keeps using one). */
export type LedgerIndex = {
  /** Each entry's source halves. */
  entryKeys: Set<string>[];
  /** The entries (indexes) that have a source half. */
  byKey: Map<string, number[]>;
  /** The entry (index) of an id. */
  indexOf: Map<string, number>;
};

const indexes = new WeakMap<readonly LedgerEntry[], LedgerIndex>();

/** The ledger's index; the same object for the same entries array (ledgers are never changed). */
export function ledgerIndex(entries: readonly LedgerEntry[]): LedgerIndex {
  let index = indexes.get(entries);
  if (!index) {
    const entryKeys = entries.map((e) => halvesOf(e.sources));
    const byKey = new Map<string, number[]>();
    entryKeys.forEach((keys, j) => {
      for (const key of keys) {
        const list = byKey.get(key);
        if (list) list.push(j);
        else byKey.set(key, [j]);
      }
    });
    index = { entryKeys, byKey, indexOf: new Map(entries.map((e, j) => [e.id, j])) };
    indexes.set(entries, index);
  }
  return index;
}

type Candidate = Omit<Pair, 'i'>;

/** The entries an event print shares a sentence with, scored, by the print and the ledger's entries. */
const candidates = new WeakMap<EventPrint, { entries: readonly LedgerEntry[]; list: Candidate[] }>();

function candidatesOf(event: EventPrint, entries: readonly LedgerEntry[], index: LedgerIndex): Candidate[] {
  const memo = candidates.get(event);
  if (memo?.entries === entries) return memo.list;
  const keys = keysOfPrint(event);
  const scores = new Map<number, number>();
  for (const key of keys) for (const j of index.byKey.get(key) ?? []) scores.set(j, (scores.get(j) ?? 0) + 1);
  const list = [...scores].map(([j, score]) => {
    const entry = entries[j]!;
    return {
      j,
      score,
      extra: keys.size - score,
      title: entry.title === event.title ? 1 : 0,
      date: entry.date === event.date ? 1 : 0,
      live: entry.to === undefined && !entry.retired ? 1 : 0,
    };
  });
  candidates.set(event, { entries, list });
  return list;
}

/** An event print's source halves, once per print (the caller keeps its prints across builds). */
const printKeys = new WeakMap<EventPrint, Set<string>>();

function keysOfPrint(print: EventPrint): Set<string> {
  let keys = printKeys.get(print);
  if (!keys) printKeys.set(print, (keys = halvesOf(print.sources)));
  return keys;
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
