/**
 * What the feed's XML holds before parsing, to account for items the parser leaves out: feedsmith drops
 * an `<item>`/`<entry>` with nothing it can read, and the reader must say so rather than lose it.
 * Counts item elements outside comments and CDATA sections; `empty` lists the 1-based places of those
 * with no text and no attribute-bearing child (the ones a parser has nothing to take from).
 */
export function rawItems(xml: string, kind: 'rss' | 'rdf' | 'atom'): { count: number; empty: number[] } {
  // A CDATA section stands in as one letter when it holds text, so its item does not count as empty.
  const bare = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g, (_m, cdata?: string) =>
    cdata?.trim() ? 'x' : ' ',
  );
  const tag = kind === 'atom' ? 'entry' : 'item';
  const spans = new RegExp(
    `<(?:[\\w-]+:)?${tag}(?=[\\s>/])[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${tag}\\s*>)`,
    'gi',
  );
  let count = 0;
  const empty: number[] = [];
  for (const m of bare.matchAll(spans)) {
    count += 1;
    const inner = m[1] ?? '';
    const holdsNothing = inner.replace(/<[^>]*>/g, '').trim() === '' && !/<[^>]*\s[\w:-]+\s*=/.test(inner);
    if (holdsNothing) empty.push(count);
  }
  return { count, empty };
}
