/**
 * The link back to an article's original, for the source card and the static event page: only an
 * absolute http(s) address with a host, nothing else (no `javascript:`, `data:`, relative or malformed
 * URL reaches an href). The schema already requires http(s); this is the second lock at the point of use.
 */
export type OriginalLink = { href: string; host: string };

export function originalLink(url: string | null | undefined): OriginalLink | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
  return { href: parsed.href, host: parsed.hostname.replace(/^www\./, '') };
}

/** "by Ann Lee and Bo Chen", "by A, B and C"; empty for no authors. */
export function authorsLine(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  if (authors.length === 1) return `by ${authors[0]}`;
  return `by ${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}
