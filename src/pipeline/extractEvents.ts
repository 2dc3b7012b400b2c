import type { Country, Person, TimelineEvent } from '../shared/schema.ts';
import {
  analyseArticle,
  analysisKey,
  type ArticleAnalysisResult,
  type ArticleInput,
} from './analyseArticle.ts';
import type { ArticleCountryClue } from './entities/articleCountryClues.ts';
import { decidePersonCountries, type BoundClue } from './entities/decidePersonCountries.ts';
import { countryName } from './entities/findCountries.ts';
import { resolvePeopleCached } from './entities/resolvePeopleCached.ts';
import { buildEvents } from './events/buildEvents.ts';
import type { EventMention } from './events/extractMentions.ts';
import { triggerStrength } from './events/triggers.ts';
import { sameItems } from '../shared/sameItems.ts';

export type { ArticleInput };

export type Extraction = { events: TimelineEvent[]; people: Person[]; countries: Country[] };

export type ExtractOptions = {
  /**
   * Per-article results kept between builds (the dev server's incremental rebuild): keyed by
   * `analysisKey`, filled here. Entries for articles no longer present are removed.
   */
  cache?: Map<string, ArticleAnalysisResult>;
};

/**
 * Articles (with the capture day of their page) -> events with their people, countries and sources.
 * Two phases: each article on its own (timexes, people, countries, event mentions; cached), then the
 * whole set (one canonical person across articles, clustering, titles, ids). Dates resolve against
 * the article's publication day when known, else its page's capture day; with neither, relative dates
 * stay unresolved (their events are undated, with a warning), never guessed. Throws if a source quote
 * is not the exact article text at its offsets: provenance is checked here.
 */
export function extractEvents(articles: readonly ArticleInput[], options: ExtractOptions = {}): Extraction {
  const cache = options.cache ?? new Map<string, ArticleAnalysisResult>();
  const analyses = primeAnalyses(articles, cache);
  const used = new Set(articles.map(analysisKey));
  for (const key of cache.keys()) if (!used.has(key)) cache.delete(key);

  const headlineKey = (id: string) => `${id}#headline`;
  const { people, personIds } = resolvePeopleCached(
    analyses.flatMap((r) => [
      { articleId: r.articleId, mentions: r.people },
      { articleId: headlineKey(r.articleId), mentions: r.headlinePeople },
    ]),
  );
  const mentions: EventMention[] = [];
  for (const r of analyses) {
    const body = personIds.get(r.articleId) ?? [];
    const head = personIds.get(headlineKey(r.articleId)) ?? [];
    const bind = (local: string) => (local.startsWith('h') ? head : body)[Number(local.slice(1))] ?? null;
    for (const m of r.mentions) {
      const b = bindPeople(m, bind);
      if (b) mentions.push(b);
    }
  }

  const text = new Map(articles.map((a) => [a.id, a.text]));
  const bound: BoundClue[] = [];
  for (const r of analyses) {
    const ids = personIds.get(r.articleId) ?? [];
    for (const { person, ...clue } of cluesOf(r, text.get(r.articleId) ?? '')) {
      const personId = ids[person];
      if (personId) bound.push({ ...clue, personId });
    }
  }
  const personCountries = decidePersonCountries(bound);

  const order = new Map(articles.map((a, i) => [a.id, i]));
  const role = new Map(articles.map((a) => [a.id, a.role]));
  const shortNames = new Map(people.map((p) => [p.id, familyName(p.name)]));
  const built = buildEvents(mentions, {
    shortName: (id) => shortNames.get(id) ?? familyName(id),
    articleOrder: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
    articleRole: (id) => role.get(id) ?? 'related',
  });

  for (const e of built) {
    // An event reused from an earlier build was checked then (an article id digests its text).
    if (checked.has(e)) continue;
    for (const s of e.sources) {
      const body = text.get(s.articleId) ?? '';
      if (body.slice(s.start, s.end) !== s.quote || body.slice(s.dateStart, s.dateEnd) !== s.dateText) {
        throw new Error(
          `event ${e.id}: a source quote is not the text at its offsets in article ${s.articleId}`,
        );
      }
    }
    checked.add(e);
  }

  const events = built.map((e) => withPeoplesCountries(e, personCountries));
  const usedPeople = new Set<string>();
  const countryIds = new Set<string>();
  for (const e of events) {
    for (const p of e.people) usedPeople.add(p);
    for (const c of e.countries) countryIds.add(c);
  }
  const usedCountries = [...countryIds].sort();
  return {
    events,
    people: people
      .filter((p) => usedPeople.has(p.id))
      .map((p) => ({ ...p, ...(personCountries.get(p.id) ?? NO_COUNTRY) })),
    countries: usedCountries.map((id) => ({ id, name: countryName(id) })),
  };
}

