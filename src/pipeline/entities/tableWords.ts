/** A word or phrase of a lookup table found in a text, with the country the table gives it. */
export type TableWordMention = { start: number; end: number; text: string; country: string };

/**
 * A case-sensitive, whole-word pattern matching any surface of a table, longest first (so "New South
 * Wales" wins over "Wales"). Surfaces are matched literally.
 */
export function tableWordPattern(surfaces: Iterable<string>): RegExp {
  const alternatives = [...surfaces]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of `pattern` whose surface the table maps to a country, in text order. */
export function findTableWords(
  text: string,
  pattern: RegExp,
  table: ReadonlyMap<string, string>,
): TableWordMention[] {
  const out: TableWordMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const country = table.get(m[0]);
    if (country) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], country });
  }
  return out;
}
