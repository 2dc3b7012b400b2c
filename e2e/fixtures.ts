import { test as base, expect } from '@playwright/test';

/**
 * Every test fails on a console error, an uncaught page error or a failed request (network failure or
 * an HTTP status of 400 or more), unless it declares what it expects with `allowConsoleErrors` /
 * `allowFailedRequests` (matched against the message or the URL).
 *
 * Built pages show static HTML (the event list, an event) before the app takes over, so with JavaScript
 * on, `page.goto` also waits until the app has drawn its first view (`<html data-app="ready">`): a test
 * that presses keys or clicks right away must talk to the app, not to the static page it replaces.
 */
export const test = base.extend<{
  allowConsoleErrors: RegExp[];
  allowFailedRequests: RegExp[];
  consoleGuard: void;
}>({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        if (response?.ok()) await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        return response;
      };
    }
    await use(page);
  },
  allowConsoleErrors: [[], { option: true }],
  allowFailedRequests: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowConsoleErrors, allowFailedRequests }, use) => {
      const problems: string[] = [];
      const allowedUrl = (url: string) => allowFailedRequests.some((re) => re.test(url));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowConsoleErrors.some((re) => re.test(msg.text()))) {
          problems.push(`console.error: ${msg.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A Content-Security-Policy violation fails the test too (the built pages carry a strict policy).
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('requestfailed', (request) => {
        // An aborted request the page no longer needs (navigation away) is not a failure.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        if (!allowedUrl(request.url()))
          problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !allowedUrl(response.url())) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      await use();
      expect(problems, 'console errors and failed requests during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
