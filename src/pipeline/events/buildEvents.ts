import type { EventDate, Source, TimelineEvent } from '../../shared/schema.ts';
import { clusterMentions } from './clusterMentions.ts';
import { toEventDate } from './dateLabel.ts';
import type { EventMention } from './extractMentions.ts';
import { makeTitle, type Title } from './makeTitle.ts';
import { sameItems } from '../../shared/sameItems.ts';

export type EventContext = {
  /** Family name (or the whole name) of a person, for titles. */
  shortName: (personId: string) => string;
  /** Order of articles (page file, then position), for deterministic choices. */
  articleOrder: (articleId: string) => number;
  articleRole: (articleId: string) => 'main' | 'related';
};

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/**
 * Mentions -> timeline events: clusters them, and for each cluster picks a representative mention
 * (most precise date, a verb that makes a clean title, a main article, then page order) for the title
 * and date, unions people and countries, and keeps one source per mention with its verbatim quote.
 * Ids are slugs of date and title, made unique in a stable order.
 */
export function buildEvents(mentions: readonly EventMention[], ctx: EventContext): TimelineEvent[] {
  const clustered = clusterMentions(inArticleOrder(mentions, ctx)).map((cluster) => eventOf(cluster, ctx));
  // By date (undated last), title and id; a stable sort, so ties keep the clusters' order.
  const starts = clustered.map((e) => e.date?.start ?? '9999');
  const events = clustered
    .map((_, i) => i)
    .sort(
      (x, y) =>
        compare(starts[x]!, starts[y]!) ||
        compare(clustered[x]!.title, clustered[y]!.title) ||
        compare(clustered[x]!.id, clustered[y]!.id),
    )
    .map((i) => clustered[i]!);
  const used = new Map<string, number>();
  events.forEach((e, i) => {
    const n = (used.get(e.id) ?? 0) + 1;
    used.set(e.id, n);
    if (n > 1) events[i] = withId(e, `${e.id}-${n}`);
  });
  return events;
}

/** The mentions by article (page order), then place in the article; most often they come so already. */
function inArticleOrder(mentions: readonly EventMention[], ctx: EventContext): EventMention[] {
  const articles = mentions.map((m) => ctx.articleOrder(m.articleId));
  const before = (x: number, y: number) =>
    articles[x]! - articles[y]! || mentions[x]!.sentence.start - mentions[y]!.sentence.start;
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i += 1) sorted = before(i - 1, i) <= 0;
  if (sorted) return [...mentions];
  return mentions
    .map((_, i) => i)
    .sort(before)
    .map((i) => mentions[i]!);
}

/**
 * Events of earlier builds, by their cluster's first mention: a rebuild after one page changed finds
 * most clusters made of the very same mention objects (the per-article analyses and the bound
 * mentions are cached), and reuses their event, which is then also known to the schema check.
 */
const eventMemo = new WeakMap<EventMention, { reads: unknown[]; event: TimelineEvent }>();

/** toEvent through eventMemo, when toEvent would read the same: the mentions, their roles and names. */
function eventOf(cluster: EventMention[], ctx: EventContext): TimelineEvent {
  const reads: unknown[] = [];
  for (const m of cluster) {
    reads.push(m, ctx.articleRole(m.articleId));
    for (const p of m.people) reads.push(ctx.shortName(p));
    for (const p of m.peopleSpans) reads.push(ctx.shortName(p.id));
  }
  const first = cluster[0]!;
  const memo = eventMemo.get(first);
  if (memo && sameItems(memo.reads, reads)) {
    return memo.event;
  }
  const event = toEvent(cluster, ctx);
  eventMemo.set(first, { reads, event });
  return event;
}

