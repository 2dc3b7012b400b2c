/** Past this much markup (after scripts and styles are cut) a document is refused. */
export const MAX_HTML_CHARS = 8 * 1024 * 1024;

/** Past this nesting depth a document is refused: the extractor's time grows with depth squared. */
export const MAX_DEPTH = 1500;

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li)$/i;

/** The deepest tag nesting in the markup (void and self-closed tags not counted), from a scan of tags. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi)) {
    if (VOID.test(m[2] ?? '') || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Scripts, styles, inline SVG and comments cut out of markup (their content is never text). */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Every tag replaced by a space: the text of markup too deep to parse, entities still encoded. */
export function tagsToSpaces(html: string): string {
  return withoutScripts(html).replace(/<[^>]*>?/g, ' ');
}
