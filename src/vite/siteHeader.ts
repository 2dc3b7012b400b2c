import { scopeLine } from '../shared/datasetScope.ts';
import type { Dataset } from '../shared/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { SITE_NAME } from './pageMeta.ts';
import { ABOUT_PAGE_PATH, sitePath, type SiteUrls } from './siteUrls.ts';

/**
 * The header of a generated page, the same markup as the app's (skip link, site name, the two views,
 * the scope line), so nothing on screen moves when the app replaces the static page. `current` marks
 * the view the page belongs to, as the app does; the page's own heading is its only h1.
 */
export function renderSiteHeader(urls: SiteUrls, dataset: Dataset, current: 'timeline' | 'about'): string[] {
  const link = (path: string, text: string, isCurrent: boolean) =>
    `<a href="${escapeHtml(sitePath(urls, path))}"${isCurrent ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`;
  const { text, built } = scopeLine(dataset);
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    '<header class="site-header">',
    `  <p class="site-name">${link('', SITE_NAME, false)}</p>`,
    '  <nav aria-label="Site">',
    `    ${link('', 'Timeline', current === 'timeline')}`,
    `    ${link(ABOUT_PAGE_PATH, 'About the data', current === 'about')}`,
    '  </nav>',
    `  <p class="scope">${escapeHtml(text)} · built <time datetime="${escapeHtml(dataset.generatedAt)}">${escapeHtml(built)}</time></p>`,
    '</header>',
  ];
}

/** Indents markup lines for a readable page source; `depth` counts two-space steps. */
export function indent(lines: string[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  return lines.map((line) => (line ? `${pad}${line}` : line));
}
