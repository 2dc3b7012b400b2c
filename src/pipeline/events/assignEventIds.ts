import type { ArticleSummary, TimelineEvent } from '../../shared/schema.ts';
import { eventSlug, withId } from './buildEvents.ts';
import { ledgerIndex, matchLedger, type EventPrint } from './matchLedger.ts';
import { sourceHalves, sourceKey, type IdLedger, type LedgerEntry } from './parseIdLedger.ts';
import { sameItems } from '../../shared/sameItems.ts';

/** An id that is no longer an event's own but still leads to it. */
export type EventAlias = { from: string; to: string };

/** What this build did to the ids (`added`, `aliased`, `retired`) and what the ledger now holds. */
export type IdChanges = {
  added: number;
  aliased: number;
  retired: number;
  totals: { live: number; alias: number; retired: number };
};

export type IdAssignment = {
  /** The events in the same order, with their lasting ids. */
  events: TimelineEvent[];
  /** Every alias that leads to a live event, in `from` order; never a live id, never a circle. */
  aliases: EventAlias[];
  /** The ledger to write back: every id ever published, with what it names now. */
  ledger: IdLedger;
  changes: IdChanges;
};

type Article = Pick<ArticleSummary, 'id' | 'file' | 'index'>;
type Status = 'live' | 'alias' | 'retired';

/**
 * Gives this build's events ids that last, given the ledger of every id published before.
 *
 * An event found in the ledger (matchLedger: by its source sentences) keeps its id while its date and
 * title stay the same, and also when they change only because it gained reports (a page was added):
 * adding pages never renames an event. When a correction changes them (a sentence it is quoted from was
 * edited, or the same sentences now give another date, as a corrected capture day does), the event gets
 * the id of its new date and title and the old id becomes an alias that leads to it. An id whose event
 * merged into another leads to that one. An id whose sentences are all gone is retired.
 *
 * Every other event gets the slug of its date and title, made unique with -2, -3…; an id the ledger
 * holds is never given to another event, unless it names nothing any more (retired) or is one of the
 * event's own former ids (a correction undone gets its first id back). Pure and deterministic; without
 * a ledger (EMPTY_LEDGER) the ids are the plain slugs, in dataset order.
 */
