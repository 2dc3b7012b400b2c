import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.ts';
import { findPublicationDay } from './findPublicationDay.ts';

const ld = (datePublished: string, dateModified?: string) => [
  { '@type': 'NewsArticle', datePublished, dateModified },
];
const meta = (content: string) => `<meta property="article:published_time" content="${content}">`;
const doc = (head: string, body = '') =>
  parseDocument(
    `<!doctype html><html><head><title>Pier closes for a year | Coast News</title>${head}</head><body>${body}</body></html>`,
  );

describe("findPublicationDay: a UTC instant and the publisher's own day", () => {
  it.each([
    // 01:09 UTC on the 9th is 20:09 on the 8th at -05:00: the same moment, a day before.
    [
      'UTC vs local offset one day before',
      ld('2023-11-09T01:09:55Z'),
      meta('2023-11-08T20:09:55-05:00'),
      null,
      '',
      '2023-11-08',
    ],
    // 22:30 UTC on the 8th is 09:30 on the 9th at +11:00.
    [
      'UTC vs local offset one day after',
      ld('2023-11-08T22:30:00Z'),
      meta('2023-11-09T09:30:00+11:00'),
      null,
      '',
      '2023-11-09',
    ],
    [
      'UTC vs local on the same day',
      ld('2023-11-09T15:00:00Z'),
      meta('2023-11-09T10:00:00-05:00'),
      null,
      '',
      '2023-11-09',
    ],
    ['only a UTC instant', ld('2023-11-09T01:09:55Z'), '', null, '', '2023-11-09'],
    ['+00:00 is UTC too', ld('2023-11-09T01:09:55+00:00'), '', null, '', '2023-11-09'],
    // 20:09-05:00 is 01:09Z on the 9th only: 10:00-05:00 on the 8th is another moment.
    [
      'a local day before that is not the same moment',
      ld('2023-11-09T01:09:55Z'),
      meta('2023-11-08T10:00:00-05:00'),
      null,
      '',
      '2023-11-09',
    ],
    [
      'a local day two days off',
      ld('2023-11-09T01:09:55Z'),
      meta('2023-11-07T20:09:55-05:00'),
      null,
      '',
      '2023-11-09',
    ],
    // A bare date the day before needs a UTC time some offset (west to -10:00) takes across midnight.
    [
      'an address date the day before, early UTC time',
      ld('2023-11-09T03:00:00Z'),
      '',
      'https://c.example/2023/11/08/pier',
      '',
      '2023-11-08',
    ],
    [
      'an address date the day before, midday UTC',
      ld('2023-11-09T12:00:00Z'),
      '',
      'https://c.example/2023/11/08/pier',
      '',
      '2023-11-09',
    ],
    [
      // Without the meta tag the address would move the day to the 8th (see above).
      'a clue on the UTC day ends the search before a neighbour',
      ld('2023-11-09T01:09:55Z'),
      meta('2023-11-09'),
      'https://c.example/2023/11/08/pier',
      '',
      '2023-11-09',
    ],
    // A date line with a time and no zone: 20:09 the day before is 5 hours behind 01:09Z, a whole quarter hour.
    [
      'a visible date line the day before, the same moment',
      ld('2023-11-09T01:09:55Z'),
      '',
      null,
      '<h1>Pier closes for a year</h1><p>Published November 8, 2023 at 8:09 pm</p>',
      '2023-11-08',
    ],
    [
      'a visible date line the day before, not a whole quarter hour off',
      ld('2023-11-09T01:09:55Z'),
      '',
      null,
      '<h1>Pier closes for a year</h1><p>Published November 8, 2023 at 8:17 pm</p>',
      '2023-11-09',
    ],
    [
      'a local stamp first is taken as written',
      [],
      meta('2023-11-08T20:09:55-05:00'),
      'https://c.example/2023/11/09/pier',
      '',
      '2023-11-08',
    ],
  ])('%s', (_, jsonLd, head, url, body, day) => {
    const r = findPublicationDay(doc(head, body), jsonLd, url);
    expect(r.published?.day ?? null).toBe(day);
  });

  it('shows both clues when the local day is taken', () => {
    const r = findPublicationDay(doc(meta('2023-11-08T20:09:55-05:00')), ld('2023-11-09T01:09:55Z'), null);
    expect(r.published?.evidence).toHaveLength(2);
    expect(r.published?.evidence[1]).toMatch(/2023-11-09 in UTC: a day later only by the time zone/);
  });

  it('an address on the UTC day keeps the UTC day', () => {
    const r = findPublicationDay(doc(''), ld('2023-11-09T01:09:55Z'), 'https://c.example/2023/11/09/pier');
    expect(r.published?.day).toBe('2023-11-09');
  });
});

describe('findPublicationDay: the cascade', () => {
  it.each([
    ['JSON-LD before meta', ld('2023-11-08'), meta('2023-11-07'), null, '', '2023-11-08'],
    [
      'meta before <time>',
      [],
      meta('2023-11-07'),
      null,
      '<article><time datetime="2023-11-06">x</time></article>',
      '2023-11-07',
    ],
    [
      '<time> before the address',
      [],
      '',
      'https://c.example/2023/11/05/x',
      '<article><time datetime="2023-11-06">x</time></article>',
      '2023-11-06',
    ],
    [
      'the address before the date line',
      [],
      '',
      'https://c.example/2023/11/05/x',
      '<h1>Pier closes for a year</h1><p>November 4, 2023</p>',
      '2023-11-05',
    ],
    [
      'the date line last',
      [],
      '',
      null,
      '<h1>Pier closes for a year</h1><p>November 4, 2023</p>',
      '2023-11-04',
    ],
    [
      'nothing: no day',
      [],
      '',
      null,
      '<h1>Pier closes for a year</h1><footer>© 2023 Coast News</footer>',
      null,
    ],
  ])('%s', (_, jsonLd, head, url, body, day) => {
    expect(findPublicationDay(doc(head, body), jsonLd, url).published?.day ?? null).toBe(day);
  });

  it.each([
    ['a later dateModified', ld('2023-11-08', '2023-11-10'), '2023-11-10'],
    ['a dateModified on the publication day is no modification', ld('2023-11-08', '2023-11-08'), null],
    ['an earlier dateModified is ignored', ld('2023-11-08', '2023-11-01'), null],
  ])('%s', (_, jsonLd, modified) => {
    expect(findPublicationDay(doc(''), jsonLd, null).modified?.day ?? null).toBe(modified);
  });
});
