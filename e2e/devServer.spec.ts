import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

/**
 * `vite dev` on a temp copy of seeds/: editing, adding and breaking pages shows up in the open page
 * without a restart or a reload.
 */
let PORT = 0;
let server: ChildProcess;
let seeds: string;

test.describe.configure({ mode: 'serial' });

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

test.beforeAll(async () => {
  PORT = await freePort();
  seeds = mkdtempSync(path.join(tmpdir(), 'dev-seeds-'));
  cpSync('seeds', seeds, { recursive: true });
  server = spawn('node_modules/.bin/vite', ['--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, SEEDS_DIR: seeds },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite dev did not start in 20 s')), 20_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`${PORT}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`vite dev exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill();
  rmSync(seeds, { recursive: true, force: true });
});

const url = () => `http://127.0.0.1:${PORT}/`;
const about = () => `${url()}about/`;
const file = () => path.join(seeds, '004_e00c593ef1c053d8.txt');

test('an edited page shows up in the open page within 2 seconds', async ({ page }) => {
  await page.goto(about());
  await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible({
    timeout: 15_000,
  });
  const original = readFileSync(file(), 'utf8');
  writeFileSync(file(), original.replace('Trump signs signature tax-cut', 'EDITED: Trump signs tax-cut'));
  await expect(page.locator('.article-headline', { hasText: 'EDITED: Trump signs tax-cut' })).toBeVisible({
    timeout: 2_000,
  });
  writeFileSync(file(), original);
  await expect(page.locator('.article-headline', { hasText: 'EDITED: Trump signs tax-cut' })).toHaveCount(0, {
    timeout: 2_000,
  });
});

test('an added page and a removed page update the list', async ({ page }) => {
  await page.goto(about());
  await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible({
    timeout: 15_000,
  });
  writeFileSync(path.join(seeds, '100_added.txt'), 'An added headline\nIts body.\n');
  await expect(page.getByRole('heading', { name: '9 articles from 3 pages' })).toBeVisible({
    timeout: 2_000,
  });
  rmSync(path.join(seeds, '100_added.txt'));
  await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible({
    timeout: 2_000,
  });
});

test('a corrected date: the old link leads to the event, and event-ids.json is only read', async ({
  page,
}) => {
  const ledger = readFileSync(path.join(seeds, 'event-ids.json'), 'utf8');
  const original = readFileSync(file(), 'utf8');
  writeFileSync(file(), original.replace('responded on Friday', 'responded on Thursday'));
  const newId = '2025-07-03-hamas-responds-in-a-positive-spirit';
  await expect(async () => {
    const served = await (await page.request.get(`${url()}data/dataset.json`)).json();
    expect(served.aliases).toContainEqual({
      from: '2025-07-04-hamas-responds-in-a-positive-spirit',
      to: newId,
    });
  }).toPass({ timeout: 5_000 });
  await page.goto(`${url()}events/2025-07-04-hamas-responds-in-a-positive-spirit/`);
  await expect(page).toHaveURL(`${url()}events/${newId}/`, { timeout: 15_000 });
  expect(readFileSync(path.join(seeds, 'event-ids.json'), 'utf8')).toBe(ledger);
  writeFileSync(file(), original);
});

test.describe('a bad page', () => {
  test.use({ allowConsoleErrors: [/seeds cannot be built|\[vite\]/] });

  test('shows the error overlay naming the file and keeps the last good dataset', async ({ page }) => {
    await page.goto(about());
    await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible({
      timeout: 15_000,
    });
    const bad = path.join(seeds, '200_bad.txt');
    writeFileSync(bad, '');
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached({ timeout: 2_000 });
    await expect(overlay).toContainText('200_bad.txt: cannot be parsed: empty file');
    const served = await (await page.request.get(`${url()}data/dataset.json`)).json();
    expect(served.articles).toHaveLength(8);
    rmSync(bad);
    await page.reload();
    await expect(page.getByRole('heading', { name: '8 articles from 2 pages' })).toBeVisible({
      timeout: 15_000,
    });
  });
});
