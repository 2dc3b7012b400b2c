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
 *   of the page's links lead to, which for a syndicated copy is the syndicator's (a "READ MORE: ..."
 *   line, "À lire aussi » <link>", a list of "more on" links), and the short label ending in a colon
 *   just before a run of them. A linked line to another site (a petition, a report cited) is the article's own text;
 * - boxes that are no prose, each described at its function: lists of service boxes (a heading of a
 *   word or two over a link: "Download … the app", "Subscribe … Order Now"), sign-up lines linking a
 *   subscription or newsletter page, the label of a video player or of a CMS embed placeholder, and
 *   the label of a box of links to the site's own pages (dropped from the text after Readability).
 *   And one thing is kept that Readability drops: a list of steps that each carry a photo.
 */
const CHROME_NAME =
  /(?:^|[\s_-])(?:captions?|cptn|credits?|promos?|newsletters?|signup|sign-up|subscribe|breadcrumbs?|share|sharing|sharebar|social-share|sfsi|cookie|consent|content-blocker|adspot|ad-label)(?:[\s_-]|$)/i;

/** Text longer than this is never cut as chrome by its class or id. */
const MAX_NAMED_CHROME_CHARS = 1000;
/** A link paragraph is short; a long paragraph with many links is prose. */
const MAX_LINK_PARAGRAPH_CHARS = 300;
const LINK_SHARE = 0.75;
const KEPT = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

type ChromeElement = DomElement & {
  previousElementSibling?: DomElement | null;
  nextElementSibling?: DomElement | null;
  firstElementChild?: DomElement | null;
};

/**
 * Removes the chrome described above from `doc` in place. Returns the texts of the labels of link
 * boxes and embeds (linkBoxLabels, embedLabels), which are left in the document and dropped from the
 * body by dropChromeLines once Readability has run. `pageUrl` (the canonical or fetched address) tells the site's own links
 * from others; without it every link counts as the site's own.
 */
