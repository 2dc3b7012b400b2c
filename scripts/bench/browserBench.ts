/**
 * Cold loads in headless Chromium: a new browser context (empty cache) per load, targets alternated in
 * rotating order, each load bounded in time. Only 127.0.0.1 is reachable (other hosts are aborted).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { FILTER_SCRIPT, PAN_START, PAN_STOP, probeScript, type ProbeSelectors } from './probe.ts';
import { progress } from './processes.ts';
import { chromiumLaunchOptions, CHROMIUM_FLAGS } from '../../e2e/browser.ts';

/** The e2e flags, plus: only 127.0.0.1 resolves, so a peer page cannot reach the network. */
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/** `pan`: the element dragged for the pan measurement. */
export type Target = { name: string; path: string; selectors: ProbeSelectors; filter: boolean; pan: string };

/** A 400 px drag over the timeline in 20 moves ~16 ms apart: the longest gap between animation frames. */
export type PanSample = { longestFrame: number; frames: number };

export type FilterSample = { list: number | null; timeline: number | null; settled: number | null };

export type LoadSample = {
  /** First frame with a title laid out in the viewport, but never before FCP (nothing shows earlier). */
  title: number | null;
  /** The same frame, not clamped to FCP: ≤ FCP means the title was there for the first paint. */
  titleRaw: number | null;
  timeline: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number | null;
  /** Sum over long tasks ending after FCP of (part after FCP − 50 ms), until the load settled. */
  tbt: number | null;
  longTasks: number | null;
  longest: number | null;
  heapMB: number | null;
  nodes: number | null;
  transferKB: number;
  filter: FilterSample | null;
  pan: PanSample | null;
  error: string | null;
};

type Probe = {
  title: number | null;
  timeline: number | null;
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longtasks: [number, number][];
};

export async function launchChromium(): Promise<Browser> {
  // The same browser the e2e tests pick (PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium, Playwright's),
  // with scrollbars that take room, as on desktop Windows and Linux (Playwright hides them by default,
  // which would hide layout shifts they cause).
  return chromium.launch({
    ...chromiumLaunchOptions(),
    args: CHROMIUM_ARGS,
    headless: true,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
}

export async function chromiumVersion(browser: Browser): Promise<string> {
  return browser.version();
}

/** `promise`, or `fallback` after `ms` or on rejection: nothing after a load may hang the run. */
async function within<T>(promise: Promise<unknown>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise.then((v) => v as T).catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

const TRANSFER = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  let bytes = nav ? nav.transferSize : 0;
  for (const r of performance.getEntriesByType('resource')) bytes += r.transferSize;
  return bytes;
})()`;

async function loadOnce(
  browser: Browser,
  url: string,
  target: Target,
  timeoutMs: number,
): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript(target.selectors, 1000) });
    const cdp = await context.newCDPSession(page);
    let error: string | null = null;
    try {
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      // Polled from here: waitForFunction evaluates its string with eval, which the app's CSP forbids.
      const deadline = performance.now() + timeoutMs;
      while (!(await within(page.evaluate('!!(window.__bench && window.__bench.done)'), 5000, false))) {
        if (performance.now() > deadline) throw new Error(`Timeout ${timeoutMs} ms`);
        await page.waitForTimeout(100);
      }
    } catch (e) {
      error = /Timeout/i.test(String(e)) ? `timeout ${timeoutMs / 1000} s` : String(e).slice(0, 120);
    }
    const probe = (await within(page.evaluate('window.__bench'), 10_000, null)) as Probe | null;
    const transfer = (await within(page.evaluate(TRANSFER), 10_000, 0)) as number;
    let heapMB: number | null = null;
    let nodes: number | null = null;
    try {
      if (error !== null) throw new Error('the page is still busy: no heap figure');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? null;
      const heap = metric('JSHeapUsedSize');
      heapMB = heap === null ? null : heap / 1024 / 1024;
      nodes = metric('Nodes');
    } catch {
      // the page is gone or busy: leave the heap blank
    }
    const fcp = probe?.fcp ?? null;
    let tbt = 0;
    let longest = 0;
    for (const [start, duration] of probe?.longtasks ?? []) {
      longest = Math.max(longest, duration);
      const end = start + duration;
      if (fcp === null || end <= fcp) continue;
      tbt += Math.max(0, end - Math.max(start, fcp) - 50);
    }
    const pan = error === null ? await within(measurePan(page, target.pan), 15_000, null) : null;
    let filter: FilterSample | null = null;
    if (target.filter && error === null) {
      const f = (await within(page.evaluate(FILTER_SCRIPT), 20_000, { error: 'timeout 20 s' })) as
        FilterSample | { error: string };
      if ('error' in f) error = `filter: ${f.error}`;
      else filter = f;
    }
    return {
      title: probe?.title == null ? null : Math.max(probe.title, fcp ?? 0),
      titleRaw: probe?.title ?? null,
      timeline: probe?.timeline ?? null,
      fcp,
      lcp: probe?.lcp ?? null,
      // A page too busy to answer the probe has no figures, not zeros.
      cls: probe?.cls ?? null,
      tbt: probe ? tbt : null,
      longTasks: probe?.longtasks.length ?? null,
      longest: probe ? longest : null,
      heapMB,
      nodes,
      transferKB: transfer / 1024,
      filter,
      pan,
      error,
    };
  } finally {
    await within(context.close(), 20_000, undefined);
  }
}

async function measurePan(page: Page, selector: string): Promise<PanSample | null> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return null;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 60);
  await page.evaluate(PAN_START);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(x - i * 20, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  return (await page.evaluate(PAN_STOP)) as PanSample;
}

/**
 * `runs` rounds; in round r the targets start at index r (home, deep link, peers, rotated), so no target
 * always runs first. A target that timed out twice is not loaded again (the run stays bounded).
 */
export async function runLoads(
  browser: Browser,
  baseUrl: string,
  targets: Target[],
  runs: number,
  timeoutMs: number,
): Promise<Map<string, LoadSample[]>> {
  const samples = new Map<string, LoadSample[]>(targets.map((t) => [t.name, []]));
  for (let r = 0; r < runs; r += 1) {
    for (let k = 0; k < targets.length; k += 1) {
      const target = targets[(r + k) % targets.length]!;
      const done = samples.get(target.name)!;
      if (done.filter((s) => s.error?.startsWith('timeout')).length >= 2) continue;
      const sample = await loadOnce(browser, `${baseUrl}${target.path}`, target, timeoutMs);
      done.push(sample);
      const t = sample.title === null ? '—' : `${sample.title.toFixed(0)} ms`;
      progress(
        `  ${target.name} run ${r + 1}/${runs}: title ${t}${sample.error ? ` (${sample.error})` : ''}`,
      );
    }
  }
  return samples;
}
