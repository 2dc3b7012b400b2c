import type { ArticleCopy } from '../../shared/schema.ts';

/**
 * "Also captured in: Example Wire (feeds/wire.rss), mirror.html": the other captures of a source's
 * article, each by its outlet and file (the file alone when the outlet is not stated, or is the file's
 * name); null when there are none.
 */
export function copiesLine(copies: readonly ArticleCopy[] | undefined): string | null {
  if (!copies?.length) return null;
  const named = copies.map((c) => (c.outlet && c.outlet !== c.file ? `${c.outlet} (${c.file})` : c.file));
  return `Also captured in: ${named.join(', ')}`;
}
