import type { Source, TimelineEvent } from '../shared/schema.ts';
import { weekdayDayMonthYear } from '../shared/dayFormat.ts';
import { authorsLine, originalLink } from '../shared/originalLink.ts';
import { escapeHtml } from './escapeHtml.ts';
import { countOutlets, reportedByLine, splitQuoteAtDate, type NameLookup } from './eventFacts.ts';
import { indent } from './siteHeader.ts';
import { ABOUT_PAGE_PATH, eventPagePath, sitePath, type SiteUrls } from './siteUrls.ts';

export type EventPageContext = {
  names: NameLookup;
  urls: SiteUrls;
  /** The site header's lines (renderSiteHeader), the same for every event page. */
  header: string[];
  /** The neighbours in the dataset's order, linked so crawlers and readers can walk the events. */
  previous?: Pick<TimelineEvent, 'id' | 'title'> | undefined;
  next?: Pick<TimelineEvent, 'id' | 'title'> | undefined;
};

/**
 * The event as plain HTML for the inside of `<div id="root">`: what a crawler or a reader without
 * JavaScript gets, and what the app replaces when it starts. Every string from the dataset is escaped;
 * the only markup is ours. Classes `static-event`, `event-title`, `event-date` and `source-card` are the
 * ones the app's event view uses, so the swap does not move the page.
 */
export function renderEventPage(event: TimelineEvent, context: EventPageContext): string {
  const { names, urls } = context;
  const main = [
    `<h1 class="event-title">${escapeHtml(event.title)}</h1>`,
    ...renderDate(event),
    ...(event.status === 'planned'
      ? ['<p class="event-status">Planned: not reported as done at the time of writing</p>']
      : []),
    ...(event.summary ? [`<p class="event-summary">${escapeHtml(event.summary)}</p>`] : []),
    ...renderFacets(event, names),
    `<section class="event-sources" aria-labelledby="event-sources-heading">`,
    `  <h2 id="event-sources-heading">${escapeHtml(reportedByLine(countOutlets(event, names)))}</h2>`,
    ...indent(
      event.sources.flatMap((s) => renderSource(s, names)),
      1,
    ),
    '</section>',
    ...renderNav(context),
  ];
  return indent(
    [...context.header, '<main id="main" class="static-event">', ...indent(main, 1), '</main>'],
    3,
  ).join('\n');

  function renderNav({ previous, next }: EventPageContext): string[] {
    const link = (path: string, text: string, rel?: string) =>
      `<a href="${escapeHtml(sitePath(urls, path))}"${rel ? ` rel="${rel}"` : ''}>${escapeHtml(text)}</a>`;
    const items = [
      previous ? link(eventPagePath(previous.id), `Previous: ${previous.title}`, 'prev') : null,
      next ? link(eventPagePath(next.id), `Next: ${next.title}`, 'next') : null,
      link('', 'All events on the timeline'),
      link(ABOUT_PAGE_PATH, 'About the data'),
    ].filter((item): item is string => item !== null);
    return [
      '<nav class="event-nav" aria-label="More events">',
      '  <ul>',
      ...items.map((item) => `    <li>${item}</li>`),
      '  </ul>',
      '</nav>',
    ];
  }
}

/** The date at its precision, or "Undated"; then the pipeline's warnings about the event, if any. */
function renderDate(event: TimelineEvent): string[] {
  const { date } = event;
  let line = '<p class="event-date event-undated">Undated</p>';
  if (date) {
    const label = escapeHtml(date.label);
    const text =
      date.precision === 'day' && !date.end
        ? `<time datetime="${escapeHtml(date.start)}">${label}</time>`
        : label;
    line = `<p class="event-date">${text}</p>`;
  }
  return [line, ...event.warnings.map((w) => `<p class="event-warning">${escapeHtml(w)}</p>`)];
}

function renderFacets(event: TimelineEvent, names: NameLookup): string[] {
  const facets: [string, string[]][] = [
    ['People', event.people.map(names.person)],
    ['Countries', event.countries.map(names.country)],
  ];
  const shown = facets.filter(([, values]) => values.length > 0);
  if (shown.length === 0) return [];
  return [
    '<dl class="event-facets">',
    ...shown.flatMap(([label, values]) => [
      `  <dt>${label}</dt>`,
      `  <dd>${values.map(escapeHtml).join(', ')}</dd>`,
    ]),
    '</dl>',
  ];
}

/** One source: who published it, the headline, the verbatim quote with its date marked, and the note. */
export function renderSource(source: Source, names: NameLookup): string[] {
  const article = names.article(source.articleId);
  let outlet: string;
  if (!article) outlet = `article ${escapeHtml(source.articleId)}`;
  else if (article.outlet === null) {
    outlet = `outlet not stated · page <span class="page-file">${escapeHtml(article.file)}</span>`;
  } else {
    outlet = escapeHtml(article.outlet);
    if (article.syndicatedFrom) outlet += ` · via ${escapeHtml(article.syndicatedFrom)}`;
  }
  const byAuthors = article ? authorsLine(article.authors) : '';
  if (byAuthors) outlet += ` · ${escapeHtml(byAuthors)}`;
  const link = originalLink(article?.url);
  const when = article?.publishedOn
    ? [
        `  <p class="source-when">published <time datetime="${escapeHtml(article.publishedOn)}">${escapeHtml(weekdayDayMonthYear(article.publishedOn) || article.publishedOn)}</time></p>`,
      ]
    : [];
  const original = link
    ? [
        `  <p class="source-original"><a href="${escapeHtml(link.href)}" target="_blank" rel="noopener noreferrer">Original article at ${escapeHtml(link.host)}<span class="visually-hidden"> (opens in a new tab)</span></a></p>`,
      ]
    : [];
  const parts = splitQuoteAtDate(source);
  const quote =
    parts.date === null
      ? escapeHtml(parts.before)
      : `${escapeHtml(parts.before)}<mark>${escapeHtml(parts.date)}</mark>${escapeHtml(parts.after)}`;
  return [
    '<article class="source-card">',
    `  <p class="source-outlet">${outlet}</p>`,
    ...(article ? [`  <h3 class="source-headline">${escapeHtml(article.headline)}</h3>`] : []),
    ...when,
    ...original,
    `  <blockquote class="source-quote"><p>${quote}</p></blockquote>`,
    ...(source.dateNote
      ? [`  <p class="source-date-note">How this date was worked out: ${escapeHtml(source.dateNote)}</p>`]
      : []),
    '</article>',
  ];
}
