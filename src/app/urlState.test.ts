import { describe, expect, it } from 'vitest';
import { NO_FILTERS, parseLocation, toUrl } from './urlState.ts';

describe('parseLocation', () => {
  it.each([
    ['/', '', '/', { route: { kind: 'home' }, filters: NO_FILTERS }],
    [
      '/events/2025-07-03-call/',
      '',
      '/',
      { route: { kind: 'event', id: '2025-07-03-call' }, filters: NO_FILTERS },
    ],
    [
      '/events/2025-07-03-call',
      '',
      '/',
      { route: { kind: 'event', id: '2025-07-03-call' }, filters: NO_FILTERS },
    ],
    ['/about/', '', '/', { route: { kind: 'about' }, filters: NO_FILTERS }],
    ['/timeline/events/x/', '', '/timeline/', { route: { kind: 'event', id: 'x' }, filters: NO_FILTERS }],
    ['/other/events/x/', '', '/timeline/', { route: { kind: 'home' }, filters: NO_FILTERS }],
    ['/events/a/b/', '', '/', { route: { kind: 'home' }, filters: NO_FILTERS }],
    ['/%E0%A4%A', '', '/', { route: { kind: 'home' }, filters: NO_FILTERS }],
    [
      '/',
      '?person=vladimir-putin&person=vladimir-putin&country=UA&country=ua&outlet=NHK&q=call',
      '/',
      {
        route: { kind: 'home' },
        filters: { people: ['vladimir-putin'], countries: ['UA'], outlets: ['NHK'], q: 'call' },
      },
    ],
    [
      '/',
      '?person=<script>&country=%22onerror%3D&outlet=<b>',
      '/',
      { route: { kind: 'home' }, filters: NO_FILTERS },
    ],
  ])('%s%s (base %s)', (pathname, search, base, expected) => {
    expect(parseLocation(pathname, search, base)).toEqual(expected);
  });
});

describe('toUrl', () => {
  it('round-trips a view, with the event path ending in a slash and a stable parameter order', () => {
    const state = {
      route: { kind: 'event' as const, id: '2025-07-03-call' },
      filters: { people: ['a', 'b'], countries: ['UA'], outlets: [], q: 'phone call' },
    };
    const url = toUrl(state, '/timeline/');
    expect(url).toBe('/timeline/events/2025-07-03-call/?person=a&person=b&country=UA&q=phone+call');
    const [path, query] = url.split('?');
    expect(parseLocation(path!, `?${query}`, '/timeline/')).toEqual(state);
  });

  it('omits empty filters', () => {
    expect(toUrl({ route: { kind: 'home' }, filters: { ...NO_FILTERS, q: '   ' } }, '/')).toBe('/');
  });
});
