import type { AnyFeed, AtomFeed } from 'feedsmith';

/** Text a feed states, and whether it is HTML (to be read as such) or plain text. */
export type FeedText = { value: string; html: boolean };
/** A timestamp with the name of the element or key it came from ("pubDate", "published"). */
export type FeedStamp = { field: string; raw: string };

/** One item (RSS, RDF), entry (Atom) or item (JSON Feed), in the terms the reader needs. */
export type FeedEntry = {
  /** 1-based place in the feed, as an editor counts it. */
  position: number;
  title: FeedText | null;
  link: string | null;
  guid: string | null;
  body: FeedText | null;
  published: FeedStamp | null;
  modified: FeedStamp | null;
  authors: string[];
  /** The outlet the item itself names (RSS `<source>`, Atom `<source><title>`). */
  outlet: FeedText | null;
  language: string | null;
};

export type FeedSummary = {
  kind: AnyFeed['format'];
  title: FeedText | null;
  link: string | null;
  language: string | null;
  entries: FeedEntry[];
};

/**
 * feedsmith's parsed feed (one shape per format) -> one shape. Which field wins where a format has
 * several: body = `content:encoded` / Atom content / JSON `content_html` or `content_text`, else the
 * description / summary; published = pubDate (RSS), published (Atom), date_published (JSON), dc:date
 * when there is nothing else; modified = dc:date beside a pubDate, Atom updated, date_modified.
 * Authors of the feed stand for an entry's when it names none (the Atom and JSON Feed rule).
 */
export function feedEntries(parsed: AnyFeed): FeedSummary {
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const f = parsed.feed;
      const items = f.items ?? [];
      return {
        kind: parsed.format,
        title: html(f.title),
        link: f.link ?? null,
        language: ('language' in f ? f.language : undefined) ?? f.dc?.languages?.[0] ?? f.xml?.lang ?? null,
        entries: items.map((item, i) => {
          const pubDate = 'pubDate' in item ? item.pubDate : undefined;
          const dcDate = item.dc?.dates?.[0];
          const guid = 'guid' in item ? item.guid : undefined;
          const source = 'source' in item ? item.source : undefined;
          const authors = 'authors' in item ? (item.authors ?? []).map((a) => a.name) : [];
          return {
            position: i + 1,
            title: html(item.title),
            link: item.link ?? (guid && guid.isPermaLink !== false ? guid.value : null) ?? null,
            guid: guid?.value ?? null,
            body: html(item.content?.encoded) ?? html(item.description),
            published: pubDate ? stamp('pubDate', pubDate) : dcDate ? stamp('dc:date', dcDate) : null,
            modified: pubDate && dcDate ? stamp('dc:date', dcDate) : null,
            authors: names([...authors, ...(item.dc?.creators ?? [])]),
            outlet: html(source?.title),
            language: item.dc?.languages?.[0] ?? item.xml?.lang ?? null,
          };
        }),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      const feedAuthors = names((f.authors ?? []).map((a) => a.name));
      return {
        kind: 'atom',
        title: atomText(f.title),
        link: alternate(f.links),
        language: f.xml?.lang ?? null,
        entries: (f.entries ?? []).map((e, i) => {
          const own = names((e.authors ?? []).map((a) => a.name));
          return {
            position: i + 1,
            title: atomText(e.title),
            link: alternate(e.links),
            guid: e.id ?? null,
            body: atomContent(e.content) ?? atomText(e.summary),
            published: e.published ? stamp('published', e.published) : null,
            modified: e.updated ? stamp('updated', e.updated) : null,
            authors: own.length > 0 ? own : feedAuthors,
            outlet: atomText(e.source?.title),
            language: e.xml?.lang ?? null,
          };
        }),
      };
    }
    case 'json': {
      const f = parsed.feed;
      const feedAuthors = names((f.authors ?? []).map((a) => a.name));
      return {
        kind: 'json',
        title: plain(f.title),
        link: f.home_page_url ?? null,
        language: f.language ?? null,
        entries: (f.items ?? []).map((item, i) => {
          const own = names((item.authors ?? []).map((a) => a.name));
          return {
            position: i + 1,
            title: plain(item.title),
            link: item.url ?? null,
            guid: item.id ?? null,
            body: html(item.content_html) ?? plain(item.content_text) ?? plain(item.summary),
            published: item.date_published ? stamp('date_published', item.date_published) : null,
            modified: item.date_modified ? stamp('date_modified', item.date_modified) : null,
            authors: own.length > 0 ? own : feedAuthors,
            outlet: null,
            language: item.language ?? null,
          };
        }),
      };
    }
  }
}

function stamp(field: string, raw: unknown): FeedStamp | null {
  return typeof raw === 'string' && raw.trim() ? { field, raw: raw.trim() } : null;
}

/** RSS titles and descriptions are HTML in practice (escaped markup, entities), so read as HTML. */
function html(value: unknown): FeedText | null {
  return typeof value === 'string' && value.trim() ? { value, html: true } : null;
}

function plain(value: unknown): FeedText | null {
  return typeof value === 'string' && value.trim() ? { value, html: false } : null;
}

/** Atom says what its text is: `text` (the default) is plain; `html` and `xhtml` are markup. */
function atomText(t: AtomFeed.Text | undefined): FeedText | null {
  if (!t || typeof t.value !== 'string' || !t.value.trim()) return null;
  return { value: t.value, html: t.type === 'html' || t.type === 'xhtml' };
}

/** Atom content: inline text or markup; out-of-line (`src`) or media content carries no text here. */
function atomContent(c: AtomFeed.Content | undefined): FeedText | null {
  if (!c || c.src || typeof c.value !== 'string' || !c.value.trim()) return null;
  const type = (c.type ?? 'text').toLowerCase();
  if (type === 'html' || type === 'xhtml' || type.includes('html')) return { value: c.value, html: true };
  if (type === 'text' || type.startsWith('text/')) return { value: c.value, html: false };
  return null;
}

/** The link an Atom element points readers to: rel="alternate" (or no rel), an HTML one first. */
function alternate(links: AtomFeed.Link<string>[] | undefined): string | null {
  const candidates = (links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  const best = candidates.find((l) => !l.type || l.type.includes('html')) ?? candidates[0];
  return best?.href ?? null;
}

function names(list: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const n of list) {
    const name = n?.replace(/\s+/g, ' ').trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
