import type { PersonCountryClue } from '../../shared/schema.ts';
import { commonName } from './countryLexicon.ts';

/** A person's clue with the canonical person id it was bound to. */
export type BoundClue = PersonCountryClue & { personId: string };

export type PersonCountry = {
  country: string | null;
  countryClues: PersonCountryClue[];
  countryNote: string;
};

/** Clues kept as provenance per country (the note counts them all). */
export const CLUES_KEPT = 3;

/**
 * Each person's country over the whole dataset, from clues in dataset order: the country with the most
 * clues when it has strictly more than any other; null on a tie, which the note says. A person with no
 * clue is absent from the result (no country, empty note).
 */
export function decidePersonCountries(clues: readonly BoundClue[]): Map<string, PersonCountry> {
  const byPerson = new Map<string, Map<string, PersonCountryClue[]>>();
  for (const { personId, ...clue } of clues) {
    const counts = byPerson.get(personId) ?? new Map<string, PersonCountryClue[]>();
    byPerson.set(personId, counts);
    const list = counts.get(clue.id) ?? [];
    counts.set(clue.id, list);
    list.push(clue);
  }
  const out = new Map<string, PersonCountry>();
  for (const [personId, counts] of byPerson) {
    // Most clues first; equal counts keep the order of first appearance.
    const ranked = [...counts].sort((a, b) => b[1].length - a[1].length);
    const [top, second] = ranked;
    if (!top) continue;
    const tied = second && second[1].length === top[1].length;
    const named = (id: string, n: number) =>
      `${n} ${n === 1 ? 'clue names' : 'clues name'} ${commonName(id)}`;
    if (tied) {
      const ties = ranked.filter((r) => r[1].length === top[1].length);
      out.set(personId, {
        country: null,
        countryClues: ties.flatMap((r) => r[1].slice(0, CLUES_KEPT)),
        countryNote: `Conflicting clues: ${ties.map((r) => named(r[0], r[1].length)).join(', ')}; no country taken.`,
      });
      continue;
    }
    const others = ranked.slice(1).map((r) => named(r[0], r[1].length));
    out.set(personId, {
      country: top[0],
      countryClues: top[1].slice(0, CLUES_KEPT),
      countryNote: `${named(top[0], top[1].length)}${others.length ? `; outvoted: ${others.join(', ')}` : ''}.`,
    });
  }
  return out;
}
