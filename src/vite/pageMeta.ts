import type { Dataset, TimelineEvent } from '../shared/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { NameLookup } from './eventFacts.ts';
import { ABOUT_PAGE_PATH, absoluteUrl, eventPagePath, SOCIAL_CARD_PATH, type SiteUrls } from './siteUrls.ts';

export const SITE_NAME = 'News timeline';
export const DESCRIPTION_LENGTH = 160;

/** Size and description of public/social-card.png, announced to link-preview crawlers. */
const CARD = {
  width: 1200,
  height: 630,
  alt: 'News timeline: events traced to the sentences that report them',
};

/** What the head of one generated page says about it; all plain text, escaped when rendered. */
export type PageMeta = {
  /** The document title, site name included. */
  title: string;
  /** og:title and twitter:title: the page's own title, the site name travels as og:site_name. */
  shareTitle: string;
  description: string;
  canonicalUrl: string;
  imageUrl: string;
  type: 'website' | 'article';
};

/** `Putin and Trump speak by phone · Thu 3 Jul 2025`; undated events say so. */
export function eventHeading(event: Pick<TimelineEvent, 'title' | 'date'>): string {
  return `${event.title} · ${event.date?.label ?? 'Undated'}`;
}

/**
 * At most `max` characters: cut at the last word boundary that leaves room for an ellipsis, never in
 * the middle of a word unless the first word alone is too long.
 */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, Math.max(0, max - 1));
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * `Thu 3 Jul 2025 · Vladimir Putin, Donald Trump · “Thursday's call follows…”`: the date, who was
 * involved and the first source's words, in at most DESCRIPTION_LENGTH characters, the quote shortened
 * first so its closing mark survives.
 */
export function describeEvent(event: TimelineEvent, names: NameLookup): string {
  const people = event.people.map(names.person).join(', ');
  const prefix = [event.date?.label ?? 'Undated', people].filter(Boolean).join(' · ');
  const quote = event.sources[0]?.quote;
  if (!quote) return truncateText(prefix, DESCRIPTION_LENGTH);
  const room = DESCRIPTION_LENGTH - prefix.length - ' · “”'.length;
  if (room < 20) return truncateText(prefix, DESCRIPTION_LENGTH);
  return `${prefix} · “${truncateText(quote, room)}”`;
}

export function buildEventMeta(event: TimelineEvent, names: NameLookup, urls: SiteUrls): PageMeta {
  const shareTitle = eventHeading(event);
  return {
    title: `${shareTitle} — ${SITE_NAME}`,
    shareTitle,
    description: describeEvent(event, names),
    canonicalUrl: absoluteUrl(urls, eventPagePath(event.id)),
    imageUrl: absoluteUrl(urls, SOCIAL_CARD_PATH),
    type: 'article',
  };
}

export function buildAboutMeta(dataset: Pick<Dataset, 'pages' | 'articles'>, urls: SiteUrls): PageMeta {
  const pages = dataset.pages.length;
  return {
    title: `About the data — ${SITE_NAME}`,
    shareTitle: 'About the data',
    description: truncateText(
      `The ${pages} captured ${pages === 1 ? 'page' : 'pages'} and ${dataset.articles.length} articles behind the timeline: when each page was captured and how that was worked out.`,
      DESCRIPTION_LENGTH,
    ),
    canonicalUrl: absoluteUrl(urls, ABOUT_PAGE_PATH),
    imageUrl: absoluteUrl(urls, SOCIAL_CARD_PATH),
    type: 'website',
  };
}

/** The home view keeps index.html's own title and description. */
export function buildHomeMeta(description: string, urls: SiteUrls): PageMeta {
  return {
    title: SITE_NAME,
    shareTitle: SITE_NAME,
    description,
    canonicalUrl: absoluteUrl(urls, ''),
    imageUrl: absoluteUrl(urls, SOCIAL_CARD_PATH),
    type: 'website',
  };
}

/** The description, canonical link, Open Graph and Twitter tags for a page's head, one per line. */
export function renderMetaTags(meta: PageMeta): string[] {
  const tag = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return [
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(meta.canonicalUrl)}" />`,
    tag('property', 'og:type', meta.type),
    tag('property', 'og:site_name', SITE_NAME),
    tag('property', 'og:title', meta.shareTitle),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', meta.canonicalUrl),
    tag('property', 'og:image', meta.imageUrl),
    tag('property', 'og:image:width', String(CARD.width)),
    tag('property', 'og:image:height', String(CARD.height)),
    tag('property', 'og:image:alt', CARD.alt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.shareTitle),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.imageUrl),
    tag('name', 'twitter:image:alt', CARD.alt),
  ];
}
