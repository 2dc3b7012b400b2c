import { format, parseISO } from 'date-fns';
import type { Dataset, Page } from '../shared/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { indent, renderSiteHeader } from './siteHeader.ts';
import { sitePath, type SiteUrls } from './siteUrls.ts';

/**
 * "About the data" as plain HTML for the inside of `<div id="root">`: the scope of the dataset, then
 * every captured page with its capture day, the evidence for that day and its warnings. Every string
 * from the dataset is escaped.
 */
export function renderAboutPage(dataset: Dataset, urls: SiteUrls): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const main = [
    '<h1 class="about-title">About the data</h1>',
    `<p class="about-scope">${escapeHtml(
      `${count(dataset.events.length, 'event', 'events')} from ${count(dataset.articles.length, 'article', 'articles')} on ${count(dataset.pages.length, 'captured page', 'captured pages')}. Built ${describeDay(dataset.generatedAt.slice(0, 10))}.`,
    )}</p>`,
    '<section class="about-pages" aria-labelledby="about-pages-heading">',
    '  <h2 id="about-pages-heading">Pages</h2>',
    ...indent(dataset.pages.flatMap(renderPage), 1),
    '</section>',
    ...renderSkipped(dataset.skippedFiles),
    `<p class="about-back"><a href="${escapeHtml(sitePath(urls, ''))}">All events on the timeline</a></p>`,
  ];
  return indent(
    [
      ...renderSiteHeader(urls, dataset, 'about'),
      '<main id="main" class="static-about">',
      ...indent(main, 1),
      '</main>',
    ],
    3,
  ).join('\n');
}

function renderPage(page: Page): string[] {
  const captured = page.capturedOn
    ? `Captured on <time datetime="${escapeHtml(page.capturedOn)}">${escapeHtml(describeDay(page.capturedOn))}</time>`
    : 'Capture day unknown';
  const list = (cls: string, items: string[]) => [
    `  <ul class="${cls}">`,
    ...items.map((item) => `    <li>${escapeHtml(item)}</li>`),
    '  </ul>',
  ];
  return [
    '<article class="page-card">',
    `  <h3 class="page-file">${escapeHtml(page.file)}</h3>`,
    `  <p class="page-captured">${captured} · ${page.articleIds.length} ${page.articleIds.length === 1 ? 'article' : 'articles'}</p>`,
    ...(page.evidence.length > 0
      ? ['  <p>How the capture day was worked out:</p>', ...list('page-evidence', page.evidence)]
      : []),
    ...(page.warnings.length > 0
      ? [
          '  <p>Warnings:</p>',
          ...list(
            'page-warnings',
            page.warnings.map((w) => (w.line === null ? w.message : `line ${w.line}: ${w.message}`)),
          ),
        ]
      : []),
    '</article>',
  ];
}

function renderSkipped(skipped: Dataset['skippedFiles']): string[] {
  if (skipped.length === 0) return [];
  return [
    '<section class="about-skipped" aria-labelledby="about-skipped-heading">',
    '  <h2 id="about-skipped-heading">Files that are not pages</h2>',
    '  <ul>',
    ...skipped.map((s) => `    <li>${escapeHtml(s.file)}: ${escapeHtml(s.reason)}</li>`),
    '  </ul>',
    '</section>',
  ];
}

/** `2025-07-04` → `Fri 4 Jul 2025`, the format of the events' day labels. */
function describeDay(day: string): string {
  return format(parseISO(day), 'EEE d MMM yyyy');
}
