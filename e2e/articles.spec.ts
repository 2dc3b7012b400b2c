import { expect, test } from './fixtures.ts';

test('the about view lists all 8 articles of the 2 seed pages, grouped by page', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible();
  const pages = page.getByRole('region', { name: /^Page / });
  await expect(pages).toHaveCount(2);
  await expect(pages.nth(0).locator('.article')).toHaveCount(4);
  await expect(pages.nth(1).locator('.article')).toHaveCount(4);

  const first = pages.nth(0).locator('.article').first();
  await expect(first).toContainText('outlet not stated');
  await expect(first).toContainText('Putin and Trump discussed Iran and Ukraine in phone call');
  const nikkei = page.locator('.article', {
    hasText: 'Trump signs signature tax-cut and spending bill into law',
  });
  await expect(nikkei).toContainText('Nikkei Asia');
  await expect(nikkei).toContainText('via Reuters');
  await expect(nikkei).toContainText('2 hours ago');
});

test.describe('when the dataset cannot be loaded', () => {
  test.use({
    allowConsoleErrors: [/Failed to load resource/],
    allowFailedRequests: [/\/data\/dataset\.json$/],
  });

  test('shows an error with a retry that works once the server answers', async ({ page }) => {
    let fail = true;
    await page.route('**/data/dataset.json', (route) =>
      fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('the server answered 500', { timeout: 10_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Events in order' }).getByRole('link').first(),
    ).toBeVisible();
  });
});
