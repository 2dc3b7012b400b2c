import { all, hasAncestor, textOf, type DomDocument, type DomElement } from './dom.ts';
import { parseDay } from './parseDay.ts';

export type DayClue = { day: string; clue: string };
export type PageDays = { published: DayClue | null; modified: DayClue | null };

const PUBLISHED_META = [
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
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
];
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;
/** Regions whose dates are not the article's: comments, related links, footers, sidebars. */
const NOT_ARTICLE = /comment|related|footer|sidebar|recommend|promo|widget|more-stories|trending/i;

/**
 * The publication day and, apart from it, the last-modified day of a page, by a cascade in the
 * spirit of htmldate: JSON-LD article `datePublished` -> article meta tags -> `<time datetime>` in
 * the article -> a date in the URL path. Each day comes with its clue in one short sentence. No
 * visible footer, copyright, comment or related-link date is ever used: no day beats a wrong one.
 */
export function findPublicationDay(
  doc: DomDocument,
  jsonLd: readonly unknown[],
  url: string | null,
): PageDays {
  const ld = fromJsonLd(jsonLd);
  const published = ld.published ?? fromMeta(doc, PUBLISHED_META) ?? fromTime(doc) ?? fromUrl(url);
  let modified = ld.modified ?? fromMeta(doc, MODIFIED_META);
  if (modified && published && modified.day <= published.day) modified = null;
  return { published, modified };
}

function fromJsonLd(items: readonly unknown[]): { published: DayClue | null; modified: DayClue | null } {
  for (const node of flatten(items)) {
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    const p = typeof node.datePublished === 'string' ? parseDay(node.datePublished) : null;
    const m = typeof node.dateModified === 'string' ? parseDay(node.dateModified) : null;
    if (!p && !m) continue;
    return {
      published: p
        ? { day: p, clue: `The page's structured data (${types[0]}) gives datePublished ${p}.` }
        : null,
      modified: m ? { day: m, clue: `The page's structured data gives dateModified ${m}.` } : null,
    };
  }
  return { published: null, modified: null };
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

function fromMeta(doc: DomDocument, names: readonly string[]): DayClue | null {
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
  for (const name of names) {
    const value = found.get(name);
    const d = value ? parseDay(value) : null;
    if (d) return { day: d, clue: `The page's ${name} meta tag gives ${d}.` };
  }
  return null;
}

function fromTime(doc: DomDocument): DayClue | null {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? null;
  if (!scope) return null;
  const outside = (e: DomElement) =>
    NOT_ARTICLE.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`) ||
    e.tagName === 'FOOTER' ||
    e.tagName === 'ASIDE';
  for (const el of all(scope, 'time[datetime], [itemprop="datePublished"]')) {
    if (hasAncestor(el, outside)) continue;
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el);
    const d = parseDay(value);
    if (d) return { day: d, clue: `A <time> element in the article gives ${d}.` };
  }
  return null;
}

function fromUrl(url: string | null): DayClue | null {
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
  return d ? { day: d, clue: `The page's address holds the date ${d} in its path.` } : null;
}
