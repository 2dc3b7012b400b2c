import type { PageFailure } from '../pageFormat.ts';
import { MAX_DEPTH, MAX_HTML_CHARS, nestingDepth, withoutScripts } from './markupLimits.ts';

/** Markup ready to parse: scripts, styles, SVG and comments cut, with the page's JSON-LD read first. */
export type PreparedHtml = { ok: true; stripped: string; jsonLd: unknown[] };

/**
 * HTML text -> its JSON-LD blocks and the markup without scripts, styles, SVG and comments, or a
 * failure when what is left is too big or nested too deep to read in reasonable time.
 */
export function prepareHtml(html: string): PreparedHtml | PageFailure {
  const jsonLd = readJsonLd(html);
  const stripped = withoutScripts(html);
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
