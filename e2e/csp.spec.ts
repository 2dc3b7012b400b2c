import { expect, test } from './fixtures.ts';

test('every built page carries the strict Content-Security-Policy, and the app runs under it', async ({
  page,
}) => {
  for (const path of ['/', '/about/']) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
  }
  await page.goto('/');
  await expect(
    page.getByRole('navigation', { name: 'Events in order' }).getByRole('link').first(),
  ).toBeVisible();
});

test.describe('an injected inline script', () => {
  // One pattern: an array of two RegExps would be read by test.use as [value, options].
  test.use({
    allowConsoleErrors: [/CSP violation|inline script violates the following Content Security Policy/],
  });

  test('is refused and reported', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('CSP violation')) violations.push(m.text());
    });
    await page.goto('/about/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__csp_canary = 1';
      document.body.append(s);
    });
    expect(
      await page.evaluate(() => (window as unknown as { __csp_canary?: number }).__csp_canary),
    ).toBeUndefined();
    expect(violations.join(' ')).toMatch(/script-src/);
  });
});
