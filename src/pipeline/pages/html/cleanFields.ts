/** An absolute http(s) address resolved against `base`, or null (javascript:, data:, junk). */
export function checkedUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Trimmed, white space collapsed, entities a CMS escaped twice (`&#039;`, `&amp;`) decoded; null when empty. */
export function clean(s: string | null | undefined): string | null {
  const t = (s ?? '')
    .replace(/&#(\d{1,6});/g, (_, n: string) => safeChar(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, n: string) => safeChar(parseInt(n, 16)))
    .replace(/&(amp|quot|apos|lt|gt|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    // Metadata is text: markup a CMS escaped into it (`&lt;script&gt;`) is cut, never kept as text.
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-z!][^>]*>/gi, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return t ? t.slice(0, 300) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : '';
}

/** The address's host name without `www.`. */
export function hostOf(url: string | null): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null;
}
