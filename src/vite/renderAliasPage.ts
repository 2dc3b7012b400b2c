import type { TimelineEvent } from '../shared/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { NameLookup } from './eventFacts.ts';
import { fillTemplate } from './htmlTemplate.ts';
import { buildEventMeta, eventHeading } from './pageMeta.ts';
import { indent } from './siteHeader.ts';
import { eventPagePath, sitePath, type SiteUrls } from './siteUrls.ts';

const HEAD_END = /[ \t]*<\/head>/i;

/**
 * `events/<old id>/index.html` for an alias: an id the event had before a correction (or a merge).
 * Made from the built index.html like every page, so with JavaScript the app starts, finds the alias
 * and replaces the address with the event's own. Without JavaScript, a refresh inside <noscript> takes
 * the reader there at once (no inline script: the strict CSP allows none), and the page says where the
 * event went with a plain link. Head tags are the event's own, canonical URL included, so search
 * engines and link previews of the old address show the event under its current one.
 */
export function renderAliasPage(
  template: string,
  event: TimelineEvent,
  context: { names: NameLookup; urls: SiteUrls; header: string[] },
): string {
  const { names, urls, header } = context;
  if (!HEAD_END.test(template)) throw new Error('index.html has no </head> for the alias pages');
  const href = escapeHtml(sitePath(urls, eventPagePath(event.id)));
  const main = [
    '<h1 class="event-title">This event has a new address</h1>',
    '<p>Its date or title was corrected, or it was merged with another report of the same event, so',
    '  its link changed. It is now at:</p>',
    `<p class="moved-to"><a href="${href}">${escapeHtml(eventHeading(event))}</a></p>`,
  ];
  const root = indent(
    [...header, '<main id="main" class="static-event">', ...indent(main, 1), '</main>'],
    3,
  ).join('\n');
  const html = fillTemplate(template, { meta: buildEventMeta(event, names, urls), root });
  const refresh = `<noscript><meta http-equiv="refresh" content="0; url=${href}" /></noscript>`;
  return html.replace(HEAD_END, (end) => `    ${refresh}\n${end}`);
}
