import type { Country, Person, TimelineEvent } from '../shared/schema.ts';
import {
  analyseArticle,
  analysisKey,
  type ArticleAnalysisResult,
  type ArticleInput,
} from './analyseArticle.ts';
import { countryName } from './entities/findCountries.ts';
import { resolvePeople } from './entities/resolvePeople.ts';
import { buildEvents } from './events/buildEvents.ts';
import type { EventMention } from './events/extractMentions.ts';
import { triggerStrength } from './events/triggers.ts';

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
  const { people, personIds } = resolvePeople(
    analyses.flatMap((r) => [
      { articleId: r.articleId, mentions: r.people },
      { articleId: headlineKey(r.articleId), mentions: r.headlinePeople },
    ]),
  );
  const bind = (articleId: string, local: string): string | null =>
    personIds.get(local.startsWith('h') ? headlineKey(articleId) : articleId)?.[Number(local.slice(1))] ??
    null;
  const mentions = analyses.flatMap((r) => r.mentions.flatMap((m) => bindPeople(m, bind)));

  const order = new Map(articles.map((a, i) => [a.id, i]));
  const role = new Map(articles.map((a) => [a.id, a.role]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const events = buildEvents(mentions, {
    shortName: (id) => familyName(personName.get(id) ?? id),
    articleOrder: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER,
    articleRole: (id) => role.get(id) ?? 'related',
  });

  const text = new Map(articles.map((a) => [a.id, a.text]));
  for (const e of events) {
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

  const usedPeople = new Set(events.flatMap((e) => e.people));
  const usedCountries = [...new Set(events.flatMap((e) => e.countries))].sort();
  return {
    events,
    people: people.filter((p) => usedPeople.has(p.id)),
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

/** Events whose source quotes were checked against their articles' texts. */
const checked = new WeakSet<TimelineEvent>();

/**
 * Bound mentions of earlier builds, by the analysis mention and the ids it was bound to: the same
 * binding gives the very same object, which lets buildEvents reuse the events made of it.
 */
const bound = new WeakMap<EventMention, { key: string; value: EventMention | null }>();

/** A mention with its local person keys replaced by canonical ids; a dated "said" needs a named person. */
function bindPeople(
  m: EventMention,
  bind: (articleId: string, local: string) => string | null,
): EventMention[] {
  const ids = m.people.map((k) => bind(m.articleId, k));
  const spanIds = m.peopleSpans.map((p) => bind(m.articleId, p.id));
  const key = `${ids.join(',')}|${spanIds.join(',')}`;
  const memo = bound.get(m);
  if (memo?.key === key) return memo.value ? [memo.value] : [];
  const value = bindNow(m, ids, spanIds);
  bound.set(m, { key, value });
  return value ? [value] : [];
}

function bindNow(m: EventMention, ids: (string | null)[], spanIds: (string | null)[]): EventMention | null {
  const people = [...new Set(ids.flatMap((id) => id ?? []))];
  if (triggerStrength(m.trigger) === 0 && people.length === 0) return null;
  const peopleSpans = m.peopleSpans.flatMap((p, i) => {
    const id = spanIds[i];
    return id ? [{ ...p, id }] : [];
  });
  return { ...m, people, peopleSpans };
}

function familyName(name: string): string {
  return name.split(' ').slice(-1)[0] ?? name;
}
