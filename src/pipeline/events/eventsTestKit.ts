/** Test support: a written text through the real taggers, as the events stage receives it. */
import { findCountries } from '../entities/findCountries.ts';
import { findPeople } from '../entities/findPeople.ts';
import { tagTimex } from '../time/tagTimex.ts';
import type { ArticleAnalysis } from './extractMentions.ts';

export function analyse(
  text: string,
  options: { id?: string; dct?: string | null; headline?: string } = {},
): ArticleAnalysis {
  const dct = options.dct === undefined ? '2025-07-04' : options.dct;
  const personId = (m: { given: string | null; family: string | null }) =>
    (m.family ?? m.given ?? '').toLowerCase();
  return {
    articleId: options.id ?? 'a1',
    text,
    headline: options.headline ?? 'Headline',
    capturedOn: dct,
    timexes: tagTimex(text, { dct }),
    people: findPeople(text).map((m) => ({ start: m.start, end: m.end, id: personId(m) })),
    countries: findCountries(text).map((c) => ({ start: c.start, end: c.end, id: c.country })),
    headlinePeople: [],
    headlineCountries: [],
  };
}
