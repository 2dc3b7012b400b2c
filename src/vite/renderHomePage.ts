import { groupByMonth } from '../shared/list/groupByMonth.ts';
import { listRows, visibleRows, type ListRow } from '../shared/list/listRows.ts';
import type { Dataset, TimelineEvent } from '../shared/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { indent } from './siteHeader.ts';
import { eventPagePath, sitePath, type SiteUrls } from './siteUrls.ts';

/** Rows drawn into the static list: the list box is at most 48rem high, so these fill any screen. */
const STATIC_LIST_PX = 1000;
const HOME_HEADING = 'News timeline: events, who was involved, who reported them';

/**
 * The home view as plain HTML for the inside of `<div id="root">`, laid out with the app's own markup
 * and classes (filters row, count line, timeline slot with its loading placeholder, the first rows of
 * the event list at the same offsets, the panel hint), so the first events are readable at the first
 * paint and nothing moves when the app takes over. Readers without JavaScript follow the events' own
 * pages from there. Every string from the dataset is escaped.
 */
export function renderHomePage(dataset: Dataset, urls: SiteUrls, header: string[]): string {
  const { rows, height } = listRows(groupByMonth(dataset.events));
  const shown = visibleRows(rows, 0, STATIC_LIST_PX, 0);
  const total = dataset.events.length;
  const facet = (label: string) =>
    `<details class="facet"><summary>${label}</summary><fieldset><legend class="visually-hidden">${label}</legend></fieldset></details>`;
  const first = rows.find((r) => r.kind === 'event');
  const main = [
    '<section class="filters" aria-label="Filters">',
    '  <div class="filters-row">',
    '    <label for="static-search" class="search-label">Search</label>',
    '    <input id="static-search" class="search" placeholder="Titles and quotes" type="search" value="">',
    `    ${facet('People')}`,
    `    ${facet('Countries')}`,
    `    ${facet('Outlets')}`,
    '  </div>',
    '</section>',
    `<p class="result-count" role="status" aria-live="polite">${total} events</p>`,
    '<div class="timeline-slot"><div class="timeline-placeholder" role="status"><p>Loading timeline…</p></div></div>',
    '<div class="columns">',
    '  <section class="list-column" aria-label="Event list">',
    '    <nav class="event-list" aria-label="Events in order">',
    `      <div class="event-list-canvas" style="height: ${height}px;">`,
    ...indent(
      shown.map((row) => renderRow(row, total, urls)),
      4,
    ),
    '      </div>',
    '    </nav>',
    '  </section>',
    '  <section class="panel-column" aria-label="Selected event">',
    `    <h1 class="visually-hidden">${HOME_HEADING}</h1>`,
    '    <p class="panel-hint">Select an event to see who reported it, in their exact words.</p>',
    ...(first
      ? [
          `    <noscript><p class="panel-hint">Without JavaScript, each event has a page of its own: start at <a href="${escapeHtml(sitePath(urls, eventPagePath(first.key)))}">the first event</a> and follow “Next”.</p></noscript>`,
        ]
      : []),
    '  </section>',
    '</div>',
  ];
  return indent([...header, '<main id="main" tabindex="-1">', ...indent(main, 1), '</main>'], 3).join('\n');
}

function renderRow(row: ListRow<TimelineEvent>, total: number, urls: SiteUrls): string {
  const box = `style="top: ${row.top}px; height: ${row.height}px;"`;
  if (row.kind === 'month') return `<h3 class="month" ${box}>${escapeHtml(row.label)}</h3>`;
  const { event } = row;
  const sources = event.sources.length;
  const badge = event.status === 'planned' ? '<span class="badge">planned</span>' : '';
  return [
    `<a href="${escapeHtml(sitePath(urls, eventPagePath(event.id)))}" class="event-item" ${box} tabindex="${row.position === 1 ? 0 : -1}">`,
    `<span class="item-date">${escapeHtml(event.date?.label ?? 'Undated')}</span>`,
    `<span class="item-title">${escapeHtml(event.title)}</span>`,
    `<span class="item-meta">${badge}${sources} source${sources === 1 ? '' : 's'} · ${row.position} of ${total}</span>`,
    '</a>',
  ].join('');
}
