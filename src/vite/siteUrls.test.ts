import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  basePathOf,
  DEFAULT_SITE_URL,
  eventPagePath,
  indexFileFor,
  isAppPagePath,
  resolveSiteUrls,
  sitePath,
} from './siteUrls.ts';

describe('basePathOf', () => {
  it.each([
    ['/', '/'],
    ['/timeline/', '/timeline/'],
    ['/timeline', '/timeline/'],
    ['/a/b/', '/a/b/'],
    ['https://cdn.example.org/app/', '/app/'],
    ['https://cdn.example.org', '/'],
  ])('%s → %s', (base, expected) => {
    expect(basePathOf(base)).toBe(expected);
  });

  it.each(['./', '', 'timeline/'])('rejects the relative base %j with a message', (base) => {
    expect(() => basePathOf(base)).toThrow(/absolute base/);
  });
});

describe('resolveSiteUrls', () => {
  it('falls back to the preview address and says so', () => {
    expect(resolveSiteUrls({ base: '/' })).toEqual({
      origin: DEFAULT_SITE_URL,
      basePath: '/',
      isDefaultOrigin: true,
    });
    expect(resolveSiteUrls({ siteUrl: '  ', base: '/' }).isDefaultOrigin).toBe(true);
  });

  it.each([
    ['https://news.example.org', 'https://news.example.org'],
    ['https://news.example.org/', 'https://news.example.org'],
    ['https://News.Example.org:8443//', 'https://news.example.org:8443'],
    ['http://example.org/press', 'http://example.org/press'],
  ])('normalises SITE_URL %s', (siteUrl, origin) => {
    expect(resolveSiteUrls({ siteUrl, base: '/' })).toMatchObject({ origin, isDefaultOrigin: false });
  });

  it.each(['news.example.org', 'ftp://example.org', 'https://example.org/?a=1', 'https://example.org/#x'])(
    'rejects SITE_URL %s',
    (siteUrl) => {
      expect(() => resolveSiteUrls({ siteUrl, base: '/' })).toThrow(/SITE_URL/);
    },
  );
});

describe('page URLs', () => {
  const id = '2025-07-03-putin-and-trump-speak-by-phone';

  it('builds event, about and card URLs at the root', () => {
    const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/' });
    expect(absoluteUrl(urls, eventPagePath(id))).toBe(`https://news.example.org/events/${id}/`);
    expect(absoluteUrl(urls, 'about/')).toBe('https://news.example.org/about/');
    expect(absoluteUrl(urls, '')).toBe('https://news.example.org/');
    expect(sitePath(urls, eventPagePath(id))).toBe(`/events/${id}/`);
  });

  it('puts the base between the origin and the page', () => {
    const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org/', base: '/timeline/' });
    expect(absoluteUrl(urls, eventPagePath(id))).toBe(`https://news.example.org/timeline/events/${id}/`);
    expect(absoluteUrl(urls, 'social-card.png')).toBe('https://news.example.org/timeline/social-card.png');
    expect(sitePath(urls, '')).toBe('/timeline/');
  });

  it('uses the default origin with a base', () => {
    const urls = resolveSiteUrls({ base: '/timeline' });
    expect(absoluteUrl(urls, 'about/')).toBe(`${DEFAULT_SITE_URL}/timeline/about/`);
  });

  it('names the file a static server answers a page path with', () => {
    expect(indexFileFor(eventPagePath(id))).toBe(`events/${id}/index.html`);
    expect(indexFileFor('about/')).toBe('about/index.html');
  });
});

describe('isAppPagePath', () => {
  it.each([
    ['/events/2025-07-03-x', '/', true],
    ['/events/2025-07-03-x/', '/', true],
    ['/about', '/', true],
    ['/about/', '/', true],
    ['/timeline/events/x/', '/timeline/', true],
    ['/timeline/about', '/timeline/', true],
    ['/events/x/', '/timeline/', false],
    ['/events/', '/', false],
    ['/events/x/y', '/', false],
    ['/events/x/index.html', '/', false],
    ['/data/dataset.json', '/', false],
    ['/aboutx', '/', false],
    ['/', '/', false],
  ])('%s under %s → %s', (pathname, base, expected) => {
    expect(isAppPagePath(pathname, base)).toBe(expected);
  });
});
