import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent, BUILT_INDEX_HTML } from './pagesTestKit.ts';
import { renderStaticPages } from './renderStaticPages.ts';
import { resolveSiteUrls } from './siteUrls.ts';

describe('renderStaticPages', () => {
  const dataset = makeDataset({
    events: [makeEvent(), makeEvent({ id: 'undated-ceasefire', title: 'Ceasefire', date: null })],
  });
  const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/timeline/' });
  const { home, pages } = renderStaticPages(dataset, BUILT_INDEX_HTML, urls);

  it('writes one index.html per event and one for the about view', () => {
    expect([...pages.keys()]).toEqual([
      'events/2025-07-03-putin-and-trump-speak-by-phone/index.html',
      'events/undated-ceasefire/index.html',
      'about/index.html',
    ]);
  });

  it('makes each page from the built index.html with its own head and content', () => {
    const page = pages.get('events/undated-ceasefire/index.html')!;
    expect(page).toContain('<title>Ceasefire · Undated — News timeline</title>');
    expect(page).toContain(
      '<link rel="canonical" href="https://news.example.org/timeline/events/undated-ceasefire/" />',
    );
    expect(page).toContain('src="/timeline/assets/index-AbC123.js"');
    expect(page).toContain(
      '<a href="/timeline/events/2025-07-03-putin-and-trump-speak-by-phone/" rel="prev">',
    );
    expect(pages.get('about/index.html')).toContain('<title>About the data — News timeline</title>');
  });

  it('gives the home view canonical and Open Graph tags with its own description', () => {
    expect(home).toContain('<title>News timeline</title>');
    expect(home).toContain('<link rel="canonical" href="https://news.example.org/timeline/" />');
    expect(home).toContain(
      '<meta property="og:description" content="What happened when &amp; who reported it." />',
    );
  });

  it('puts the first events of the list into the home page, linked to their pages', () => {
    expect(home).toContain('<nav class="event-list" aria-label="Events in order">');
    expect(home).toContain(
      '<a href="/timeline/events/2025-07-03-putin-and-trump-speak-by-phone/" class="event-item"',
    );
    expect(home).toMatch(/<span class="item-meta">\d+ sources? · 1 of \d+<\/span>/);
  });

  it('pages contain no inline script or event handler', () => {
    for (const html of [home, ...pages.values()]) {
      expect(html.match(/<script\b[^>]*>/g)).toEqual([
        '<script type="module" crossorigin src="/timeline/assets/index-AbC123.js">',
      ]);
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    }
  });
});
