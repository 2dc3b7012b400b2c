import type { Dataset } from '../shared/schema.ts';
import { createNameLookup } from './eventFacts.ts';
import { fillTemplate, readDescription } from './htmlTemplate.ts';
import { buildAboutMeta, buildEventMeta, buildHomeMeta, SITE_NAME } from './pageMeta.ts';
import { renderAboutPage } from './renderAboutPage.ts';
import { renderAliasPage } from './renderAliasPage.ts';
import { renderEventPage } from './renderEventPage.ts';
import { renderHomePage } from './renderHomePage.ts';
import { renderSiteHeader } from './siteHeader.ts';
import { ABOUT_PAGE_PATH, eventPagePath, indexFileFor, type SiteUrls } from './siteUrls.ts';

export type StaticPages = {
  /** index.html with canonical, Open Graph and Twitter tags for the home view. */
  home: string;
  /**
   * `events/<id>/index.html` for every event and for every alias (leading to its event), and
   * `about/index.html`, by output file name.
   */
  pages: Map<string, string>;
};

/**
 * Every HTML page of the site, made from the built index.html (`template`) so each one loads the same
 * hashed bundle. A page lives at `<path>/index.html`, so a plain static server answers `<path>/` with it.
 */
export function renderStaticPages(dataset: Dataset, template: string, urls: SiteUrls): StaticPages {
  const names = createNameLookup(dataset);
  const header = renderSiteHeader(urls, dataset, 'timeline');
  const pages = new Map<string, string>();
  dataset.events.forEach((event, i) => {
    const root = renderEventPage(event, {
      names,
      urls,
      header,
      previous: dataset.events[i - 1],
      next: dataset.events[i + 1],
    });
    pages.set(
      indexFileFor(eventPagePath(event.id)),
      fillTemplate(template, { meta: buildEventMeta(event, names, urls), root }),
    );
  });
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  for (const alias of dataset.aliases) {
    const event = eventById.get(alias.to);
    const file = indexFileFor(eventPagePath(alias.from));
    if (!event || pages.has(file))
      throw new Error(`alias ${alias.from} -> ${alias.to} names no event or a live one`);
    pages.set(file, renderAliasPage(template, event, { names, urls, header }));
  }
  pages.set(
    indexFileFor(ABOUT_PAGE_PATH),
    fillTemplate(template, { meta: buildAboutMeta(dataset, urls), root: renderAboutPage(dataset, urls) }),
  );
  const description =
    readDescription(template) ?? `${SITE_NAME}: events traced to the sentences that report them.`;
  const home = renderHomePage(dataset, urls, header);
  return { home: fillTemplate(template, { meta: buildHomeMeta(description, urls), root: home }), pages };
}
