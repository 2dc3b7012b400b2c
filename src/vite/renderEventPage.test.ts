import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../shared/schema.ts';
import { createNameLookup } from './eventFacts.ts';
import { HOSTILE, makeArticle, makeDataset, makeEvent } from './pagesTestKit.ts';
import { renderEventPage } from './renderEventPage.ts';
import { renderSiteHeader } from './siteHeader.ts';
import { resolveSiteUrls } from './siteUrls.ts';

const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/timeline/' });

function render(event: TimelineEvent, dataset: Dataset = makeDataset(), extra = {}): string {
  const header = renderSiteHeader(urls, dataset, 'timeline');
  return renderEventPage(event, { names: createNameLookup(dataset), urls, header, ...extra });
}

/** Tags the page itself writes: any other tag in the output came from data and escaped badly. */
const OUR_TAGS = new Set(
  'header nav p a main h1 time dl dt dd section h2 article span h3 blockquote mark nav ul li'.split(' '),
);

describe('renderEventPage', () => {
  const html = render(makeEvent());

  it('renders the title, date, people, countries and outlet count', () => {
    expect(html).toContain('<main id="main" class="static-event">');
    expect(html).toContain('<h1 class="event-title">Putin and Trump speak by phone</h1>');
    expect(html).toContain('<p class="event-date"><time datetime="2025-07-03">Thu 3 Jul 2025</time></p>');
    expect(html).toContain('<dd>Vladimir Putin, Donald Trump</dd>');
    expect(html).toContain('<dd>Ukraine, United States</dd>');
    expect(html).toContain('Reported by 1 outlet<');
    expect(html).toContain('<a href="/timeline/">News timeline</a>');
  });

  it('renders each source as a card with the date expression marked inside the quote', () => {
    expect(html.match(/<article class="source-card">/g)).toHaveLength(1);
    expect(html).toContain('<p class="source-outlet">Thomson Reuters</p>');
    expect(html).toContain('<h3 class="source-headline">Trump, Putin talk</h3>');
    expect(html).toContain(
      '<blockquote class="source-quote"><p>Trump pushed for a halt in a <mark>Thursday</mark> phone call with Putin.</p></blockquote>',
    );
    expect(html).toContain('How this date was worked out: &#39;Thursday&#39; in text dated Fri 4 Jul 2025');
  });

  it('escapes every string from the data and writes no tag or handler of its own from it', () => {
    const dataset = makeDataset({
      articles: [makeArticle({ outlet: HOSTILE, headline: HOSTILE, syndicatedFrom: HOSTILE })],
      people: [
        { id: 'donald-trump', name: HOSTILE, aliases: [], country: null, countryClues: [], countryNote: '' },
      ],
      countries: [{ id: 'UA', name: '<img src=x onerror=alert(1)>' }],
    });
    const quote = `<b onclick="x">${HOSTILE}</b> on Thursday`;
    const event = makeEvent({
      title: HOSTILE,
      summary: HOSTILE,
      date: { start: '2025-07-03', precision: 'day', label: HOSTILE },
      warnings: [HOSTILE],
      sources: [
        {
          ...makeEvent().sources[0]!,
          quote,
          start: 0,
          end: quote.length,
          dateStart: quote.length - 8,
          dateEnd: quote.length,
          dateNote: HOSTILE,
        },
      ],
    });
    const hostile = render(event, dataset, { next: { id: 'next-id', title: HOSTILE } });
    const tags = [...hostile.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);
    expect(hostile).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(hostile).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;onerror=alert(1)',
    );
    expect(hostile).toContain('&lt;/b&gt; on <mark>Thursday</mark></p>');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('names the authors and publication day and links to the original in a new tab', () => {
    const dataset = makeDataset({
      articles: [
        makeArticle({
          authors: ['Ann Lee', 'Bo Chen'],
          publishedOn: '2025-07-04',
          url: 'https://www.example.org/world/call.html',
        }),
      ],
    });
    const page = render(makeEvent(), dataset);
    expect(page).toContain('<p class="source-outlet">Thomson Reuters · by Ann Lee and Bo Chen</p>');
    expect(page).toContain('published <time datetime="2025-07-04">Fri 4 Jul 2025</time>');
    expect(page).toContain(
      '<a href="https://www.example.org/world/call.html" target="_blank" rel="noopener noreferrer">Original article at example.org',
    );
  });

  it('links no original whose address is not http(s)', () => {
    const dataset = makeDataset({ articles: [makeArticle({ url: 'javascript:alert(1)' })] });
    const page = render(makeEvent(), dataset);
    expect(page).not.toContain('source-original');
    expect(page).not.toContain('javascript:');
  });

  it('shows an undated event as Undated with its warning', () => {
    const undated = render(
      makeEvent({ date: null, warnings: ['The text says "four months ago", which cannot be placed'] }),
    );
    expect(undated).toContain('<p class="event-date event-undated">Undated</p>');
    expect(undated).toContain(
      '<p class="event-warning">The text says &quot;four months ago&quot;, which cannot be placed</p>',
    );
    expect(undated.slice(undated.indexOf('<main'))).not.toContain('<time');
  });

  it('says when the outlet is not stated and names the page instead', () => {
    const event = makeEvent({ sources: [{ ...makeEvent().sources[0]!, articleId: 'a2' }] });
    expect(render(event)).toContain(
      '<p class="source-outlet">outlet not stated · page <span class="page-file">000_page.txt</span></p>',
    );
  });

  it('names the agency a syndicated article comes from', () => {
    const dataset = makeDataset({
      articles: [makeArticle({ outlet: 'Nikkei Asia', syndicatedFrom: 'Reuters' })],
    });
    expect(render(makeEvent(), dataset)).toContain('<p class="source-outlet">Nikkei Asia · via Reuters</p>');
  });

  it('counts outlets over all sources and renders one card each', () => {
    const first = makeEvent().sources[0]!;
    const twice = render(makeEvent({ sources: [first, { ...first, articleId: 'a2' }] }));
    expect(twice.match(/<article class="source-card">/g)).toHaveLength(2);
    expect(twice).toContain('Reported by 2 outlets<');
  });

  it('shows a span without a machine date, a planned status and the summary', () => {
    const event = makeEvent({
      status: 'planned',
      summary: 'A summary.',
      date: { start: '2025-07-03', end: '2025-07-04', precision: 'day', label: '3–4 Jul 2025' },
    });
    const planned = render(event);
    expect(planned).toContain('<p class="event-date">3–4 Jul 2025</p>');
    expect(planned).toContain('<p class="event-status">Planned');
    expect(planned).toContain('<p class="event-summary">A summary.</p>');
  });

  it('links the neighbouring events, the timeline and the about page under the base', () => {
    const linked = render(makeEvent(), makeDataset(), {
      previous: { id: 'prev-id', title: 'Before' },
      next: { id: 'next-id', title: 'After' },
    });
    expect(linked).toContain('<a href="/timeline/events/prev-id/" rel="prev">Previous: Before</a>');
    expect(linked).toContain('<a href="/timeline/events/next-id/" rel="next">Next: After</a>');
    expect(linked).toContain('<a href="/timeline/about/">About the data</a>');
    expect(html).not.toContain('rel="prev"');
  });
});
