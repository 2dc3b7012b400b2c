import { describe, expect, it } from 'vitest';
import { fromDateLine, readDateLine, timeOfDay } from './dateLine.ts';
import { parseDocument } from './dom.ts';

const TITLE = 'Pier closes for a year';
const BODY =
  '<p>The harbour board voted on Tuesday to close the old pier for repairs that will take a year.</p>' +
  '<p>Fishermen said the closure would cost them the autumn season, and asked for a temporary dock.</p>';
const dayOf = (body: string, titles: string[] = [TITLE]) =>
  fromDateLine(parseDocument(`<!doctype html><html><body>${body}</body></html>`), titles)?.day ?? null;

describe('readDateLine', () => {
  it.each([
    ['Published November 8, 2023', '2023-11-08', false],
    ['Posted on March 3, 2021 by Ann Lee', '2021-03-03', false],
    ['8 January 2020, 3:51 pm', '2020-01-08', false],
    ['Wednesday, Nov. 8, 2023 at 8:09 p.m. EST', '2023-11-08', false],
    ['By Ann Lee | 2023-11-08 20:09', '2023-11-08', false],
    ['Updated November 10, 2023', '2023-11-10', true],
    // A sentence that names a day is not a date line.
    ['The board voted on November 8, 2023 to close the old pier for repairs.', null, false],
    // Copyright lines are never a date line.
    ['© November 8, 2023 Coast News', null, false],
    ['Copyright 8 November 2023 Coast News', null, false],
    ['© 2023 Coast News', null, false],
    // Another number beside the date: a list of stories, a count.
    ['November 8, 2023 14 comments', null, false],
    ['No date here', null, false],
  ])('%s -> %s', (line, day, updated) => {
    const r = readDateLine(line);
    expect(r ? [r.day, r.updated] : null).toEqual(day ? [day, updated] : null);
  });
});

describe('timeOfDay', () => {
  it.each([
    ['11:15 PM', 23 * 60 + 15],
    ['at 18:29', 18 * 60 + 29],
    ['12:05 am', 5],
    ['12:05 pm', 12 * 60 + 5],
    ['8:09 p.m.', 20 * 60 + 9],
    ['13:00 pm', null],
    ['25:00', null],
    ['no time', null],
  ])('%s -> %s', (text, minutes) => {
    expect(timeOfDay(text)).toBe(minutes);
  });
});

describe('fromDateLine', () => {
  it.each([
    [
      'a "Published" line after the h1',
      `<article><h1>${TITLE}</h1><p>Published November 8, 2023</p>${BODY}</article>`,
      '2023-11-08',
    ],
    [
      'a byline with the date',
      `<h1>${TITLE}</h1><div class="byline">By Ann Lee | November 8, 2023 8:09 pm</div>${BODY}`,
      '2023-11-08',
    ],
    [
      'a date header before the headline',
      `<div class="post-date">Wednesday, November 8, 2023</div><h2>${TITLE}</h2>${BODY}`,
      '2023-11-08',
    ],
    [
      'a published line beats an updated one',
      `<h1>${TITLE}</h1><p>Updated November 10, 2023</p><p>Published November 8, 2023</p>${BODY}`,
      '2023-11-08',
    ],
    ['an updated line alone', `<h1>${TITLE}</h1><p>Updated November 10, 2023</p>${BODY}`, '2023-11-10'],
    [
      'a <time> beside the headline that writes no date',
      `<h1>${TITLE}</h1><time datetime="2023-11-08T20:09:00-05:00">8:09 pm</time>${BODY}`,
      '2023-11-08',
    ],
    ['a date in the footer', `<h1>${TITLE}</h1>${BODY}<footer>Posted November 1, 2023</footer>`, null],
    [
      'a date in a footer-classed div',
      `<h1>${TITLE}</h1>${BODY}<div class="site-footer"><p>November 1, 2023</p></div>`,
      null,
    ],
    [
      'a date in the comments',
      `<h1>${TITLE}</h1>${BODY}<div class="comments"><p>Ann</p><p>November 9, 2023 at 10:00 am</p></div>`,
      null,
    ],
    [
      'a date in related links',
      `<h1>${TITLE}</h1><ul class="related-stories"><li><a href="/x">Dock opens</a></li><li>November 1, 2023</li></ul>${BODY}`,
      null,
    ],
    ['a date in a sidebar', `<h1>${TITLE}</h1><div id="sidebar"><p>November 1, 2023</p></div>${BODY}`, null],
    [
      'a copyright line after a short body',
      `<h1>${TITLE}</h1><p>Short.</p><p>© November 8, 2023 Coast News</p>`,
      null,
    ],
    [
      'a date inside a sentence of the body',
      `<h1>${TITLE}</h1><p>The board voted on November 8, 2023 to close the old pier for repairs.</p>`,
      null,
    ],
    [
      'a date far below the headline',
      `<h1>${TITLE}</h1>${BODY.repeat(4)}<p>Published November 8, 2023</p>`,
      null,
    ],
    ['no headline that is the title', `<h1>Coast News</h1><p>Published November 8, 2023</p>${BODY}`, null],
  ])('%s -> %s', (_, body, day) => {
    expect(dayOf(body)).toBe(day);
  });

  it('the site name in an h1 that links to the front page is not the headline', () => {
    const body = `<h1><a href="/">${TITLE}</a></h1><p>Published November 1, 2023</p><h2>${TITLE}</h2><p>Published November 8, 2023</p>${BODY}`;
    expect(dayOf(body)).toBe('2023-11-08');
  });

  it('keeps the time of day of the line, with no offset', () => {
    const c = fromDateLine(
      parseDocument(`<html><body><h1>${TITLE}</h1><p>November 8, 2023 at 8:09 pm</p></body></html>`),
      [TITLE],
    );
    expect([c?.day, c?.minutes, c?.offset]).toEqual(['2023-11-08', 20 * 60 + 9, null]);
  });
});
