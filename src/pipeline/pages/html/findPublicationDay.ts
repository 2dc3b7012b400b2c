import { fromDateLine } from './dateLine.ts';
import {
  fromJsonLd,
  fromMeta,
  fromTime,
  fromUrl,
  MODIFIED_META,
  PUBLISHED_META,
  type Clue,
} from './dayClues.ts';
import { all, type DomDocument } from './dom.ts';

/** A day with one short sentence per clue that fixed it. */
export type PageDay = { day: string; evidence: string[] };
export type PageDays = { published: PageDay | null; modified: PageDay | null };

/**
 * The publication day and, apart from it, the last-modified day of a page, by a cascade in the
 * spirit of htmldate: JSON-LD article `datePublished` -> article meta tags -> `<time datetime>` in
 * the article (or the page's microdata datePublished) -> a date in the URL path -> a visible date
 * line beside the headline. No footer, copyright, comment or related-link date is ever used: no day
 * beats a wrong one.
 *
 * Time zones: the day is the one written. A time stated in UTC (`2023-11-09T01:09:55Z`) carries the
 * UTC day, which is the publisher's previous or next day when it lives far from Greenwich; when the
 * page also writes its own day (the address's date, a time with its own offset or no zone, the date
 * line) and that day is the UTC day's neighbour that the UTC time of day allows, the publisher's own
 * day is taken, and both clues are shown.
 */
export function findPublicationDay(
  doc: DomDocument,
  jsonLd: readonly unknown[],
  url: string | null,
): PageDays {
  const ld = fromJsonLd(jsonLd);
  const meta = fromMeta(doc, PUBLISHED_META);
  const time = fromTime(doc);
  const address = fromUrl(url);
  let line: Clue | null | undefined;
  const dateLine = () => (line === undefined ? (line = fromDateLine(doc, titlesOf(doc, jsonLd))) : line);
  const first = ld.published[0] ?? meta[0] ?? time[0] ?? address ?? dateLine();
  let published: PageDay | null = first ? { day: first.day, evidence: [first.clue] } : null;
  if (first && first.offset === 0 && first.minutes !== null) {
    const locals = [...ld.published, ...meta, ...time, dateLine(), address].filter(
      (c): c is Clue => c !== null && c.offset !== 0,
    );
    published = ownDay(first, first.minutes, locals);
  }
  const m = ld.modified[0] ?? fromMeta(doc, MODIFIED_META)[0] ?? null;
  const modified = m && (!published || m.day > published.day) ? { day: m.day, evidence: [m.clue] } : null;
  return { published, modified };
}

/** West of -10:00 (Hawaii) and east of +14:00 no publisher lives: the bounds of a day's shift by zone. */
const WEST = -10 * 60;
const EAST = 14 * 60;

/**
 * A UTC stamp's day -> the publisher's own day, when the first clue that writes a day in the
 * publisher's terms is the UTC day's neighbour and is the same moment: a time with its own offset
 * must name the UTC time; a time with no zone must differ from it by a whole quarter hour within the
 * world's offsets; a bare date needs a UTC time of day that some offset moves across midnight.
 * A clue that names the UTC day itself ends the search: the UTC day stands.
 */
function ownDay(utc: Clue, minutes: number, locals: readonly Clue[]): PageDay {
  for (const local of locals) {
    const k = dayDiff(local.day, utc.day);
    if (k === 0) break;
    if (Math.abs(k) !== 1 || !sameMoment(minutes, local, k)) continue;
    return {
      day: local.day,
      evidence: [
        local.clue,
        `${utc.clue.replace(/\.$/, '')} in UTC: a day ${k < 0 ? 'later' : 'earlier'} only by the time zone, so the day the publisher wrote is taken.`,
      ],
    };
  }
  return { day: utc.day, evidence: [utc.clue] };
}

function sameMoment(utcMinutes: number, local: Clue, k: number): boolean {
  if (local.minutes === null) return k < 0 ? utcMinutes < -WEST : utcMinutes >= 24 * 60 - EAST;
  const shift = local.minutes + k * 24 * 60 - utcMinutes;
  if (local.offset !== null) return Math.abs(shift - local.offset) <= 1;
  return shift >= WEST && shift <= EAST && shift % 15 === 0;
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** What the page calls its title: og:title, twitter:title, JSON-LD headlines, and the <title> text and its parts. */
function titlesOf(doc: DomDocument, jsonLd: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const el of all(doc, 'meta[property="og:title"], meta[name="twitter:title"], meta[name="title"]')) {
    const c = el.getAttribute('content');
    if (c) out.push(c);
  }
  const stack: unknown[] = [...jsonLd];
  for (let n = 0; stack.length > 0 && n < 1000; n++) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      if (typeof o.headline === 'string') out.push(o.headline);
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  const title = doc.title ?? '';
  out.push(title, ...title.split(/\s+[|\u2013\u2014\-:·»]+\s+/));
  return out;
}
