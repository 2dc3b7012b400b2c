/**
 * Issue 5's targets, judged on this run's figures. A target whose size was not run (e.g. 10k under
 * --quick) is judged on the largest size that was, and says so.
 */
import { fmt, loadMedian, median, type Report, type SizeResult } from './report.ts';

export type Verdict = { target: string; measured: string; verdict: 'PASS' | 'MISS' | 'n/a' };

const judge = (ok: boolean | null): Verdict['verdict'] => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
/** A 10k target judged on a smaller size says n/a, with the figure for information. */
const judgeAt = (r: SizeResult, ok: boolean | null) => (r.name === '10k' ? judge(ok) : 'n/a');

export function judgeTargets({ results, dev, devSize, startupMs }: Report): Verdict[] {
  const out: Verdict[] = [];
  const bySize = (n: string) => results.find((r) => r.name === n && r.loads);
  const seeds = bySize('seeds');
  const big = bySize('10k') ?? [...results].reverse().find((r) => r.loads);
  const at = (r: SizeResult) => (r.name === '10k' ? '' : ` [at ${r.name}: 10k not run]`);
  const m = (r: SizeResult | undefined, page: string, get: Parameters<typeof loadMedian>[1]) =>
    r ? loadMedian(r.loads!.get(page), get) : null;

  if (seeds) {
    const app = m(seeds, 'app home', (s) => s.title);
    const tjs = m(seeds, 'TimelineJS3', (s) => s.title);
    const ok = app !== null && tjs !== null ? app <= 0.6 * tjs : null;
    out.push({
      target: 'seeds: first event visible ≤ 0.6 × TimelineJS3',
      measured: `${fmt(app)} ms vs ${fmt(tjs)} ms (${app !== null && tjs ? (app / tjs).toFixed(2) : '—'}×)`,
      verdict: judge(ok),
    });
    const deep = seeds.loads!.get('app event') ?? [];
    const gap = median(deep.map((s) => (s.titleRaw !== null && s.fcp !== null ? s.titleRaw - s.fcp : null)));
    out.push({
      target:
        'seeds: event deep link shows its title at first paint (static HTML h1; visible ≤ FCP + 1 frame)',
      measured: `h1 in static page: ${seeds.deepLink?.inStaticHtml ? 'yes' : 'no'}; title − FCP ${fmt(gap)} ms`,
      verdict: judge(seeds.deepLink ? seeds.deepLink.inStaticHtml && gap !== null && gap <= 17 : null),
    });
    const lh = seeds.lighthouse?.find((x) => x.page === 'app home' && x.preset === 'mobile')?.scores;
    out.push({
      target: 'seeds: Lighthouse mobile perf ≥ 98, a11y / best practices / SEO 100',
      measured: lh ? `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}` : 'not run',
      verdict: judge(
        lh
          ? lh.performance >= 98 && lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100
          : null,
      ),
    });
  }
  if (big) {
    const app = m(big, 'app home', (s) => s.title);
    const vis = m(big, 'vis-timeline', (s) => s.title);
    out.push({
      target: `10k: first event visible < 1/8 of bare vis-timeline${at(big)}`,
      measured: `${fmt(app)} ms vs ${fmt(vis)} ms (${app !== null && vis ? (app / vis).toFixed(2) : '—'}×)`,
      verdict: judgeAt(big, app !== null && vis !== null ? app < vis / 8 : null),
    });
    const tbt = m(big, 'app home', (s) => s.tbt);
    out.push({
      target: `10k: TBT < 200 ms (app home)${at(big)}`,
      measured: `${fmt(tbt)} ms`,
      verdict: judgeAt(big, tbt === null ? null : tbt < 200),
    });
    const f = (big.loads!.get('app home') ?? []).map((s) => s.filter).filter((x) => x !== null);
    const change = median(
      f.map((x) => (x.list === null || x.timeline === null ? null : Math.max(x.list, x.timeline))),
    );
    out.push({
      target: `10k: filter change in list and timeline < 100 ms${at(big)}`,
      measured: `${fmt(change)} ms (max of list, timeline redraw)`,
      verdict: judgeAt(big, change === null ? null : change < 100),
    });
    const pan = m(big, 'app home', (s) => s.pan?.longestFrame ?? null);
    out.push({
      target: `10k: no frame longer than 50 ms while panning${at(big)}`,
      measured: `longest frame ${fmt(pan)} ms`,
      verdict: judgeAt(big, pan === null ? null : pan <= 50),
    });
  }
  const js = results.find((r) => r.js)?.js;
  out.push({
    target: 'initial JS gzipped ≤ 90 KB (before the timeline chunk), ≤ 250 KB total',
    measured: js ? `${fmt(js.initialKB, 1)} KB initial, ${fmt(js.totalKB, 1)} KB total` : 'no build',
    verdict: judge(js ? js.initialKB <= 90 && js.totalKB <= 250 : null),
  });
  const cls = results.flatMap((r) =>
    ['app home', 'app event'].flatMap((p) =>
      (r.loads?.get(p) ?? []).flatMap((s) => (s.cls === null ? [] : [s.cls])),
    ),
  );
  out.push({
    target: 'CLS 0 (app home and event, every load, every size)',
    measured: cls.length ? `max ${Math.max(...cls).toFixed(4)}` : 'not measured',
    verdict: judge(cls.length ? Math.max(...cls) === 0 : null),
  });
  const last = results.at(-1);
  const mbs = last?.pipeline.ok ? last.bytes / 1e6 / (last.pipeline.ms / 1000) : null;
  const net = last?.pipeline.ok
    ? last.bytes / 1e6 / (Math.max(1, last.pipeline.ms - startupMs) / 1000)
    : null;
  out.push({
    target: `pipeline ≥ 5 MB/s of page text (CLI, ${last?.name ?? '—'})`,
    measured: `${fmt(mbs, 3)} MB/s (${fmt(net, 3)} MB/s without the CLI's ${fmt(startupMs)} ms start-up)`,
    verdict: judge(mbs === null ? null : mbs >= 5),
  });
  const rebuild = dev ? median(dev.rebuilds) : null;
  out.push({
    target: `one-page incremental rebuild in dev < 300 ms (${devSize})`,
    measured: `${fmt(rebuild)} ms`,
    verdict: judge(rebuild === null ? null : rebuild < 300),
  });
  return out;
}
