import type { Page } from '@playwright/test';
import { readBuiltDataset } from './builtData.ts';
import { expect, test } from './fixtures.ts';

/** The built dataset, to find ids by facts rather than hard-coding slugs. */
const dataset = readBuiltDataset();
const july3Call = dataset.events.find((e) => e.type === 'call' && e.date?.start === '2025-07-03')!;
const june22Strike = dataset.events.find((e) => e.type === 'strike' && e.date?.start === '2025-06-22')!;
const macron = dataset.people.find((p) => /Macron/.test(p.name))!;
const eventsWithMacron = dataset.events.filter((e) => e.people.includes(macron.id));

const list = (page: Page) => page.getByRole('navigation', { name: 'Events in order' });
/** The list is virtualised: count through the "n of N" position every item shows. */
async function expectListed(page: Page, n: number) {
  await expect(list(page).getByRole('link').first()).toContainText(`1 of ${n}`);
}
const panel = (page: Page) => page.getByRole('region', { name: 'Selected event' });

test('a deep link opens the July 3 call with both source cards and highlighted quotes', async ({ page }) => {
  await page.goto(`/events/${july3Call.id}/`);
  await expect(panel(page).getByRole('heading', { level: 1, name: july3Call.title })).toBeVisible();
  const cards = panel(page).locator('.source-card');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) await expect(card.locator('blockquote mark')).toHaveText('Thursday');
  await expect(panel(page)).toContainText('Reported by 2 outlets');
  await expect(page).toHaveTitle(new RegExp(`^${july3Call.title}`));
  await expect(list(page).locator('[aria-current="true"]')).toContainText(july3Call.title);
});

test('the static home list is where the app draws it: nothing moves when the app takes over', async ({
  browser,
}) => {
  const boxes = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    if (javaScriptEnabled) await page.locator('.vis-timeline').waitFor();
    const items = page.locator('nav.event-list a.event-item');
    const found = await Promise.all([0, 1, 2].map((i) => items.nth(i).boundingBox()));
    const texts = await Promise.all([0, 1, 2].map((i) => items.nth(i).innerText()));
    await context.close();
    return { found, texts };
  };
  const before = await boxes(false);
  const after = await boxes(true);
  expect(after.texts).toEqual(before.texts);
  expect(after.found).toEqual(before.found);
});

test('a list link focused on the static page keeps the focus when the app takes over', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelectorAll<HTMLAnchorElement>('nav.event-list a.event-item')[1]?.focus();
    });
  });
  await page.goto('/');
  const second = list(page).getByRole('link').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list(page).getByRole('link').nth(2)).toBeFocused();
});

test('filter by person through the UI, then through the URL', async ({ page }) => {
  await page.goto('/');
  await page.locator('summary', { hasText: 'People' }).click();
  await page.getByRole('checkbox', { name: new RegExp(macron.name) }).check();
  await expect(page).toHaveURL(new RegExp(`person=${macron.id}`));
  await expectListed(page, eventsWithMacron.length);
  await expect(page.locator('.result-count')).toHaveText(
    `${eventsWithMacron.length} of ${dataset.events.length} events match`,
  );
  await expect(page.getByRole('button', { name: `Remove filter Person: ${macron.name}` })).toBeVisible();

  await page.goto(`/?person=${macron.id}`);
  await expectListed(page, eventsWithMacron.length);
  await page.getByRole('button', { name: `Remove filter Person: ${macron.name}` }).click();
  await expectListed(page, dataset.events.length);
});

test('an empty result says so and resets in one click', async ({ page }) => {
  await page.goto('/?q=zzzz-no-such-words');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expectListed(page, dataset.events.length);
});

test('Back and Forward restore the earlier views; reload restores everything', async ({ page }) => {
  await page.goto(`/?country=US`);
  await list(page)
    .getByRole('link', { name: new RegExp(june22Strike.title) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/events/${june22Strike.id}/\\?country=US$`));
  await list(page)
    .getByRole('link', { name: new RegExp(july3Call.title) })
    .first()
    .click();
  await expect(panel(page).getByRole('heading', { level: 1 })).toHaveText(july3Call.title);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 1 })).toHaveText(june22Strike.title);
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 1 })).toHaveText(july3Call.title);
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 1 })).toHaveText(july3Call.title);
  await expect(page.getByRole('button', { name: 'Remove filter Country: United States' })).toBeVisible();
});

test('typing in the search replaces the history entry instead of pushing one per key', async ({ page }) => {
  await page.goto('/');
  await page.goto(`/events/${june22Strike.id}/`);
  await page.getByLabel('Search').fill('phone');
  await expect(page).toHaveURL(/q=phone/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('search finds words that only the quotes contain, once the quotes are fetched', async ({ page }) => {
  // A word of the July 3 call's quotes that no event title has: only the lazily loaded quotes match it.
  const titles = dataset.events.map((e) => e.title.toLowerCase()).join(' ');
  const word = july3Call.sources
    .flatMap((s) => s.quote.toLowerCase().match(/[a-z]{6,}/g) ?? [])
    .find((w) => !titles.includes(w))!;
  const matching = dataset.events.filter((e) => e.sources.some((s) => s.quote.toLowerCase().includes(word)));
  await page.goto('/');
  await expect(list(page).getByRole('link').first()).toBeVisible();
  const searchText = page.waitForRequest(/\/data\/search\.json$/);
  await page.getByLabel('Search').fill(word);
  await searchText;
  await expectListed(page, matching.length);
  await expect(list(page)).toContainText(july3Call.title);
});

test('keyboard only: into the list, move with the arrows, open with Enter', async ({ page }) => {
  await page.goto('/');
  const first = list(page).getByRole('link').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = list(page).getByRole('link').nth(2);
  await expect(third).toBeFocused();
  await page.keyboard.press('End');
  await expect(list(page).getByRole('link').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  const secondTitle = await list(page).getByRole('link').nth(1).locator('.item-title').innerText();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\//);
  await expect(panel(page).getByRole('heading', { level: 1 })).toHaveText(secondTitle);
  // Tab order: only one list item is tabbable.
  await expect(list(page).locator('a[tabindex="0"]')).toHaveCount(1);
});

test('copy link copies the canonical URL and confirms', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/events/${july3Call.id}/?person=${macron.id}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/events/${july3Call.id}/`);
});

test('show in article fetches the text and highlights the quote', async ({ page }) => {
  await page.goto(`/events/${july3Call.id}/`);
  const card = panel(page).locator('.source-card').first();
  await card.getByRole('button', { name: /Show in article/ }).click();
  const text = card.getByRole('region', { name: /^Full text/ });
  await expect(text).toBeVisible();
  await expect(text.locator('mark').first()).toBeInViewport();
  await expect(text).toContainText(july3Call.sources[0]!.quote.slice(12, 60));
});

test('an unknown id shows a not-found panel with the nearest events', async ({ page }) => {
  // vite preview answers an unknown event path with the app (SPA fallback), so no request fails here.
  await page.goto('/events/2025-07-03-no-such-event/');
  await expect(page.getByRole('heading', { name: 'No event with this link' })).toBeVisible();
  await expect(page.locator('.not-found li')).toHaveCount(3);
  await expect(page).toHaveTitle(/Event not found/);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the event view fits without sideways scrolling', async ({ page }) => {
    await page.goto(`/events/${july3Call.id}/`);
    await expect(panel(page).getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
