import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBuiltDataset } from './builtData.ts';
import { expect, test } from './fixtures.ts';
import { startStaticServer } from './staticServer.ts';

/**
 * A production build from a mixed folder (e2e/fixtures/mixed: a text page, a saved web page with
 * hostile markup, an RSS feed in a subfolder), served by a plain static server. Each kind of input
 * becomes articles; a web page's source card links back to its original; the page's markup never runs.
 */
let work: string;
let server: ChildProcess;
let origin: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'mixed-build-'));
  const seeds = path.join(work, 'seeds');
  cpSync('e2e/fixtures/mixed', seeds, { recursive: true });
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', path.join(work, 'dist'), '--emptyOutDir'], {
    env: { ...process.env, SEEDS_DIR: seeds },
    stdio: 'pipe',
  });
  ({ origin, process: server } = await startStaticServer(path.join(work, 'dist')));
});

test.afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const dataset = () => readBuiltDataset(path.join(work, 'dist'));

test('every file of the mixed folder is read by its reader', () => {
  const formats = Object.fromEntries(dataset().pages.map((p) => [p.file, p.format]));
  expect(Object.keys(formats).sort()).toEqual([
    'council-vote.html',
    'feeds/science-desk.xml',
    'harbour-wire.txt',
  ]);
  expect(new Set(Object.values(formats)).size).toBe(3);
  const feedArticles = dataset().articles.filter((a) => a.file === 'feeds/science-desk.xml');
  expect(feedArticles.map((a) => a.headline)).toEqual([
    'Space agency launches weather satellite',
    'Observatory opens to the public',
  ]);
  // The second item's link is javascript:, so it has no original to link to.
  expect(feedArticles.map((a) => a.url)).toEqual([
    'https://science.northfield.example/2024/04/weather-satellite',
    null,
  ]);
});

test("a web page's source card names outlet, author and day and links to the original", async ({ page }) => {
  const data = dataset();
  const article = data.articles.find((a) => a.file === 'council-vote.html')!;
  expect(article).toMatchObject({
    outlet: 'The Riverside Gazette',
    authors: ['Maria Okafor'],
    publishedOn: '2024-02-08',
    url: 'https://www.riverside-gazette.example/news/2024/02/budget-vote',
  });
  const event = data.events.find((e) => e.sources.some((s) => s.articleId === article.id))!;
  expect(event, 'an event from the web page').toBeTruthy();
  await page.goto(`${origin}/events/${event.id}/`);
  const card = page.locator('.source-card').filter({ hasText: 'The Riverside Gazette' }).first();
  await expect(card).toContainText('by Maria Okafor');
  await expect(card).toContainText('published Thu 8 Feb 2024');
  const link = card.getByRole('link', { name: /Original article at riverside-gazette\.example/ });
  await expect(link).toHaveAttribute('href', article.url!);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test("a hostile page's markup is shown as text and never runs", async ({ page }) => {
  let ran = false;
  await page.exposeFunction('__canary', () => {
    ran = true;
  });
  const data = dataset();
  const article = data.articles.find((a) => a.file === 'council-vote.html')!;
  const event = data.events.find((e) => e.sources.some((s) => s.articleId === article.id))!;
  await page.goto(`${origin}/events/${event.id}/`);
  const card = page.locator('.source-card').filter({ hasText: 'The Riverside Gazette' }).first();
  await card.getByRole('button', { name: 'Show in article' }).click();
  const region = card.locator('.source-article');
  await expect(region).toContainText('<script>alert("budget")</script>');
  await expect(region).not.toContainText('Subscribe');
  await expect(region).not.toContainText('Related');
  expect(await page.locator('iframe, form, img[src*="tracker"]').count()).toBe(0);
  expect(ran).toBe(false);
});
