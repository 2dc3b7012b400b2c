import { readBuiltDataset } from './builtData.ts';
import { expect, test } from './fixtures.ts';

/** The dataset request fails in several ways; each ends in a clear message and a retry that works. */
const dataset = readBuiltDataset();
const call = dataset.events.find((e) => e.type === 'call' && e.date?.start === '2025-07-03')!;
const DATASET = /\/data\/dataset\.json$/;

const FAILURES: [string, RegExp, (route: import('@playwright/test').Route) => Promise<void>][] = [
  ['fails at the network level', /network request failed/, (r) => r.abort('failed')],
  ['returns 500', /the server answered 500/, (r) => r.fulfill({ status: 500, body: 'oops' })],
  [
    'returns truncated JSON',
    /not complete JSON/,
    (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(dataset).slice(0, 500),
      }),
  ],
  [
    'returns another schema version (an old cached page after a deploy)',
    /does not match this version of the app/,
    (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ...dataset, schemaVersion: 999 }),
      }),
  ],
];

test.describe('the dataset request', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/], allowFailedRequests: [DATASET] });
  for (const [name, message, fail] of FAILURES) {
    test(`${name}: a clear message, and Try again works once the network recovers`, async ({ page }) => {
      let broken = true;
      await page.route(DATASET, (route) => (broken ? fail(route) : route.fallback()));
      await page.goto('/');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message, { timeout: 10_000 });
      broken = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(
        page.getByRole('navigation', { name: 'Events in order' }).getByRole('link').first(),
      ).toBeVisible();
    });
  }

  test('hangs: after the time limit the reader is told, and Try again works', async ({ page }) => {
    test.setTimeout(60_000);
    let hang = true;
    await page.route(DATASET, (route) => (hang ? undefined : route.fallback()));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(/did not answer within 10 s/, { timeout: 30_000 });
    hang = false;
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Events in order' }).getByRole('link').first(),
    ).toBeVisible();
  });
});

test.describe('an article text request fails', () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/], allowFailedRequests: [/\/data\/articles\//] });
  test('that card says so with a retry; the other cards keep working', async ({ page }) => {
    const failing = call.sources[0]!.articleId;
    let broken = true;
    await page.route(`**/data/articles/${failing}.json`, (r) =>
      broken ? r.fulfill({ status: 503, body: '' }) : r.fallback(),
    );
    await page.goto(`/events/${call.id}/`);
    const cards = page.locator('.source-card');
    await cards
      .nth(0)
      .getByRole('button', { name: /Show in article/ })
      .click();
    await expect(cards.nth(0).getByRole('alert')).toContainText(/503/);
    await cards
      .nth(1)
      .getByRole('button', { name: /Show in article/ })
      .click();
    await expect(
      cards
        .nth(1)
        .getByRole('region', { name: /^Full text/ })
        .locator('mark')
        .first(),
    ).toBeVisible();
    broken = false;
    await cards.nth(0).getByRole('button', { name: 'Try again' }).click();
    await expect(
      cards
        .nth(0)
        .getByRole('region', { name: /^Full text/ })
        .locator('mark')
        .first(),
    ).toBeVisible();
  });
});

test.describe("an event's sources fail to load", () => {
  test.use({ allowConsoleErrors: [/Failed to load resource/], allowFailedRequests: [/\/data\/events\//] });
  test('the panel keeps the event and says so, with a retry that works', async ({ page }) => {
    let broken = true;
    await page.route('**/data/events/*.json', (r) =>
      broken ? r.fulfill({ status: 503, body: '' }) : r.fallback(),
    );
    await page.goto('/?person=vladimir-putin'); // a short list: the call's row is in the first rows drawn
    await page
      .getByRole('navigation', { name: 'Events in order' })
      .getByRole('link', { name: call.title })
      .click();
    const panel = page.getByRole('region', { name: 'Selected event' });
    await expect(panel.getByRole('heading', { level: 1, name: call.title })).toBeVisible();
    const sources = panel.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('alert')).toContainText(/503/);
    broken = false;
    await sources.getByRole('button', { name: 'Try again' }).click();
    await expect(sources.locator('.source-card')).toHaveCount(call.sources.length);
  });
});

test.describe("the event view's chunk fails to load", () => {
  test.use({
    allowConsoleErrors: [
      /Failed to load resource|Failed to fetch dynamically imported module|could not be loaded/,
    ],
    allowFailedRequests: [/EventPanel-[^/]+\.js$/],
  });
  test('the list keeps working, the panel says so, and Try again loads it', async ({ page }) => {
    let broken = true;
    await page.route(/EventPanel-[^/]+\.js$/, (r) => (broken ? r.abort('failed') : r.fallback()));
    await page.goto('/?person=vladimir-putin'); // a short list: the call's row is in the first rows drawn
    const list = page.getByRole('navigation', { name: 'Events in order' });
    await list.getByRole('link', { name: call.title }).click();
    const panel = page.getByRole('region', { name: 'Selected event' });
    await expect(panel.getByRole('alert')).toContainText('The event view could not be loaded');
    await expect(list.getByRole('link').first()).toBeVisible();
    broken = false;
    await panel.getByRole('button', { name: 'Try again' }).click();
    await expect(panel.getByRole('heading', { level: 1, name: call.title })).toBeVisible();
  });
});

test.describe('the timeline chunk fails to load', () => {
  test.use({
    allowConsoleErrors: [
      /Failed to load resource|Failed to fetch dynamically imported module|timeline could not be loaded/,
    ],
    allowFailedRequests: [/TimelineAdapter-[^/]+\.(js|css)$/],
  });
  test('the list and panel still work, and Try again loads it', async ({ page }) => {
    let broken = true;
    await page.route(/TimelineAdapter-[^/]+\.js$/, (r) => (broken ? r.abort('failed') : r.fallback()));
    await page.goto(`/events/${call.id}/`);
    await expect(page.getByText('The timeline could not be loaded.')).toBeVisible();
    await expect(page.locator('.event-panel h1')).toHaveText(call.title);
    await page.getByRole('navigation', { name: 'Events in order' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/events\//);
    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: 'Timeline of events' })).toBeVisible();
  });
});
