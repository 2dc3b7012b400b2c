import { all, textOf, type DomDocument, type DomElement } from './dom.ts';

/**
 * Page furniture that Readability keeps inside an article body, cut from the document before it
 * runs. Found on the dev pages' bodies by eye (bench/webpages/bodyCheck.json), kept general:
 *
 * - elements whose class or id names a caption, photo credit, promo, newsletter or sign-up box,
 *   share bar, breadcrumb trail, cookie/consent blocker or ad slot label (one token of the class
 *   or id, e.g. `wp-caption-text`, `img_cptn`, `newsletter-promo`, `ht-breadcrumb-new`,
 *   `_brlbs-content-blocker`, `td-adspot-title`; `sfsi` is the prefix of the widespread WordPress
 *   "Ultimate Social Media Icons" share bar). Only when short: an element holding 1,000 or more
 *   characters of text is never cut by its name, so a mis-named article container survives;
 * - paragraphs that are links to the site's own pages: three quarters or more of their text is
 *   link text and every link stays on the page's site — the canonical URL's host or the host most
 *   of the page's links lead to, which for a syndicated copy is the syndicator's (a "READ MORE: ..." line, "À lire aussi »
 *   <link>", a list of "more on" links), and the short label ending in a colon just before a run
 *   of them. A linked line to another site (a petition, a report cited) is the article's own text.
 */
const CHROME_NAME =
  /(?:^|[\s_-])(?:captions?|cptn|credits?|promos?|newsletters?|signup|sign-up|subscribe|breadcrumbs?|share|sharing|sharebar|social-share|sfsi|cookie|consent|content-blocker|adspot|ad-label)(?:[\s_-]|$)/i;

/** Text longer than this is never cut as chrome by its class or id. */
const MAX_NAMED_CHROME_CHARS = 1000;
/** A link paragraph is short; a long paragraph with many links is prose. */
const MAX_LINK_PARAGRAPH_CHARS = 300;
const LINK_SHARE = 0.75;
const KEPT = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

type ChromeElement = DomElement & { previousElementSibling?: DomElement | null };

/**
 * Removes the chrome described above from `doc` in place; returns how many elements it cut.
 * `pageUrl` (the canonical or fetched address) tells the site's own links from others; without it
 * every link counts as the site's own.
 */
export function cutChrome(doc: DomDocument, pageUrl: string | null = null): number {
  const sites = pageUrl ? [siteOf(pageUrl), mostLinkedSite(doc)].filter((s): s is string => !!s) : [];
  let cut = 0;
  for (const el of all(doc, '[class], [id]')) {
    if (KEPT.has(el.tagName.toUpperCase()) || !el.parentNode) continue;
    if (!CHROME_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    if ((el.textContent ?? '').length >= MAX_NAMED_CHROME_CHARS) continue;
    el.remove();
    cut += 1;
  }
  const labels: ChromeElement[] = [];
  for (const p of all(doc, 'p') as ChromeElement[]) {
    if (!p.parentNode || !isLinkParagraph(p, sites)) continue;
    const before = p.previousElementSibling;
    if (before && isRunLabel(before)) labels.push(before);
    p.remove();
    cut += 1;
  }
  for (const label of labels) {
    if (!label.parentNode) continue;
    label.remove();
    cut += 1;
  }
  return cut;
}

function isLinkParagraph(p: DomElement, sites: readonly string[]): boolean {
  if ((p.textContent ?? '').length > 3 * MAX_LINK_PARAGRAPH_CHARS) return false;
  const text = textOf(p);
  if (!text || text.length > MAX_LINK_PARAGRAPH_CHARS) return false;
  let linked = 0;
  for (const a of all(p, 'a[href]')) {
    const host = sites.length > 0 ? absoluteHost(a.getAttribute('href')) : null;
    if (host && !sites.some((site) => sameSite(host, site))) return false;
    linked += textOf(a).length;
  }
  return linked > 0 && linked >= LINK_SHARE * text.length;
}

/** A host without `www.`, or null when `url` is no absolute http(s) address. */
function siteOf(url: string | null): string | null {
  try {
    const u = new URL(url ?? '');
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '').toLowerCase() : null;
  } catch {
    return null;
  }
}

/** True when `host` is `site` or a host under or above it (news.example.com, example.com). */
function sameSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`);
}

/**
 * The host of an absolute http(s) link (`//host/...` included), without `www.`; null for a relative
 * link, which stays on the site that served the page whatever its canonical URL names.
 */
function absoluteHost(href: string | null): string | null {
  const h = (href ?? '').trim();
  if (!/^(?:https?:)?\/\//i.test(h)) return null;
  return siteOf(h.startsWith('//') ? `https:${h}` : h);
}

/** A host needs this many absolute links to be taken for the site's navigation. */
const MIN_NAVIGATION_LINKS = 5;

/** The host that most of the document's absolute links lead to (its navigation's), or null. */
function mostLinkedSite(doc: DomDocument): string | null {
  const counts = new Map<string, number>();
  for (const a of all(doc, 'a[href]')) {
    const host = absoluteHost(a.getAttribute('href'));
    if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [host, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = host;
  return best && (counts.get(best) ?? 0) >= MIN_NAVIGATION_LINKS ? best : null;
}

/** "More on coronavirus:", "Read more:" — a short line ending in a colon that introduces the links. */
function isRunLabel(el: DomElement): boolean {
  const text = textOf(el);
  return text.length > 0 && text.length <= 80 && text.endsWith(':');
}

/** Ad slot labels that stand alone as a line, in the languages of the dev pages and their neighbours. */
const AD_LABEL =
  /^(?:advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reclame|advertentie|reklama|annons|mainos)$/i;

/**
 * Body paragraphs -> the same without lines that are page furniture by their text alone: an ad slot
 * label standing alone, and trailing short lines ending in a colon (a share bar's "Follow us:", an
 * introduction to a list of links that was cut); an article does not end on a colon.
 */
export function dropChromeLines(paragraphs: readonly string[]): string[] {
  const kept = paragraphs.filter((p) => !AD_LABEL.test(p.trim()));
  while (kept.length > 0 && isTrailingLabel(kept[kept.length - 1] ?? '')) kept.pop();
  return kept;
}

function isTrailingLabel(p: string): boolean {
  const t = p.trim();
  return t.length <= 120 && t.endsWith(':');
}
