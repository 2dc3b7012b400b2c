import type { PageFailure } from '../pageFormat.ts';

/** Past this much markup (after scripts and styles are cut) a document is refused. */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;

/** Past this nesting depth a document is refused: the extractor's time grows with depth squared. */
export const MAX_DEPTH = 1500;

/** The deepest tag nesting in the markup (void and self-closed tags not counted), from a scan of tags. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi)) {
    if (VOID.test(m[2] ?? '') || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li)$/i;

/** Markup ready to parse: scripts, styles, SVG and comments cut, with the page's JSON-LD read first. */
export type PreparedHtml = { ok: true; stripped: string; jsonLd: unknown[] };

/**
 * HTML text -> its JSON-LD blocks and the markup without scripts, styles, SVG and comments, or a
 * failure when what is left is too big or nested too deep to read in reasonable time.
 */
export function prepareHtml(html: string): PreparedHtml | PageFailure {
  const jsonLd = readJsonLd(html);
  const stripped = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  if (stripped.length > MAX_HTML_CHARS) {
    return {
      ok: false,
      reason: `holds ${mb(stripped.length)} MB of markup besides scripts, past the ${mb(MAX_HTML_CHARS)} MB a page may hold`,
    };
  }
  const depth = nestingDepth(stripped);
  if (depth > MAX_DEPTH) {
    return {
      ok: false,
      reason: `tags nested ${depth} deep, past the ${MAX_DEPTH} a page may nest; not read`,
    };
  }
  return { ok: true, stripped, jsonLd };
}

function readJsonLd(html: string): unknown[] {
  const out: unknown[] = [];
  const re = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  for (let m = re.exec(html); m && out.length < 50; m = re.exec(html)) {
    try {
      out.push(JSON.parse(m[1] ?? ''));
    } catch {
      // A broken JSON-LD block is ignored; other clues remain.
    }
  }
  return out;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}
