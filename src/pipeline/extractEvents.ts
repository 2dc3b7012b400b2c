import type { Article, Country, Person, TimelineEvent } from '../shared/schema.ts';
import { countryName, findCountries } from './entities/findCountries.ts';
import { findPeople, type PersonMention } from './entities/findPeople.ts';
import { resolvePeople } from './entities/resolvePeople.ts';
import { buildEvents } from './events/buildEvents.ts';
import { extractMentions, type ArticleAnalysis, type EntitySpan } from './events/extractMentions.ts';
import { tagTimex } from './time/tagTimex.ts';

export type ArticleInput = Article & { capturedOn: string | null };

export type Extraction = { events: TimelineEvent[]; people: Person[]; countries: Country[] };

/**
 * Articles (with the capture day of their page) -> events with their people, countries and sources.
 * Dates resolve against the article's publication day when known, else its page's capture day; with
 * neither, relative dates stay unresolved (their events are undated, with a warning), never guessed.
 * Throws if a source quote is not the exact article text at its offsets: provenance is checked here.
 */
export function extractEvents(articles: readonly ArticleInput[]): Extraction {
  const headlineKey = (id: string) => `${id}#headline`;
  const peopleFound = articles.flatMap((a) => {
    const body = findPeople(a.text);
    // Headlines use bare surnames ("Putin and Trump discussed ..."): the body tells which are people.
    const knownFamilies = body.flatMap((m) => (m.family ? [m.family] : []));
    return [
      { articleId: a.id, mentions: body },
      { articleId: headlineKey(a.id), mentions: findPeople(a.headline, { knownFamilies }) },
    ];
  });
  const { people, personIds } = resolvePeople(peopleFound);
  const spansOf = (key: string, mentions: PersonMention[]): EntitySpan[] =>
    mentions.flatMap((m, i) => {
      const id = personIds.get(key)?.[i];
      return id ? [{ start: m.start, end: m.end, id }] : [];
    });
  const mentionsOf = new Map(peopleFound.map((p) => [p.articleId, p.mentions]));

  const mentions = articles.flatMap((a) => {
    const analysis: ArticleAnalysis = {
      articleId: a.id,
      text: a.text,
      headline: a.headline,
      capturedOn: a.capturedOn,
      timexes: tagTimex(a.text, { dct: a.publishedOn ?? a.capturedOn }),
      people: spansOf(a.id, mentionsOf.get(a.id) ?? []),
      countries: findCountries(a.text).map((c) => ({ start: c.start, end: c.end, id: c.country })),
      headlinePeople: spansOf(headlineKey(a.id), mentionsOf.get(headlineKey(a.id)) ?? []).map((p) => p.id),
      headlineCountries: findCountries(a.headline).map((c) => c.country),
    };
    return extractMentions(analysis);
  });

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
    for (const s of e.sources) {
      const body = text.get(s.articleId) ?? '';
      if (body.slice(s.start, s.end) !== s.quote || body.slice(s.dateStart, s.dateEnd) !== s.dateText) {
        throw new Error(
          `event ${e.id}: a source quote is not the text at its offsets in article ${s.articleId}`,
        );
      }
    }
  }

  const usedPeople = new Set(events.flatMap((e) => e.people));
  const usedCountries = [...new Set(events.flatMap((e) => e.countries))].sort();
  return {
    events,
    people: people.filter((p) => usedPeople.has(p.id)),
    countries: usedCountries.map((id) => ({ id, name: countryName(id) })),
  };
}

function familyName(name: string): string {
  return name.split(' ').slice(-1)[0] ?? name;
}
