import type { ArticleMeta } from '../pageFormat.ts';
import { feedDay } from './feedDay.ts';
import type { FeedEntry, FeedStamp, FeedText } from './feedEntries.ts';
import type { ArticleDraft } from './joinArticles.ts';
import type { WarningTally } from './warningTally.ts';

/** What every item of one feed shares: how text is read, the feed's address, outlet and language. */
export type EntryContext = {
  text: (t: FeedText | null) => string;
  base: string | null;
  outlet: string | null;
  language: string | null;
};

/** Longest headline made from the start of an untitled item's text. */
const HEADLINE_FROM_TEXT = 100;

/**
 * One feed item -> an article, or null (with a warning naming the item) when it has neither title nor
 * text. headline = the title (else the start of the text, with a warning); url = the link resolved
 * against the feed's address, kept only when http(s); publishedOn = the day of its pubDate /
 * published / date_published in the time zone written, with one evidence sentence; modifiedOn = the
 * update day when it is another day; outlet = the item's `<source>`, else the feed's title.
 */
export function entryArticle(entry: FeedEntry, ctx: EntryContext, tally: WarningTally): ArticleDraft | null {
  const title = oneLine(ctx.text(entry.title));
  const text = ctx.text(entry.body);
  const label = `item ${entry.position}${title ? ` ("${clip(title, 60)}")` : entry.guid ? ` (${clip(entry.guid, 80)})` : ''}`;
  if (!title && !text) {
    tally.add(
      'empty',
      `${label} has no title and no text; not kept as an article`,
      'items with no title and no text',
    );
    return null;
  }
  let headline = title;
  if (!headline) {
    headline = headlineFromText(text);
    tally.add(
      'untitled',
      `${label} has no title; its headline is the start of its text`,
      'items with no title',
    );
  }
  const meta: ArticleMeta = {
    ...dates(entry.published, entry.modified),
    url: itemUrl(entry.link, ctx.base, label, tally),
    authors: entry.authors,
    language: primaryLanguage(entry.language ?? ctx.language),
  };
  return {
    role: 'main',
    outlet: oneLine(ctx.text(entry.outlet)) || ctx.outlet,
    syndicatedFrom: null,
    headline,
    ageText: null,
    copyrightYear: null,
    meta,
    text,
  };
}

function dates(published: FeedStamp | null, modified: FeedStamp | null): ArticleMeta {
  const changed = modified ? feedDay(modified.raw) : null;
  if (!published) {
    const only = modified
      ? ` (only when it was last updated: ${modified.field} "${clip(modified.raw, 40)}")`
      : '';
    return {
      publishedOn: null,
      publishedOnEvidence: [`The feed item states no publication date${only}.`],
      modifiedOn: changed?.ok ? changed.day : null,
    };
  }
  const day = feedDay(published.raw);
  const said = `The feed item's ${published.field} says "${clip(published.raw, 40)}"`;
  if (!day.ok) {
    return {
      publishedOn: null,
      publishedOnEvidence: [`${said}, which gives no day: ${day.why}.`],
      modifiedOn: changed?.ok ? changed.day : null,
    };
  }
  return {
    publishedOn: day.day,
    publishedOnEvidence: [`${said}: published on ${day.day} in the time zone written.`],
    modifiedOn: changed?.ok && changed.day !== day.day ? changed.day : null,
  };
}

/** The item's link as an absolute http(s) address, or null with a warning saying why it was dropped. */
function itemUrl(
  link: string | null,
  base: string | null,
  label: string,
  tally: WarningTally,
): string | null {
  if (!link?.trim()) return null;
  const raw = link.trim();
  const baseUrl = httpUrl(base, undefined);
  const url = httpUrl(raw, baseUrl ?? undefined);
  if (url) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  // A link with another scheme (javascript:, data:) is named by its scheme only, never quoted.
  const what = scheme
    ? `its link is a "${clip(scheme, 20)}" address, not http(s)`
    : `its link "${clip(raw, 60)}" ${baseUrl ? 'is not a valid address' : 'is relative and the feed states no http(s) address to resolve it against'}`;
  tally.add('link', `${label}: ${what}; the article has no link`, 'items whose link was not kept');
  return null;
}

/** An absolute http(s) URL (resolved against `base`), normalised by the URL parser; else null. */
function httpUrl(raw: string | null, base: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "en-US" -> "en"; null for anything that is not a language tag. */
export function primaryLanguage(tag: string | null): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9-]*)?\s*$/i.exec(tag ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}

function headlineFromText(text: string): string {
  const first = oneLine(text.split('\n')[0] ?? '');
  if (first.length <= HEADLINE_FROM_TEXT) return first;
  const cut = first.slice(0, HEADLINE_FROM_TEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  const one = oneLine(s);
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
