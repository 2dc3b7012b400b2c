import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/shared/schema.ts';
import { readBuiltDataset } from './builtData.ts';
import { expect, test } from './fixtures.ts';
import { startStaticServer } from './staticServer.ts';

/**
 * The per-event pages the build writes: readable without JavaScript, described for link previews, and
 * served by a plain static file server (no rewrite rules), at the root and under a sub-path.
 */
function julyThirdCall(distDir = 'dist'): Dataset['events'][number] {
  const dataset = readBuiltDataset(distDir);
  const event = dataset.events.find((e) => e.type === 'call' && e.date?.start === '2025-07-03');
  if (!event) throw new Error('the July 3 call is not in dist/data/dataset.json');
  return event;
}

const TITLE = 'Putin and Trump speak by phone · Thu 3 Jul 2025 — News timeline';

test.describe('an event page without JavaScript', () => {
  // With scripts off, Chromium refuses the module scripts (reported as failed requests): expected here.
  test.use({ javaScriptEnabled: false, allowFailedRequests: [/\/assets\/[^/]+\.js$/] });

  test('shows the event, both sources with the date marked, and the link-preview tags', async ({ page }) => {
    const { id, title } = julyThirdCall();
    const response = await page.goto(`/events/${id}/`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${title} · Thu 3 Jul 2025 — News timeline`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.static-event .event-date')).toHaveText('Thu 3 Jul 2025');
    await expect(page.getByRole('heading', { name: 'Reported by 2 outlets' })).toBeVisible();
    const cards = page.locator('article.source-card');
    await expect(cards).toHaveCount(2);
    for (const card of await cards.all()) {
      await expect(card.locator('blockquote mark')).toHaveText('Thursday');
    }
    await expect(cards.first()).toContainText('outlet not stated');
    await expect(cards.nth(1)).toContainText('Thomson Reuters');

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/events/${id}/$`));
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
    await expect(meta('og:title')).toHaveAttribute('content', `${title} · Thu 3 Jul 2025`);
    await expect(meta('og:url')).toHaveAttribute('content', canonical!);
    await expect(meta('og:type')).toHaveAttribute('content', 'article');
    await expect(meta('og:image')).toHaveAttribute('content', /\/social-card\.png$/);
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await expect(meta('description')).toHaveAttribute(
      'content',
      /^Thu 3 Jul 2025 · Vladimir Putin, Donald Trump · “/,
    );
  });

  test('the home page lists the first events, each linked to its own page', async ({ page }) => {
    const dataset = readBuiltDataset();
    await page.goto('/');
    const list = page.getByRole('navigation', { name: 'Events in order' });
    const first = list.locator('a.event-item').first();
    await expect(first).toContainText(`1 of ${dataset.events.length}`);
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/^\/events\/[a-z0-9-]+\/$/);
  });

  test('the social card and the home view tags are served', async ({ page, request }) => {
    const card = await request.get('/social-card.png');
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    await page.goto('/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/$/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  });
});

/** Collects requests that got an error status or no answer: every asset path must resolve. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A favicon still loading when the test navigates on is aborted, not missing.
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${r.url()}`);
  });
  return failed;
}

test.describe('dist/ on a plain static server', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  test.beforeAll(async () => {
    server = await startStaticServer('dist');
  });
  test.afterAll(() => {
    server?.process.kill();
  });

  test('serves an event page and the about page with no rewrite rules', async ({ page }) => {
    const { id } = julyThirdCall();
    const failed = failedRequests(page);
    const datasetLoaded = page.waitForResponse((r) => r.url().endsWith('/data/dataset.json') && r.ok());

    const event = await page.goto(`${server.origin}/events/${id}/`);
    expect(event?.status()).toBe(200);
    expect(await event?.text()).toContain(`<title>${TITLE}</title>`);
    await datasetLoaded; // the app started on top of the page and found its data

    const about = await page.goto(`${server.origin}/about/`);
    expect(about?.status()).toBe(200);
    expect(await about?.text()).toContain('<title>About the data — News timeline</title>');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/about\/$/);

    const noSlash = await page.goto(`${server.origin}/events/${id}`);
    expect(noSlash?.status()).toBe(200);
    expect(page.url()).toBe(`${server.origin}/events/${id}/`);
    expect(failed).toEqual([]);
  });
});

test.describe('a build under a sub-path', () => {
  test.describe.configure({ timeout: 90_000 });
  let site: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  test.beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'subpath-site-'));
    const build = spawnSync(
      'node_modules/.bin/vite',
      ['build', '--outDir', path.join(site, 'timeline'), '--emptyOutDir', '--logLevel', 'error'],
      { env: { ...process.env, BASE_PATH: '/timeline/' }, encoding: 'utf8', timeout: 60_000 },
    );
    if (build.status !== 0) throw new Error(`vite build with BASE_PATH failed:\n${build.stderr}`);
    server = await startStaticServer(site);
  });
  test.afterAll(() => {
    server?.process.kill();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  test('pages, assets, links and data all resolve under /timeline/', async ({ page }) => {
    const { id } = julyThirdCall(path.join(site, 'timeline'));
    const failed = failedRequests(page);
    const datasetLoaded = page.waitForResponse(
      (r) => r.url().endsWith('/timeline/data/dataset.json') && r.ok(),
    );

    const response = await page.goto(`${server.origin}/timeline/events/${id}/`);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toContain(`<title>${TITLE}</title>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+/timeline/events/${id}/"`));
    expect(html).toContain('<a href="/timeline/about/">About the data</a>');
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/timeline\/social-card\.png"/);
    expect(html).toMatch(/<script type="module" crossorigin src="\/timeline\/assets\//);
    await datasetLoaded;

    const about = await page.goto(`${server.origin}/timeline/about/`);
    expect(about?.status()).toBe(200);
    expect(failed).toEqual([]);
  });
});
