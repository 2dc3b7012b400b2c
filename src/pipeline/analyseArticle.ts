import type { Article } from '../shared/schema.ts';
import { articleCountryClues, type ArticleCountryClue } from './entities/articleCountryClues.ts';
import { countriesOutsidePeople } from './entities/countriesOutsidePeople.ts';
import { findCountries } from './entities/findCountries.ts';
import { findPeople, type PersonMention } from './entities/findPeople.ts';
import { extractMentions, type EventMention } from './events/extractMentions.ts';
import { tagTimex } from './time/tagTimex.ts';

export type ArticleInput = Article & { capturedOn: string | null };

/**
 * Everything the pipeline learns from one article on its own: the per-article half of extraction.
 * It depends only on the article (its id digests file, headline and text) and its reference day, so
 * it can be cached by `analysisKey` and computed in parallel. People are local here: mention `people`
 * hold keys `b<i>` (body mention i) or `h<i>` (headline mention i) until the global phase binds them.
 */
export type ArticleAnalysisResult = {
  articleId: string;
  people: PersonMention[];
  headlinePeople: PersonMention[];
  mentions: EventMention[];
  /**
   * The country clues of the body's people (their `person` indexes `people`): per article, so made
   * here, where it is cached and can run on a worker thread, rather than in the global phase.
   */
  countryClues: ArticleCountryClue[];
};

export function analysisKey(a: ArticleInput): string {
  return `${a.id}@${a.publishedOn ?? a.capturedOn ?? 'none'}`;
}

export function analyseArticle(a: ArticleInput): ArticleAnalysisResult {
  const people = findPeople(a.text);
  // Headlines use bare surnames ("Putin and Trump discussed ..."): the body tells which are people.
  const knownFamilies = people.flatMap((m) => (m.family ? [m.family] : []));
  const headlinePeople = findPeople(a.headline, { knownFamilies });
  // A country word inside a person's name ("Michael Jordan", later "Jordan said") is no country mention.
  const countries = countriesOutsidePeople(findCountries(a.text), people);
  const mentions = extractMentions({
    articleId: a.id,
    text: a.text,
    headline: a.headline,
    capturedOn: a.capturedOn,
    timexes: tagTimex(a.text, { dct: a.publishedOn ?? a.capturedOn }),
    people: people.map((m, i) => ({ start: m.start, end: m.end, id: `b${i}` })),
    countries: countries.map((c) => ({ start: c.start, end: c.end, id: c.country })),
    headlinePeople: headlinePeople.map((_, i) => `h${i}`),
    headlineCountries: countriesOutsidePeople(findCountries(a.headline), headlinePeople).map(
      (c) => c.country,
    ),
  });
  const countryClues = articleCountryClues(a.id, a.text, people, countries);
  return { articleId: a.id, people, headlinePeople, mentions, countryClues };
}