function toEvent(cluster: EventMention[], ctx: EventContext): TimelineEvent {
  const titled = cluster.map((m) => ({ m, title: titleOf(m, ctx.shortName) }));
  const mainFirst = (m: EventMention) => (ctx.articleRole(m.articleId) === 'main' ? 0 : 1);
  // The date comes from the most precise mention; the title from the mention that reads best.
  const rep = [...titled].sort(
    (a, b) => rank(a.m) - rank(b.m) || b.title.quality - a.title.quality || mainFirst(a.m) - mainFirst(b.m),
  )[0]!.m;
  const title = [...titled].sort(
    (a, b) => b.title.quality - a.title.quality || rank(a.m) - rank(b.m) || mainFirst(a.m) - mainFirst(b.m),
  )[0]!.title.text;
  const date = rep.date ? dateOf(rep.date) : null;
  const warnings = date
    ? []
    : [`The text says "${rep.dateText}", which cannot be placed on a calendar: ${rep.dateNote}`];
  return {
    id: eventSlug(date, title),
    title,
    type: rep.type,
    status: rep.status,
    date,
    people: unique(cluster.flatMap((m) => m.people)),
    countries: unique(cluster.flatMap((m) => m.countries)).sort(),
    sources: sentenceSources(cluster, rep),
    warnings,
  };
}

function rank(m: EventMention): number {
  return m.date ? PRECISION_RANK[m.date.precision] : 9;
}

/**
 * One source per sentence of an article: two date expressions of one sentence ("lost $4.8 billion in
 * the fourth quarter and $8.6 billion for the entire year") in one event are one quote, not two
 * sources. The sentence keeps the date expression the event's date comes from, else its first.
 */
function sentenceSources(cluster: EventMention[], rep: EventMention): Source[] {
  const bySentence = new Map<string, EventMention>();
  for (const m of cluster) {
    const key = `${m.articleId} ${m.sentence.start}`;
    if (!bySentence.has(key) || m === rep) bySentence.set(key, m);
  }
  return [...bySentence.values()].map(toSource);
}

function toSource(m: EventMention): Source {
  return {
    articleId: m.articleId,
    quote: m.sentence.text,
    start: m.sentence.start,
    end: m.sentence.end,
    dateText: m.dateText,
    dateStart: m.sentence.start + m.dateSpan.start,
    dateEnd: m.sentence.start + m.dateSpan.end,
    dateNote: m.dateNote,
  };
}

/** Copies of events under other ids, by the event and the id. */
const renamed = new WeakMap<TimelineEvent, Map<string, TimelineEvent>>();

/**
 * The event under another id: a copy (the event itself may be a memoised one, shared with the previous
 * build), and the same copy each time, so that later stages find it unchanged too.
 */
export function withId(event: TimelineEvent, id: string): TimelineEvent {
  let copies = renamed.get(event);
  if (!copies) renamed.set(event, (copies = new Map()));
  let copy = copies.get(id);
  if (!copy) copies.set(id, (copy = { ...event, id }));
  return copy;
}

/** The id an event would have on its own: a slug of its date (or `undated`) and title. */
export function eventSlug(date: Pick<EventDate, 'start'> | null, title: string): string {
  return slug(`${date?.start ?? 'undated'}-${title}`);
}

export function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) {
    if (slugs.size > MEMO_MAX) slugs.clear();
    out = slugNow(s);
    slugs.set(s, out);
  }
  return out;
}

function slugNow(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** Plain code-unit order: deterministic and much cheaper than localeCompare on thousands of events. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Titles and date labels are pure functions of the mention (and the names it shows) or the interval;
// a rebuild recomputes them for every event, so they are memoised across builds.
const titles = new Map<string, Title>();
const dates = new Map<string, EventDate>();
const slugs = new Map<string, string>();
const MEMO_MAX = 100_000;

function titleOf(m: EventMention, shortName: (id: string) => string): Title {
  const key = `${m.articleId}|${m.sentence.start}|${m.trigger.start}|${m.dateSpan.start}|${m.status}|${m.people.map(shortName).join(',')}|${m.peopleSpans.map((p) => `${p.start}:${shortName(p.id)}`).join(',')}`;
  let title = titles.get(key);
  if (!title) {
    if (titles.size > MEMO_MAX) titles.clear();
    title = makeTitle(m, shortName);
    titles.set(key, title);
  }
  return title;
}

function dateOf(interval: NonNullable<EventMention['date']>): EventDate {
  const key = `${interval.start}|${interval.end}|${interval.precision}|${interval.part ?? ''}`;
  let date = dates.get(key);
  if (!date) {
    if (dates.size > MEMO_MAX) dates.clear();
    date = toEventDate(interval);
    dates.set(key, date);
  }
  return { ...date };
}
