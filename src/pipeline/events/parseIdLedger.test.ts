import { describe, expect, it } from 'vitest';
import { formatIdLedger, parseIdLedger, sourceHalves, sourceKey, type IdLedger } from './parseIdLedger.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const SOURCE = '120@p 1#2.txt#0:0123456789abcdef';
const entry = (id: string, extra: object = {}) => ({
  id,
  date: '2025-07-03',
  title: 'Talks',
  sources: [SOURCE],
  ...extra,
});
const file = (ids: object[]) => JSON.stringify({ version: 1, ids });

describe('parseIdLedger', () => {
  it.each([
    ['not JSON', '{ "version": 1, ', /^the event id ledger is not valid JSON \(/],
    ['not UTF-8', '\uFFFD', null],
    [
      'the wrong version',
      JSON.stringify({ version: 2, ids: [] }),
      /^the event id ledger's version: expected 1/,
    ],
    [
      'an unknown field',
      JSON.stringify({ version: 1, ids: [], extra: 1 }),
      /^the event id ledger's content: unknown field extra$/,
    ],
    ['an id with capitals', file([entry('Talks')]), /^the event id ledger's ids\.0\.id: expected an id/],
    [
      'a date that is not a day',
      file([entry('a', { date: '3 July' })]),
      /ids\.0\.date: expected a yyyy-MM-dd day/,
    ],
    [
      'a source without its digest',
      file([entry('a', { sources: ['12@p.txt#0'] })]),
      /ids\.0\.sources\.0: expected start@page#article:digest/,
    ],
    ['an id listed twice', file([entry('a'), entry('a')]), /^the event id ledger lists a twice$/],
    [
      'an alias that is also retired',
      file([entry('a', { to: 'b', retired: true }), entry('b')]),
      /a both leads to b and is retired/,
    ],
    [
      'an alias to an id it does not list',
      file([entry('a', { to: 'b' })]),
      /says a leads to b, which it does not list/,
    ],
    [
      'aliases in a circle',
      file([entry('a', { to: 'b' }), entry('b', { to: 'a' })]),
      /go round in a circle: a -> b -> a$/,
    ],
  ])('refuses %s, saying why', (_name, text, reason) => {
    const bytes = reason === null ? new Uint8Array([0xff, 0xfe, 0x00]) : enc(text);
    const result = parseIdLedger(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason ?? /^the event id ledger is not valid JSON/);
  });

  it('reads back what formatIdLedger writes, one entry a line in id order', () => {
    const ledger: IdLedger = {
      ids: [
        { id: 'b', date: null, title: 'Truce "now"', sources: [SOURCE] },
        { id: 'a', date: '2025-07-03', title: 'Talks', to: 'b', sources: [] },
        { id: 'c', date: '2025-07-01', title: 'Gone', retired: true, sources: [SOURCE] },
      ],
    };
    const text = formatIdLedger(ledger);
    expect(text.split('\n').slice(4, 7)).toEqual([
      '    {"id":"a","date":"2025-07-03","title":"Talks","to":"b","sources":[]},',
      `    {"id":"b","date":null,"title":"Truce \\"now\\"","sources":["${SOURCE}"]},`,
      `    {"id":"c","date":"2025-07-01","title":"Gone","retired":true,"sources":["${SOURCE}"]}`,
    ]);
    const parsed = parseIdLedger(enc(text));
    expect(parsed.ok && formatIdLedger(parsed.ledger)).toBe(text);
    expect(formatIdLedger({ ids: [] })).toMatch(/"ids": \[\]\n\}\n$/);
  });
});

describe('sourceKey', () => {
  it('names the sentence by page, article, offset and words; re-wrapping keeps the words', () => {
    const key = sourceKey('p 1#2.txt', 0, 120, 'Leaders  met\non Thursday.');
    expect(key).toMatch(/^120@p 1#2\.txt#0:[0-9a-f]{16}$/);
    expect(sourceKey('p 1#2.txt', 0, 120, 'Leaders met on Thursday.')).toBe(key);
    expect(sourceHalves(key)).toEqual({ at: '120@p 1#2.txt#0', text: `p 1#2.txt#0${key.slice(-17)}` });
  });
});