export function cutChrome(doc: DomDocument, pageUrl: string | null = null): Set<string> {
  const sites = pageUrl ? [siteOf(pageUrl), mostLinkedSite(doc)].filter((s): s is string => !!s) : [];
  for (const el of all(doc, '[class], [id]')) {
    if (KEPT.has(el.tagName.toUpperCase()) || !el.parentNode) continue;
    if (!CHROME_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    if ((el.textContent ?? '').length >= MAX_NAMED_CHROME_CHARS) continue;
    el.remove();
  }
  const labels: ChromeElement[] = [];
  for (const p of all(doc, 'p') as ChromeElement[]) {
    if (!p.parentNode || !isLinkParagraph(p, sites)) continue;
    const before = p.previousElementSibling;
    if (before && isRunLabel(before)) labels.push(before);
    p.remove();
  }
  for (const label of labels) {
    if (!label.parentNode) continue;
    label.remove();
  }
  // Labels are dropped from the text once Readability has run, never from the document: cutting a
  // player's or a link box's label changes which blocks Readability keeps (a playlist came back).
  const dropLater = new Set([...linkBoxLabels(doc, sites), ...embedLabels(doc)].map((el) => textOf(el)));
  for (const el of [...serviceLists(doc), ...signUpLines(doc)]) {
    if (!el.parentNode) continue;
    el.remove();
  }
  keepStepLists(doc);
  return dropLater;
}

/**
 * The label of a box of links to the site's own pages ("more from our cities", "Quick Links"): a
 * short line right before three or more links side by side (or a list of them) that hold nine
 * tenths of the box's text. Readability drops such a box for its links but may keep the label
 * standing alone; the box itself is left to Readability (cutting it changes which block it takes).
 * A box linking other sites (sources, a reading list) keeps its label. Found from the links up, so
 * each box is measured once.
 */
function linkBoxLabels(doc: DomDocument, sites: readonly string[]): DomElement[] {
  const boxes = new Set<DomElement>();
  for (const a of all(doc, 'a[href]')) {
    let box = a.parentNode;
    if (box && box.tagName.toUpperCase() === 'LI') box = box.parentNode;
    if (box && /^(?:DIV|UL|OL|NAV|SECTION)$/i.test(box.tagName)) boxes.add(box);
  }
  const labels: DomElement[] = [];
  for (const box of boxes) {
    const label = (box as ChromeElement).previousElementSibling;
    const said = textOf(label ?? null);
    if (!label || said.length === 0 || said.length > 60 || /[.!?:]$/.test(said)) continue;
    if (label.querySelector('a[href]')) continue;
    const links = all(box, 'a[href]');
    if (links.length < 3) continue;
    const text = textOf(box);
    if (text.length > 1500) continue;
    const linked = links.reduce((n, a) => n + textOf(a).length, 0);
    if (linked < 0.9 * text.length) continue;
    const offSite = (a: DomElement) => {
      const host = absoluteHost(a.getAttribute('href'));
      return !!host && sites.length > 0 && !sites.some((site) => sameSite(host, site));
    };
    if (!links.some(offSite)) labels.push(label);
  }
  return labels;
}

/** Words naming what a player shows, in the languages of the dev pages and their neighbours. */
const MEDIUM_WORDS =
  /\b(?:videos?|vidéos?|vídeos?|watch|regardez|ansehen|gallery|galerie|galería|photos?|pictures|fotos?|listen|écoutez|podcast|audio)\b/i;

/** Headings and a lone bold line: what can label an embed. */
const LABEL = 'h2, h3, h4, h5, h6, p';
/** Embedded players: no text of their own once their scripts are gone. */
const MEDIA = 'video, audio, iframe, object, embed';

/**
 * Lists of service boxes ("Download / The News App for Latest City News", "Subscribe / Start your
 * mornings with the paper! Order Now"): every item opens with a heading of at most three words and
 * holds a link, the whole list short. An article's own list items are prose, not headed links.
 */
function serviceLists(doc: DomDocument): DomElement[] {
  return all(doc, 'ul, ol').filter((list) => {
    const items = all(list, 'li').filter((li) => li.parentNode === list) as ChromeElement[];
    if (items.length === 0 || textOf(list).length > 400) return false;
    return items.every((li) => {
      const head = li.firstElementChild;
      return (
        !!head &&
        /^H[1-6]$/i.test(head.tagName) &&
        textOf(head).split(' ').length <= 3 &&
        li.querySelector('a[href]') !== null &&
        textOf(li).length <= 200
      );
    });
  });
}

/** The path of a subscription, newsletter or sign-up page. */
const SIGN_UP_PATH = /\/(?:subscribe|subscriptions?|newsletters?|sign-?up|register)(?:[/?#.]|$)/i;
/** Words of a sign-up call, in the languages of the dev pages and their neighbours. */
const SIGN_UP_WORDS =
  /subscri|newsletter|sign[ -]?up|abonn|inscri|anmeld|registr|suscr|iscriv|nieuwsbrief|aanmeld/i;

/**
 * A short line calling the reader to sign up ("Subscribe to our daily newsletter here."): it links
 * to a subscription or newsletter page and says so. A sentence of the story that links such a page
 * without asking for a sign-up is kept.
 */
function signUpLines(doc: DomDocument): DomElement[] {
  return all(doc, 'p, li').filter((el) => {
    const text = textOf(el);
    if (text.length === 0 || text.length > 300 || !SIGN_UP_WORDS.test(text)) return false;
    return all(el, 'a[href]').some((a) => SIGN_UP_PATH.test(pathOf(a.getAttribute('href'))));
  });
}

function pathOf(href: string | null): string {
  try {
    return new URL(href ?? '', 'https://x.invalid/').pathname;
  } catch {
    return '';
  }
}

/**
 * The label of an embed ("En vidéo, 4 aliments …", "Gallery: … (Photo Services)"): a short heading,
 * or a paragraph all in bold, that names the medium ("video", "gallery", "listen") right before an
 * element with no text that holds a player (video, audio, iframe, object); or a line the CMS marks as
 * an embed's placeholder (`data-embed-*`). The player gives no text, so its label would stand alone
 * in the body. A section heading before a player ("2. Couchsurfing and Airbnb" over a clip) names no
 * medium and stays; an image (an ad, a photo) after a heading is no player.
 */
function embedLabels(doc: DomDocument): DomElement[] {
  return (all(doc, LABEL) as ChromeElement[]).filter((el) => {
    const text = textOf(el);
    if (text.length === 0 || text.length > 120) return false;
    if (el.tagName.toUpperCase() === 'P' && textOf(el.querySelector('strong, b')) !== text) return false;
    // A CMS's placeholder for an embed (`data-embed-id`, `data-embed-type`) is its label.
    if (el.getAttribute('data-embed-id') !== null || el.getAttribute('data-embed-type') !== null) return true;
    const next = el.nextElementSibling;
    return !!next && textOf(next) === '' && isEmbed(next) && MEDIUM_WORDS.test(text);
  });
}

function isEmbed(el: DomElement): boolean {
  return el.querySelector(MEDIA) !== null || /^(?:VIDEO|AUDIO|IFRAME|OBJECT|EMBED)$/i.test(el.tagName);
}

/**
 * Keeps lists of steps: Readability drops a list holding more images than paragraphs as a gallery,
 * which takes a recipe's directions (each step a sentence and its photo) with it. The images of a list
 * whose items mostly hold a line of text (20 characters or more) are removed instead: the body is
 * text, and the list is then judged by its text. A gallery's items are pictures with short captions;
 * a playlist's or a story list's are links.
 */
function keepStepLists(doc: DomDocument): void {
  for (const list of all(doc, 'ul, ol')) {
    const items = all(list, 'li').filter((li) => li.parentNode === list);
    const prose = items.filter((li) => textOf(li).length >= 20).length;
    if (items.length < 2 || prose * 2 < items.length) continue;
    // A playlist or a list of stories is links with thumbnails: Readability's judgement stands.
    const linked = all(list, 'a[href]').reduce((n, a) => n + textOf(a).length, 0);
    if (linked > 0.5 * textOf(list).length) continue;
    for (const img of all(list, 'img')) img.remove();
  }
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
export function dropChromeLines(
  paragraphs: readonly string[],
  labels: ReadonlySet<string> = new Set(),
): string[] {
  const kept = paragraphs.filter((p) => !AD_LABEL.test(p.trim()) && !labels.has(p.trim()));
  while (kept.length > 0 && isTrailingLabel(kept[kept.length - 1] ?? '')) kept.pop();
  return kept;
}

function isTrailingLabel(p: string): boolean {
  const t = p.trim();
  return t.length <= 120 && t.endsWith(':');
}
