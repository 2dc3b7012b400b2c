import { escapeHtml } from './escapeHtml.ts';
import { SITE_NAME } from './pageMeta.ts';
import { sitePath, type SiteUrls } from './siteUrls.ts';

/**
 * The header of a generated page: the site's name linking home. It uses the app header's class so the
 * page keeps its width when the app replaces it; the page's own heading is the only h1.
 */
export function renderSiteHeader(urls: SiteUrls): string[] {
  return [
    '<header class="site-header">',
    `  <p class="site-name"><a href="${escapeHtml(sitePath(urls, ''))}">${escapeHtml(SITE_NAME)}</a></p>`,
    '</header>',
  ];
}

/** Indents markup lines for a readable page source; `depth` counts two-space steps. */
export function indent(lines: string[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  return lines.map((line) => (line ? `${pad}${line}` : line));
}
