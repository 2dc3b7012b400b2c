import { describe, expect, it } from 'vitest';
import { stringifyJson } from './stringifyJson.ts';

describe('stringifyJson', () => {
  it.each([
    [
      'a dataset-like object',
      {
        a: 1,
        list: [
          { id: 'x', n: [1, 2] },
          { id: 'y', d: null },
        ],
        s: 'q"\u2028',
      },
    ],
    [
      'undefined, functions and symbols',
      { u: undefined, f: () => 1, list: [undefined, () => 1, { u: undefined }] },
    ],
    [
      'dates, NaN and nested arrays',
      { d: new Date(0), n: NaN, i: -Infinity, deep: [[{ a: [{ b: 1 }] }], []] },
    ],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { b: [{ c: 1 }], a: 2 })],
    ['an object with toJSON', { list: [{ toJSON: () => 'own' }], x: { toJSON: (key: string) => key } }],
    ['numeric keys first, as JSON.stringify orders them', { b: 1, 2: 'two', a: [{ 10: 1, z: 0, 1: 2 }] }],
    [
      'a record of strings and other primitives',
      { a: 'q"\n\u2028', b: 1, c: null, d: undefined, e: true, g: Symbol('s') },
    ],
    [
      'a record of arrays, as a details shard',
      { key: 'k', sources: { e1: [{ a: 1 }, 'x', null], e2: [], e3: [[]] } },
    ],
    ['primitives', 'text'],
    ['an array at the top', [{ a: 1 }, 2, 'x', null]],
    ['nothing', undefined],
  ])('gives what JSON.stringify gives: %s', (_, value) => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value) ?? 'undefined');
  });

  it('reuses the text of an element it has seen, and of the whole', () => {
    const event = { id: 'e1', title: 'first' };
    const dataset = { events: [event] };
    expect(stringifyJson(dataset)).toBe('{"events":[{"id":"e1","title":"first"}]}');
    expect(stringifyJson({ events: [event, { id: 'e2' }] })).toBe(
      '{"events":[{"id":"e1","title":"first"},{"id":"e2"}]}',
    );
    // Objects are never changed once stringified; were one changed, its first text would be served.
    event.title = 'changed';
    expect(stringifyJson({ events: [event] })).toBe('{"events":[{"id":"e1","title":"first"}]}');
    expect(stringifyJson(dataset)).toBe('{"events":[{"id":"e1","title":"first"}]}');
  });

  it('reuses the text of an array it has seen, wherever it is', () => {
    const sources = [{ quote: 'a' }];
    expect(stringifyJson({ shard: { e1: sources } })).toBe('{"shard":{"e1":[{"quote":"a"}]}}');
    sources.push({ quote: 'b' });
    expect(stringifyJson({ other: { e1: sources } })).toBe('{"other":{"e1":[{"quote":"a"}]}}');
    expect(stringifyJson({ other: { e1: [...sources] } })).toBe(
      '{"other":{"e1":[{"quote":"a"},{"quote":"b"}]}}',
    );
  });

  it('composes a long list again each time, as the index events change in every rebuild', () => {
    const events = Array.from({ length: 1001 }, (_, i) => ({ id: `e${i}` }));
    expect(stringifyJson({ events })).toBe(JSON.stringify({ events }));
    events.push({ id: 'new' });
    expect(stringifyJson({ list: events })).toBe(JSON.stringify({ list: events }));
  });
});
