import type { TextNodeLike } from './blocksToText.ts';
import { aboutOthers, inRegion, outsideArticle, type Clue } from './dayClues.ts';
import { all, textOf, type DomDocument, type DomElement } from './dom.ts';
import { findDayInText, parseStamp } from './parseDay.ts';

/** Text read after the headline's end (and before its start) while looking for its date line. */
const AFTER_CHARS = 600;
const BEFORE_CHARS = 200;
/** A date line is short: a byline and a date, not a sentence or a caption that names a day. */
const MAX_LINE = 120;
const MAX_REST = 40;

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const TIME_OF_DAY = /\b\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)/gi;
const ZONE = /\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|JST)\b/g;
const LINE_WORDS =
  /\b(?:published|posted|updated|last|modified|first|on|at|by|date|time|and|edited|released|am|pm)\b/gi;
const UPDATED = /\b(?:updated|modified|edited)\b/i;
const COPYRIGHT = /©|&copy;|\bcopyright\b|\(c\)\s*\d/i;

/** A link to the site's front page: a heading that holds one is the site's name, not the article's. */
const FRONT_PAGE = /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i;

/**
 * The page's headline element: an h1, else an h2/h3, else a title-classed element whose text is the
 * page's title (or a part of it), outside comments and related links and not the site's own name.
 */
function findHeadline(doc: DomDocument, titles: readonly string[]): DomElement | null {
  const keys = titles.map(norm).filter((k) => k.length >= 8);
  if (!doc.body || keys.length === 0) return null;
  const matches = (el: DomElement) => {
    if (all(el, 'a[href]').some((a) => FRONT_PAGE.test((a.getAttribute('href') ?? '').trim()))) return false;
    const t = norm(textOf(el));
    if (t.length < 8 || t.length > 400) return false;
    return keys.some(
      (k) => k === t || (t.length >= 15 && k.includes(t)) || (k.length >= 15 && t.includes(k)),
    );
  };
  for (const selector of ['h1', 'h2, h3', '[class*="title"], [class*="headline"]']) {
    const hit = all(doc.body, selector).find((el) => !inRegion(el, aboutOthers) && matches(el));
    if (hit) return hit;
  }
  return null;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Line = { text: string; el: DomElement };

/** Text nodes in document order, each with its parent element; `anchor`'s own text is marked by its index range. */
function textLines(root: DomElement, anchor: DomElement): { lines: Line[]; start: number; end: number } {
  const lines: Line[] = [];
  let start = -1;
  let end = -1;
  const stack: Array<{ node: TextNodeLike; parent: DomElement } | 'leave'> = [{ node: root, parent: root }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'leave') {
      end = lines.length;
      continue;
    }
    const { node, parent } = item;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
      if (text) lines.push({ text, el: parent });
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node === (anchor as unknown as TextNodeLike)) {
      start = lines.length;
      stack.push('leave');
    }
    const kids = Array.from(node.childNodes);
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ node: kids[i]!, parent: node as unknown as DomElement });
  }
  return { lines, start, end };
}

type Found = Clue & { updated: boolean };

/** A short line that is a date and little else ("Posted on March 3, 2021 by Ann Lee", "8 January 2020, 3:51 pm"). */
export function readDateLine(line: string): { day: string; updated: boolean; match: string } | null {
  if (line.length > MAX_LINE || COPYRIGHT.test(line)) return null;
  const found = findDayInText(line);
  if (!found) return null;
  const rest = line
    .replace(found.match, ' ')
    .replace(TIME_OF_DAY, ' ')
    .replace(WEEKDAY, ' ')
    .replace(ZONE, ' ')
    .replace(LINE_WORDS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (rest.length > MAX_REST || /\d/.test(rest)) return null;
  return { day: found.day, updated: UPDATED.test(line), match: found.match };
}

/** The time of day a date line shows ("11:15 PM", "at 18:29"), in minutes; null when none. */
export function timeOfDay(text: string): number | null {
  const m = /\b(\d{1,2}):([0-5]\d)(?::[0-5]\d)?\s*(?:([ap])\.?m\b\.?)?/i.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half ? h < 1 || h > 12 : h > 23) return null;
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  return h * 60 + Number(m[2]);
}

function lineAt(line: Line, seen: Set<DomElement>, holders: Set<DomElement>): Found | null {
  if (inRegion(line.el, outsideArticle, (e) => holders.has(e))) return null;
  const whole = textOf(line.el);
  const el = whole.length <= MAX_LINE ? line.el : null;
  if (el && seen.has(el)) return null;
  if (el) seen.add(el);
  const text = el ? whole : line.text;
  const read = readDateLine(text);
  if (read) {
    const shown = text.length > 80 ? `${text.slice(0, 77)}...` : text;
    return {
      ...read,
      minutes: timeOfDay(text.replace(read.match, ' ')),
      offset: null,
      clue: `A date line beside the headline reads "${shown}": ${read.day}${read.updated ? ' (the only day shown, an update)' : ''}.`,
    };
  }
  const stamp = line.el.tagName === 'TIME' ? parseStamp(line.el.getAttribute('datetime') ?? '') : null;
  return stamp && findDayInText(text) === null && /\d/.test(text)
    ? {
        day: stamp.day,
        updated: false,
        minutes: stamp.minutes,
        offset: stamp.offset,
        clue: `A <time> element beside the headline gives ${stamp.day}.`,
      }
    : null;
}

/**
 * The last step of the publication-day cascade: a visible date line next to the headline (just after
 * it, or just before it as blogs put a date header). Only short lines that hold a date and the
 * words of a date line count; copyright lines, comments, related links, footers and sidebars never
 * do. A "published" line beats an "Updated ..." one; with no headline found, no day.
 */
export function fromDateLine(doc: DomDocument, titles: readonly string[]): Clue | null {
  const headline = findHeadline(doc, titles);
  if (!headline || !doc.body) return null;
  const { lines, start, end } = textLines(doc.body, headline);
  if (start < 0) return null;
  const seen = new Set<DomElement>([headline]);
  const holders = new Set<DomElement>();
  for (let e: DomElement | null = headline; e; e = e.parentNode) holders.add(e);
  const after: Found[] = [];
  for (
    let i = end, chars = 0;
    i < lines.length && chars <= AFTER_CHARS;
    chars += lines[i]!.text.length, i++
  ) {
    const f = lineAt(lines[i]!, seen, holders);
    if (f) after.push(f);
  }
  const before: Found[] = [];
  for (let i = start - 1, chars = 0; i >= 0 && chars <= BEFORE_CHARS; i--) {
    chars += lines[i]!.text.length;
    const f = lineAt(lines[i]!, seen, holders);
    if (f) before.push(f);
  }
  const best = [...after, ...before];
  const pick = best.find((f) => !f.updated) ?? best[0];
  return pick ? { day: pick.day, clue: pick.clue, minutes: pick.minutes, offset: pick.offset } : null;
}
