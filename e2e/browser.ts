import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Flags for a root, offline machine: no sandbox, no GPU, no calls home. Harmless elsewhere. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium the tests drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE if set, else the system's
 * /usr/bin/chromium, else Playwright's own download; with none of them, stop and say how to get one.
 */
export function chromiumLaunchOptions(env = process.env): LaunchOptions {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.`);
    }
    return { executablePath: fromEnv, args: CHROMIUM_FLAGS };
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { args: CHROMIUM_FLAGS };
  throw new Error(
    [
      'No Chromium found for the browser tests. Get one of:',
      "  - Playwright's own: npx playwright install chromium",
      '  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)',
      '  - any Chrome/Chromium: export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chrome',
    ].join('\n'),
  );
}
