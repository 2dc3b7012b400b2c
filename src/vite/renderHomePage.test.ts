import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../shared/list/groupByMonth.ts';
import { EVENT_ROW, listRows, MONTH_ROW } from '../shared/list/listRows.ts';
import { HOSTILE, makeDataset, makeEvent } from './pagesTestKit.ts';
import { renderHomePage } from './renderHomePage.ts';
import { renderSiteHeader } from './siteHeader.ts';
import { resolveSiteUrls } from './siteUrls.ts';

const urls = resolveSiteUrls({ siteUrl: 'https://news.example.org', base: '/' });
// Forty events over four months, in scrambled order: the page must list them as the app does.
const events = Array.from({ length: 40 }, (_, i) =>
  makeEvent({
    id: `e${i}`,
    title: `Event ${i}`,
    date: {
      start: `2025-0${1 + (i % 4)}-${String(10 + ((i * 7) % 18)).padStart(2, '0')}`,
      precision: 'day',
      label: `day ${i}`,
    },
  }),
);
const dataset = { ...makeDataset(), events };
const html = renderHomePage(dataset, urls, renderSiteHeader(urls, dataset, 'timeline'));

describe('renderHomePage', () => {
  it("draws the list's first rows in the app's order and at the app's offsets", () => {
    const { rows, height } = listRows(groupByMonth(events));
    expect(html).toContain(`<div class="event-list-canvas" style="height: ${height}px;">`);
    const drawn = [
      ...html.matchAll(
        /style="top: (\d+)px; height: (\d+)px;"[^>]*>(?:<span class="item-date">[^<]*<\/span><span class="item-title">([^<]*)|([^<]*))/g,
      ),
    ];
    expect(drawn.length).toBeGreaterThan(8);
    drawn.forEach((m, i) => {
      const row = rows[i]!;
      expect(Number(m[1])).toBe(row.top);
      expect(Number(m[2])).toBe(row.kind === 'month' ? MONTH_ROW : EVENT_ROW);
      expect(m[3] ?? m[4]).toBe(row.kind === 'month' ? row.label : row.event.title);
    });
    // Only what fills the list box: not all forty.
    expect(drawn.length).toBeLessThan(rows.length);
  });

  it('links every drawn event to its own page and counts its place', () => {
    expect(html).toMatch(/<a href="\/events\/e\d+\/" class="event-item"/);
    expect(html).toContain('· 1 of 40</span>');
    expect(html).toContain('<p class="result-count" role="status" aria-live="polite">40 events</p>');
  });

  it('escapes titles', () => {
    const hostile = { ...dataset, events: [makeEvent({ title: HOSTILE })] };
    const page = renderHomePage(hostile, urls, []);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });
});
