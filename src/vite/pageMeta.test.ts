import { describe, expect, it } from 'vitest';
import { createNameLookup } from './eventFacts.ts';
import { HOSTILE, makeDataset, makeEvent } from './pagesTestKit.ts';
import {
  buildAboutMeta,
  buildEventMeta,
  buildHomeMeta,
  describeEvent,
  DESCRIPTION_LENGTH,
  eventHeading,
  renderMetaTags,
  truncateText,
} from './pageMeta.ts';
import { resolveSiteUrls } from './siteUrls.ts';

const names = createNameLookup(makeDataset());
const longQuote =
  'Thursday’s call follows the Pentagon’s confirmation that it is pausing shipments of some weapons to Ukraine as it reviews US military stockpiles and other matters of state.';

describe('truncateText', () => {
  it.each([
    ['short text', 20, 'short text'],
    ['  spaces\n and\tnewlines  ', 40, 'spaces and newlines'],
    ['one two three four five', 12, 'one two…'],
    ['one two, three four', 10, 'one two…'],
    ['Supercalifragilistic', 8, 'Superca…'],
  ])('%j in %i → %j', (text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
    expect(truncateText(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('describeEvent', () => {
  it('gives the date, the people and the first quote', () => {
    expect(describeEvent(makeEvent(), names)).toBe(
      'Thu 3 Jul 2025 · Vladimir Putin, Donald Trump · “Trump pushed for a halt in a Thursday phone call with Putin.”',
    );
  });

  it('shortens the quote, keeps its closing mark and stays within the limit', () => {
    const event = makeEvent({ sources: [{ ...makeEvent().sources[0]!, quote: longQuote }] });
    const description = describeEvent(event, names);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(description).toMatch(/^Thu 3 Jul 2025 · Vladimir Putin, Donald Trump · “Thursday’s call .*…”$/);
  });

  it('says Undated and leaves out an empty people list', () => {
    const event = makeEvent({ date: null, people: [], warnings: ['cannot be placed'] });
    expect(describeEvent(event, names)).toBe(
      'Undated · “Trump pushed for a halt in a Thursday phone call with Putin.”',
    );
  });
});

describe('event, about and home meta', () => {
  const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/timeline/' });

  it('titles the event with its date and the site, and points at its page under the base', () => {
    expect(buildEventMeta(makeEvent(), names, urls)).toEqual({
      title: 'Putin and Trump speak by phone · Thu 3 Jul 2025 — News timeline',
      shareTitle: 'Putin and Trump speak by phone · Thu 3 Jul 2025',
      description: describeEvent(makeEvent(), names),
      canonicalUrl: 'https://news.example.org/timeline/events/2025-07-03-putin-and-trump-speak-by-phone/',
      imageUrl: 'https://news.example.org/timeline/social-card.png',
      type: 'article',
    });
    expect(eventHeading(makeEvent({ date: null }))).toBe('Putin and Trump speak by phone · Undated');
  });

  it('uses the preview address without SITE_URL', () => {
    const local = resolveSiteUrls({ base: '/' });
    expect(buildEventMeta(makeEvent(), names, local).canonicalUrl).toBe(
      'http://localhost:4173/events/2025-07-03-putin-and-trump-speak-by-phone/',
    );
    expect(buildHomeMeta('Site.', local)).toMatchObject({
      title: 'News timeline',
      canonicalUrl: 'http://localhost:4173/',
      imageUrl: 'http://localhost:4173/social-card.png',
      type: 'website',
    });
  });

  it('describes the about page by its pages', () => {
    expect(buildAboutMeta(makeDataset(), urls)).toMatchObject({
      title: 'About the data — News timeline',
      canonicalUrl: 'https://news.example.org/timeline/about/',
      description: expect.stringMatching(/^The 1 captured page and 2 articles behind the timeline/),
    });
  });
});

describe('renderMetaTags', () => {
  const urls = resolveSiteUrls({ base: '/' });
  const tags = renderMetaTags(buildEventMeta(makeEvent({ title: HOSTILE }), names, urls)).join('\n');

  it('writes canonical, Open Graph and Twitter tags', () => {
    for (const expected of [
      '<link rel="canonical" href="http://localhost:4173/events/2025-07-03-putin-and-trump-speak-by-phone/" />',
      '<meta property="og:type" content="article" />',
      '<meta property="og:site_name" content="News timeline" />',
      '<meta property="og:url" content="http://localhost:4173/events/2025-07-03-putin-and-trump-speak-by-phone/" />',
      '<meta property="og:image" content="http://localhost:4173/social-card.png" />',
      '<meta name="twitter:card" content="summary_large_image" />',
      '<meta name="twitter:image" content="http://localhost:4173/social-card.png" />',
    ]) {
      expect(tags).toContain(expected);
    }
    expect(tags).toMatch(/<meta name="description" content="Thu 3 Jul 2025 · /);
  });

  it('escapes the data in every attribute', () => {
    expect(tags).not.toContain('<script');
    expect(tags).not.toContain('"onerror');
    expect(tags).toContain(
      '<meta property="og:title" content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;onerror=alert(1) &#39;q&#39; · Thu 3 Jul 2025" />',
    );
    expect(tags).toContain('<meta name="twitter:title" content="&lt;script&gt;');
  });
});