/**
 * The per-article phase for some articles, through the cache. The pipeline calls it page by page,
 * right after the page's capture day is known, while the page's texts are still in the tagger's
 * recognition cache.
 */
export function primeAnalyses(
  articles: readonly ArticleInput[],
  cache: Map<string, ArticleAnalysisResult>,
): ArticleAnalysisResult[] {
  return articles.map((a) => {
    const key = analysisKey(a);
    let result = cache.get(key);
    if (!result) {
      result = analyseArticle(a);
      cache.set(key, result);
    }
    return result;
  });
}

const NO_COUNTRY = { country: null, countryClues: [], countryNote: '' };

/** Analyses whose country clues were checked against their article's text. */
const cluesChecked = new WeakSet<ArticleAnalysisResult>();
/** Country clues of an article's body people (made with its analysis), checked once per analysis. */
function cluesOf(r: ArticleAnalysisResult, text: string): ArticleCountryClue[] {
  if (!cluesChecked.has(r)) {
    for (const c of r.countryClues) {
      if (text.slice(c.start, c.end) !== c.sentence) {
        throw new Error(`person country clue: the quote is not the text at its offsets in ${c.articleId}`);
      }
    }
    cluesChecked.add(r);
  }
  return r.countryClues;
}

/**
 * The event with its people's countries added to those of its sentences (sorted, no repeats); the same
 * object when that adds nothing, and the same new object for the same event and countries next build.
 */
const withCountries = new WeakMap<TimelineEvent, TimelineEvent>();
function withPeoplesCountries(
  e: TimelineEvent,
  personCountries: Map<string, { country: string | null }>,
): TimelineEvent {
  const extra = e.people.flatMap((p) => personCountries.get(p)?.country ?? []);
  const countries = [...new Set([...e.countries, ...extra])].sort();
  if (sameItems(countries, e.countries)) return e;
  const memo = withCountries.get(e);
  if (memo && sameItems(memo.countries, countries)) return memo;
  const value = { ...e, countries };
  withCountries.set(e, value);
  return value;
}

/** Events whose source quotes were checked against their articles' texts. */
const checked = new WeakSet<TimelineEvent>();

/**
 * Bound mentions of earlier builds, by the analysis mention, with the ids it was bound to: the same
 * binding gives the very same object, which lets buildEvents reuse the events made of it.
 */
const bound = new WeakMap<EventMention, { ids: (string | null)[]; value: EventMention | null }>();

/**
 * A mention with its local person keys (people first, then its spans) replaced by canonical ids, or
 * null: a dated "said" needs a named person (or a subject the parse found named: an organisation).
 */
function bindPeople(m: EventMention, bind: (local: string) => string | null): EventMention | null {
  const ids = [...m.people.map(bind), ...m.peopleSpans.map((p) => bind(p.id))];
  const memo = bound.get(m);
  if (memo && sameItems(memo.ids, ids)) return memo.value;
  const people = [...new Set(ids.slice(0, m.people.length).flatMap((id) => id ?? []))];
  let value: EventMention | null = null;
  if (triggerStrength(m.trigger) > 0 || people.length > 0 || m.trigger.named) {
    const peopleSpans = m.peopleSpans.flatMap((p, i) => {
      const id = ids[m.people.length + i];
      return id ? [{ ...p, id }] : [];
    });
    value = { ...m, people, peopleSpans };
  }
  bound.set(m, { ids, value });
  return value;
}

function familyName(name: string): string {
  return name.split(' ').slice(-1)[0] ?? name;
}
