/**
 * In-page measuring code, injected as source text (the node tsconfig has no DOM types, and the code
 * must run unchanged in every page). Times are `performance.now()` in the page: milliseconds since
 * navigation start.
 *
 * probeScript: long tasks, paint, layout shifts, and a requestAnimationFrame loop that finds the first
 * frame in which an element matching `title` / `timeline` is visible (non-empty box inside the viewport,
 * not visibility:hidden); the time recorded is that of a task queued from that frame, which runs once the
 * frame's remaining work (other rAF callbacks, layout, paint) is done: a page that lays an item out and
 * then blocks for seconds before painting is charged for the block. `window.__bench.done` turns true
 * `settleMs` after both were recorded.
 */
export type ProbeSelectors = { title: string; timeline: string };

export function probeScript(selectors: ProbeSelectors, settleMs: number): string {
  return `(() => {
  const cfg = ${JSON.stringify({ ...selectors, settleMs })};
  const b = { title: null, timeline: null, fcp: null, lcp: null, cls: 0, longtasks: [], done: false };
  window.__bench = b;
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch (e) {} };
  observe('longtask', (e) => b.longtasks.push([e.startTime, e.duration]));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.cls += e.value; });
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0) return false;
    if (r.top >= innerHeight || r.left >= innerWidth) return false;
    return !el.checkVisibility || el.checkVisibility({ visibilityProperty: true });
  };
  let frame = 0;
  const seen = (sel) => {
    const first = document.querySelector(sel);
    if (!first) return false;
    if (shown(first)) return true;
    if (frame % 4 !== 0) return false;
    const all = document.querySelectorAll(sel);
    for (let i = 1; i < all.length && i < 40; i += 1) if (shown(all[i])) return true;
    return false;
  };
  let title = false;
  let timeline = false;
  const afterPaint = (set) => setTimeout(() => set(performance.now()), 0);
  const tick = () => {
    frame += 1;
    if (!title && seen(cfg.title)) { title = true; afterPaint((t) => { b.title = t; }); }
    if (!timeline && seen(cfg.timeline)) { timeline = true; afterPaint((t) => { b.timeline = t; }); }
    if (title && timeline) {
      afterPaint(() => setTimeout(() => { b.done = true; }, cfg.settleMs));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

/**
 * The app's filter change: opens the People facet, then clicks its first checkbox in the page and
 * returns, in ms after the click: `list` the first animation frame where `.result-count` shows another
 * text; `timeline` the first frame after the timeline's DOM changed (its redraw); `settled` the last
 * timeline DOM change before 600 ms of quiet (window animation included); null fields if not seen.
 */
export const FILTER_SCRIPT = `(async () => {
  const summary = [...document.querySelectorAll('summary')].find((s) => s.textContent.trim().startsWith('People'));
  const count = document.querySelector('.result-count');
  const tl = document.querySelector('.vis-timeline');
  if (!summary || !count || !tl) return { error: 'no People facet, .result-count or .vis-timeline' };
  summary.click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 400)));
  const box = summary.parentElement.querySelector('input[type=checkbox]');
  if (!box) return { error: 'no checkbox in the People facet' };
  const before = count.textContent;
  let first = null;
  let last = null;
  const mo = new MutationObserver(() => { const t = performance.now(); if (first === null) first = t; last = t; });
  mo.observe(tl, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  box.click();
  return await new Promise((resolve) => {
    let list = null;
    let timeline = null;
    const tick = () => {
      const now = performance.now();
      if (list === null && count.textContent !== before) list = now - t0;
      if (timeline === null && first !== null) timeline = now - t0;
      const quiet = last === null ? now - t0 : now - last;
      if ((list !== null && timeline !== null && quiet > 600) || now - t0 > 10000) {
        mo.disconnect();
        resolve({ list, timeline, settled: last === null ? null : last - t0, after: count.textContent });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
})()`;

/** Starts recording animation-frame gaps (for a pan): `window.__pan.longestFrame` in ms. */
export const PAN_START = `(() => {
  const p = { last: null, longestFrame: 0, frames: 0, stop: false };
  window.__pan = p;
  const tick = (t) => {
    if (p.stop) return;
    if (p.last !== null) p.longestFrame = Math.max(p.longestFrame, t - p.last);
    p.last = t;
    p.frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

export const PAN_STOP = `(() => { window.__pan.stop = true; return { longestFrame: window.__pan.longestFrame, frames: window.__pan.frames }; })()`;