export function assignEventIds(
  events: readonly TimelineEvent[],
  articles: readonly Article[],
  previous: IdLedger,
): IdAssignment {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const prints = events.map((e) => printOf(e, articleById));
  // The slug of each event's date and title, worked out only when needed (slugs cost regexes).
  const slugs: (string | undefined)[] = [];
  const natural = (i: number) => (slugs[i] ??= eventSlug(events[i]!.date, events[i]!.title));
  const entries = previous.ids;
  const { heirOf, eventOf, mergedInto, eventKeys, entryKeys } = matchLedger(entries, prints);
  const { indexOf } = ledgerIndex(entries);

  const ids = new Array<string | undefined>(events.length).fill(undefined);
  const taken = new Set<string>();
  heirOf.forEach((j, i) => {
    if (j === undefined) return;
    const entry = entries[j]!;
    const sameSlug =
      (entry.date === prints[i]!.date && entry.title === prints[i]!.title) ||
      eventSlug(entry.date === null ? null : { start: entry.date }, entry.title) === natural(i);
    if (sameSlug || onlyGained(entry, entryKeys[j]!, prints[i]!, eventKeys[i]!)) {
      ids[i] = entry.id;
      taken.add(entry.id);
    }
  });

  // The event of this build an earlier id now names (through its aliases), or null when it names none.
  const ownerOf = (id: string): number | null => {
    const seen = new Set<number>();
    for (let j = indexOf.get(id); j !== undefined && !seen.has(j);) {
      seen.add(j);
      const i = eventOf.get(j) ?? mergedInto.get(j);
      if (i !== undefined) return i;
      const to = entries[j]!.to;
      j = to === undefined ? undefined : indexOf.get(to);
    }
    return null;
  };
  events.forEach((_, i) => {
    if (ids[i] !== undefined) return;
    const base = natural(i);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const owner = indexOf.has(id) ? ownerOf(id) : null;
      if (taken.has(id) || (owner !== null && owner !== i)) continue;
      ids[i] = id;
      taken.add(id);
      return;
    }
  });

  const next = new Map<string, LedgerEntry>();
  events.forEach((e, i) => {
    const id = ids[i]!;
    const { date, sources } = prints[i]!;
    // The entry of the ledger read when it says the same (most do): never changed below (it has no `to`).
    const j = indexOf.get(id);
    const was = j === undefined ? undefined : entries[j]!;
    const same =
      was !== undefined &&
      was.to === undefined &&
      !was.retired &&
      was.date === date &&
      was.title === e.title &&
      sameItems(was.sources, sources);
    next.set(id, same ? was : { id, date, title: e.title, sources: [...sources] });
  });
  entries.forEach((entry, j) => {
    if (next.has(entry.id)) return;
    const { id, date, title, sources } = entry;
    const i = eventOf.get(j) ?? mergedInto.get(j);
    const to = i !== undefined ? ids[i] : entry.to;
    next.set(
      id,
      to === undefined ? { id, date, title, retired: true, sources } : { id, date, title, to, sources },
    );
  });
  for (const entry of next.values()) {
    if (entry.to === undefined) continue;
    const end = terminalOf(next, entry);
    if (end === null) {
      delete entry.to;
      entry.retired = true;
    } else entry.to = end;
  }

  const aliases = [...next.values()]
    .filter((e): e is LedgerEntry & { to: string } => e.to !== undefined && taken.has(e.to))
    .map((e) => ({ from: e.id, to: e.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const was = statusesOf(entries);
  const changes: IdChanges = {
    added: 0,
    aliased: 0,
    retired: 0,
    totals: { live: 0, alias: 0, retired: 0 },
  };
  for (const entry of next.values()) {
    const now = statusOf(next, entry);
    const j = indexOf.get(entry.id);
    changes.totals[now]++;
    if (now !== (j === undefined ? null : was[j]))
      changes[now === 'live' ? 'added' : now === 'alias' ? 'aliased' : 'retired']++;
  }
  return {
    events: events.map((e, i) => (e.id === ids[i] ? e : withId(e, ids[i]!))),
    aliases,
    ledger: { ids: [...next.values()] },
    changes,
  };
}

/** Prints of earlier builds, by the event, with the articles its sources were keyed with. */
const printMemo = new WeakMap<TimelineEvent, { articles: Article[]; print: EventPrint }>();

/**
 * An event's date, title and source keys (the sentences' keys as the ledger records them, no repeats,
 * sorted). The same print object for the same event quoted from the same article objects, so that
 * matchLedger can keep what it derives from it.
 */
function printOf(event: TimelineEvent, articleById: Map<string, Article>): EventPrint {
  const memo = printMemo.get(event);
  if (memo && memo.articles.every((a, k) => a === articleById.get(event.sources[k]!.articleId))) {
    return memo.print;
  }
  const articles = event.sources.map((s) => {
    const article = articleById.get(s.articleId);
    if (!article) throw new Error(`an event source names article ${s.articleId}, which is not built`);
    return article;
  });
  const keys = event.sources.map((s, k) =>
    sourceKey(articles[k]!.file, articles[k]!.index, s.start, s.quote),
  );
  const print = { date: event.date?.start ?? null, title: event.title, sources: [...new Set(keys)].sort() };
  printMemo.set(event, { articles, print });
  return print;
}

/** Each entry's status in its own ledger, worked out once per ledger. */
const statuses = new WeakMap<readonly LedgerEntry[], Status[]>();

function statusesOf(entries: readonly LedgerEntry[]): Status[] {
  let found = statuses.get(entries);
  if (!found) {
    const ledger = new Map(entries.map((e) => [e.id, e]));
    found = entries.map((e) => statusOf(ledger, e));
    statuses.set(entries, found);
  }
  return found;
}

/**
 * True when the event kept every sentence of its entry unedited (some may be gone) and gained new
 * ones: its date or title moved because another report joined it, not because a page was corrected.
 */
function onlyGained(
  entry: LedgerEntry,
  entryKeys: Set<string>,
  print: EventPrint,
  keys: Set<string>,
): boolean {
  const touches = (set: Set<string>, source: string) => {
    const { at, text } = sourceHalves(source);
    return set.has(at) || set.has(text);
  };
  const before = new Set(entry.sources);
  const now = new Set(print.sources);
  const gained = print.sources.some((s) => !before.has(s) && !touches(entryKeys, s));
  const edited = entry.sources.some((s) => !now.has(s) && touches(keys, s));
  return gained && !edited;
}

/** Where an alias finally leads (a live or retired entry); null if the chain breaks or circles. */
function terminalOf(ledger: Map<string, LedgerEntry>, entry: LedgerEntry): string | null {
  const seen = new Set([entry.id]);
  for (let to = entry.to; to !== undefined;) {
    const target = ledger.get(to);
    if (!target || seen.has(to)) return null;
    if (target.to === undefined) return to;
    seen.add(to);
    to = target.to;
  }
  return null;
}

function statusOf(ledger: Map<string, LedgerEntry>, entry: LedgerEntry): Status {
  if (entry.to === undefined) return entry.retired ? 'retired' : 'live';
  const end = terminalOf(ledger, entry);
  return end !== null && !ledger.get(end)!.retired ? 'alias' : 'retired';
}

/**
 * The build's one line about ids, e.g. `event ids: 1 added, 1 aliased, 0 retired; seeds/event-ids.json
 * updated (25 live, 1 alias, 0 retired)`.
 */
export function describeIdChanges(
  changes: IdChanges,
  file: string,
  outcome: 'written' | 'unchanged',
): string {
  const { live, alias, retired } = changes.totals;
  const totals = `${live} live, ${alias} alias${alias === 1 ? '' : 'es'}, ${retired} retired`;
  return (
    `event ids: ${changes.added} added, ${changes.aliased} aliased, ${changes.retired} retired; ` +
    `${file} ${outcome === 'written' ? 'updated' : 'unchanged'} (${totals})`
  );
}
