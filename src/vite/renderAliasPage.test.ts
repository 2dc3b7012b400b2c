import { describe, expect, it } from 'vitest';
import { BUILT_INDEX_HTML, HOSTILE, makeDataset, makeEvent } from './pagesTestKit.ts';
import { renderStaticPages } from './renderStaticPages.ts';
import { resolveSiteUrls } from './siteUrls.ts';

const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/timeline/' });
const NEW_ID = '2025-07-03-putin-and-trump-speak-by-phone';
const OLD_ID = '2025-07-04-putin-and-trump-speak-by-phone';

describe('alias pages', () => {
  const dataset = makeDataset({
    events: [makeEvent(), makeEvent({ id: 'undated-x', title: HOSTILE, date: null })],
    aliases: [
      { from: OLD_ID, to: NEW_ID },
      { from: 'undated-old', to: 'undated-x' },
    ],
  });
  const { pages } = renderStaticPages(dataset, BUILT_INDEX_HTML, urls);
  const page = pages.get(`events/${OLD_ID}/index.html`)!;

  it('writes events/<old id>/index.html beside the event pages', () => {
    expect([...pages.keys()]).toEqual([
      `events/${NEW_ID}/index.html`,
      'events/undated-x/index.html',
      `events/${OLD_ID}/index.html`,
      'events/undated-old/index.html',
      'about/index.html',
    ]);
  });

  it('leads readers without JavaScript to the event: a refresh in <noscript> and a visible link', () => {
    expect(page).toContain(
      `    <noscript><meta http-equiv="refresh" content="0; url=/timeline/events/${NEW_ID}/" /></noscript>\n  </head>`,
    );
    expect(page).toContain('<h1 class="event-title">This event has a new address</h1>');
    expect(page).toContain(
      `<p class="moved-to"><a href="/timeline/events/${NEW_ID}/">Putin and Trump speak by phone · Thu 3 Jul 2025</a></p>`,
    );
  });

  it('carries the event’s own head: canonical URL, title and link-preview tags', () => {
    const canonical = `https://news.example.org/timeline/events/${NEW_ID}/`;
    expect(page).toContain(`<link rel="canonical" href="${canonical}" />`);
    expect(page).toContain(`<meta property="og:url" content="${canonical}" />`);
    expect(page).toContain('<title>Putin and Trump speak by phone · Thu 3 Jul 2025 — News timeline</title>');
  });

  it('loads the app bundle and has no inline script; data is escaped', () => {
    for (const html of [page, pages.get('events/undated-old/index.html')!]) {
      expect(html.match(/<script\b[^>]*>/g)).toEqual([
        '<script type="module" crossorigin src="/timeline/assets/index-AbC123.js">',
      ]);
      expect(html).not.toContain('<script>alert');
    }
  });

  it('refuses an alias that names no event or a live one', () => {
    for (const aliases of [[{ from: 'a', to: 'nowhere' }], [{ from: NEW_ID, to: NEW_ID }]]) {
      expect(() => renderStaticPages(makeDataset({ aliases }), BUILT_INDEX_HTML, urls)).toThrow(/^alias /);
    }
  });
});
