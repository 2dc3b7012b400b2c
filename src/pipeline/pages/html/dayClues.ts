import { all, textOf, type DomDocument, type DomElement } from './dom.ts';
import { parseDay, parseStamp } from './parseDay.ts';

/**
 * One written day on a page with the sentence that tells a reader where it was read, and the time
 * of day (minutes) and UTC offset (minutes) written with it, null when not written. A time with
 * offset 0 is a UTC time: its day is the UTC day, not necessarily the publisher's.
 */
export type Clue = { day: string; clue: string; minutes: number | null; offset: number | null };

export const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.date',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'article.published',
  'article_date_original',
  'citation_publication_date',
  'citation_date',
  'date',
];
export const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;
/** Regions about other content: comments, related links, recommendations, other stories. */
const OTHER_STORIES = /comment|related|recommend|promo|more-stories|trending|teaser|newsletter/i;
/** The page's furniture: footers, sidebars, widgets. */
const FURNITURE = /footer|sidebar|widget/i;

function classAndId(e: DomElement): string {
  return `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
}

/** True for a region about other content (comments, related links, other stories). */
export function aboutOthers(e: DomElement): boolean {
  return OTHER_STORIES.test(classAndId(e));
}

/** True for an element that holds no date of the article: other stories' regions, footers, sidebars, asides. */
export function outsideArticle(e: DomElement): boolean {
  return aboutOthers(e) || FURNITURE.test(classAndId(e)) || e.tagName === 'FOOTER' || e.tagName === 'ASIDE';
}

/**
 * True when `el` or an ancestor below `stop` (an element that holds the article, whose own class
 * says nothing: a "sticky-sidebar-parent" wraps article and sidebar alike) passes `test`.
 */
export function inRegion(
  el: DomElement,
  test: (e: DomElement) => boolean,
  stop: (e: DomElement) => boolean = () => false,
): boolean {
  for (let e: DomElement | null = el; e && e.nodeType === 1; e = e.parentNode) {
    if (stop(e)) return false;
    if (test(e)) return true;
  }
  return false;
}

function clue(value: string, sentence: (day: string) => string): Clue | null {
  const s = parseStamp(value);
  return s ? { ...s, clue: sentence(s.day) } : null;
}

/** `datePublished` / `dateModified` of every article node in the page's JSON-LD, in page order. */
export function fromJsonLd(items: readonly unknown[]): { published: Clue[]; modified: Clue[] } {
  const published: Clue[] = [];
  const modified: Clue[] = [];
  for (const node of flatten(items)) {
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    const p =
      typeof node.datePublished === 'string'
        ? clue(
            node.datePublished,
            (d) => `The page's structured data (${types[0]}) gives datePublished ${d}.`,
          )
        : null;
    const m =
      typeof node.dateModified === 'string'
        ? clue(node.dateModified, (d) => `The page's structured data gives dateModified ${d}.`)
        : null;
    if (p) published.push(p);
    if (m) modified.push(m);
  }
  return { published, modified };
}

function flatten(items: readonly unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack = [...items];
  while (stack.length > 0 && out.length < 1000) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      out.unshift(o);
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  return out;
}

/** The days of the named meta tags, in the order of `names` (the first tag of each name counts). */
export function fromMeta(doc: DomDocument, names: readonly string[]): Clue[] {
  const found = new Map<string, string>();
  for (const el of all(doc, 'meta')) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !found.has(key)) found.set(key, content);
  }
  const out: Clue[] = [];
  for (const name of names) {
    const value = found.get(name);
    const c = value ? clue(value, (d) => `The page's ${name} meta tag gives ${d}.`) : null;
    if (c) out.push(c);
  }
  return out;
}

/**
 * `<time datetime>` elements in the page's `<article>` (or `<main>`) outside its comments, related
 * links, footers and asides, then microdata `itemprop="datePublished"` anywhere in the page when
 * every such mark outside comments and related links gives the same day (several days there are
 * other stories' days: none is taken).
 */
export function fromTime(doc: DomDocument): Clue[] {
  const out: Clue[] = [];
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? null;
  if (scope) {
    for (const el of all(scope, 'time[datetime], [itemprop="datePublished"]')) {
      if (inRegion(el, outsideArticle, (e) => e === scope)) continue;
      const c = clue(valueOf(el), (d) => `A <time> element in the article gives ${d}.`);
      if (c) out.push(c);
    }
  }
  const marks = all(doc, '[itemprop="datePublished"]')
    .filter((el) => el.tagName !== 'META' && !inRegion(el, aboutOthers))
    .map((el) => clue(valueOf(el), (d) => `The page marks ${d} as its datePublished (microdata).`))
    .filter((c): c is Clue => c !== null);
  const days = new Set(marks.map((c) => c.day));
  if (marks[0] && days.size === 1) out.push(marks[0]);
  return out;
}

function valueOf(el: DomElement): string {
  return el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el);
}

/** A full date in the address's path (`/2020/03/16/`, `/2020-03-16-`, `/20200316/`). */
export function fromUrl(url: string | null): Clue | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:\/|$|-)/.exec(path) ??
    /[/-]((?:19|20)\d\d)(\d\d)(\d\d)(?:\/|-|$)/.exec(path);
  if (!m) return null;
  const d = parseDay(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  return d
    ? { day: d, clue: `The page's address holds the date ${d} in its path.`, minutes: null, offset: null }
    : null;
}
