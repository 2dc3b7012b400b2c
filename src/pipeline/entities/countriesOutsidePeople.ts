import type { CountryMention } from './findCountries.ts';
import type { PersonMention } from './findPeople.ts';

/**
 * The country mentions that lie outside every person's name: a country word inside a name ("Michael
 * Jordan", and the later bare "Jordan said" that findPeople gives to him) names the person, not the
 * country, so it is no country of the article or its events. A mention's title is not its name: the
 * country in "President of France Emmanuel Macron" stays. Both lists sorted by `start`; pure.
 */
export function countriesOutsidePeople(
  countries: readonly CountryMention[],
  people: readonly Pick<PersonMention, 'start' | 'end' | 'title'>[],
): CountryMention[] {
  if (people.length === 0) return [...countries];
  const names = people
    .map((m) => ({ start: m.start + (m.title?.length ?? 0), end: m.end }))
    .sort((a, b) => a.start - b.start);
  let p = 0;
  return countries.filter((c) => {
    while (p < names.length && (names[p]?.end ?? 0) <= c.start) p++;
    for (let q = p; q < names.length; q++) {
      const m = names[q];
      if (!m || m.start >= c.end) break;
      if (m.end > c.start) return false;
    }
    return true;
  });
}
