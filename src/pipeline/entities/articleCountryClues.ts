import type { PersonCountryClue } from '../../shared/schema.ts';
import { splitSentences } from '../events/splitSentences.ts';
import { findCountries, type CountryMention } from './findCountries.ts';
import { findCountryClues } from './findCountryClues.ts';
import type { PersonMention } from './findPeople.ts';

/** A clue of one article with its provenance; `person` indexes the article's body person mentions. */
export type ArticleCountryClue = PersonCountryClue & { person: number };

/**
 * The country clues of one article's body, each with the verbatim sentence (or sentences, when a clue
 * crosses a sentence break) that holds it, at its offsets in `text`. Pure. `countries`: the text's
 * country mentions when the caller has them already (findCountries(text)).
 */
export function articleCountryClues(
  articleId: string,
  text: string,
  people: readonly PersonMention[],
  countries: readonly CountryMention[] = findCountries(text),
): ArticleCountryClue[] {
  const clues = findCountryClues(text, people, countries);
  if (clues.length === 0) return [];
  const sentences = splitSentences(text);
  return clues.map((c) => {
    // A nationality phrase ("The Spaniard") is shown with the sentence naming the person it refers to.
    const from = c.pattern === 'noun' ? Math.min(people[c.person]?.start ?? c.start, c.start) : c.start;
    const first = sentences.find((s) => s.end > from);
    const last = sentences.find((s) => s.end >= c.end);
    const start = Math.min(first?.start ?? from, from);
    const end = Math.max(last?.end ?? c.end, c.end);
    return {
      person: c.person,
      id: c.country,
      articleId,
      sentence: text.slice(start, end),
      start,
      end,
      clue: c.text,
    };
  });
}
