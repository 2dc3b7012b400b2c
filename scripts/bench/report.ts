/**
 * The tables: environment, corpus and pipeline, dev rebuild, browser loads per size with the app/peer
 * ratios, the filter change, Lighthouse, JS sizes, and issue 5's targets with PASS/MISS.
 */
import os from 'node:os';
import type { LoadSample } from './browserBench.ts';
import type { DevFigures } from './devRebuild.ts';
import type { JsSizes } from './jsSizes.ts';
import type { LighthouseFigures } from './lighthouseBench.ts';
import type { PipelineFigures, Timed } from './pipelineBench.ts';
import { judgeTargets } from './targets.ts';

export type LighthouseRow = LighthouseFigures & { page: string; preset: 'mobile' | 'desktop' };

export type SizeResult = {
  name: string;
  corpus: string;
  bytes: number;
  pipeline: PipelineFigures;
  build: Timed;
  loads: Map<string, LoadSample[]> | null;
  js: JsSizes | null;
  deepLink: { title: string; inStaticHtml: boolean } | null;
  lighthouse?: LighthouseRow[];
};

export type Report = {
  env: Record<string, unknown>;
  results: SizeResult[];
  dev: DevFigures | null;
  devSize: string;
  /** Wall time of the CLI doing nothing (`--help`): bundle check and module loading. */
  startupMs: number;
  seconds: number;
};

export function median(xs: (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function fmt(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

type Metric = { label: string; get: (s: LoadSample) => number | null; digits?: number };

export const METRICS: Metric[] = [
  { label: 'first event visible ms', get: (s) => s.title },
  { label: 'timeline drawn ms', get: (s) => s.timeline },
  { label: 'FCP ms', get: (s) => s.fcp },
  { label: 'LCP ms', get: (s) => s.lcp },
  { label: 'TBT ms (FCP→settled)', get: (s) => s.tbt },
  { label: 'long tasks (count)', get: (s) => s.longTasks },
  { label: 'longest task ms', get: (s) => s.longest },
  { label: 'pan: longest frame ms', get: (s) => s.pan?.longestFrame ?? null },
  { label: 'CLS', get: (s) => s.cls, digits: 3 },
  { label: 'JS heap MB (after GC)', get: (s) => s.heapMB, digits: 1 },
  { label: 'DOM nodes', get: (s) => s.nodes },
  { label: 'transfer KB', get: (s) => s.transferKB },
];

/** Median over every load, a timed-out one included for what it did record (its title, say). */
export function loadMedian(samples: LoadSample[] | undefined, get: (s: LoadSample) => number | null) {
  return median((samples ?? []).map(get));
}

function browserTable(r: SizeResult): string {
  const loads = r.loads!;
  const names = [...loads.keys()];
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? (a / b).toFixed(2) : '—');
  const timedOut = (n: string) => (loads.get(n) ?? []).every((s) => s.error?.startsWith('timeout'));
  const rows = METRICS.map((m, row) => {
    const med = names.map((n) => loadMedian(loads.get(n), m.get));
    // A page that never showed it within the load timeout: say so rather than leave a blank.
    const cell = (v: number | null, i: number) =>
      v === null && row < 2 && timedOut(names[i]!) ? 'never (timeout)' : fmt(v, m.digits);
    const home = med[0] ?? null;
    const tjs = med[names.indexOf('TimelineJS3')] ?? null;
    const vis = med[names.indexOf('vis-timeline')] ?? null;
    return [m.label, ...med.map(cell), ratio(home, tjs), ratio(home, vis)];
  });
  const errors = names.map((n) => {
    const bad = (loads.get(n) ?? []).filter((s) => s.error);
    return bad.length ? `${bad.length}× ${bad[0]!.error}` : '';
  });
  rows.push([
    'loads ok / errors',
    ...names.map(
      (n, i) =>
        `${(loads.get(n) ?? []).length - (errors[i] ? Number(errors[i]!.split('×')[0]) : 0)}/${errors[i] || '0'}`,
    ),
    '',
    '',
  ]);
  return table(['metric (median)', ...names, 'home/TJS3', 'home/vis'], rows);
}

export function printReport(report: Report): void {
  const out: string[] = [];
  const { env, results, dev } = report;
  out.push('## Environment', '');
  out.push(
    `node ${String(env.node)} · ${String(env.chromium)} · ${String(env.cores)} cores (${String(env.cpu)}) · ` +
      `${fmt(env.memGB as number, 1)} GB RAM · ${String(env.runs)} runs per page · sizes ${(env.sizes as string[]).join(',')}`,
    `load average (1 min) before the bench ${fmt(env.loadStart as number, 2)}, after ${fmt(os.loadavg()[0], 2)}: ` +
      `above ${String(env.cores)} means other work shared the CPU and every time here is inflated`,
    '',
  );
  out.push('## Corpus and pipeline (`npm run data`, one run per size; `vite build` the same corpus)', '');
  out.push(
    `CLI start-up (\`npm run data -- --help\`, i.e. \`node scripts/pipelineCli.mjs --help\`, wall): ${fmt(report.startupMs)} ms`,
    '',
  );
  out.push(
    table(
      [
        'size',
        'pages',
        'page text MB',
        'events',
        'dated',
        'people',
        'CLI s',
        'pages/s',
        'MB/s',
        'MB/s w/o start-up',
        'CLI peak MB',
        'vite build s',
        'build peak MB',
      ],
      results.map((r) => {
        const s = r.pipeline.ms / 1000;
        const mb = r.bytes / 1e6;
        return [
          r.name,
          fmt(r.pipeline.pages),
          fmt(mb, 3),
          fmt(r.pipeline.events),
          fmt(r.pipeline.dated),
          fmt(r.pipeline.people),
          r.pipeline.ok ? fmt(s, 2) : (r.pipeline.error ?? 'failed'),
          fmt(r.pipeline.pages / s, 1),
          fmt(mb / s, 3),
          r.pipeline.ms - report.startupMs < 300
            ? '—'
            : fmt(mb / ((r.pipeline.ms - report.startupMs) / 1000), 3),
          fmt(r.pipeline.peakMB),
          r.build.ok ? fmt(r.build.ms / 1000, 1) : (r.build.error ?? 'failed'),
          fmt(r.build.peakMB),
        ];
      }),
    ),
    '',
  );
  if (dev) {
    out.push(`## Incremental rebuild under vite dev (${report.devSize}): one page's headline changed`, '');
    out.push(
      table(
        ['dev startup s', 'rebuild ms (each)', 'median ms', 'served dataset changed', 'error'],
        [
          [
            fmt((dev.startupMs ?? NaN) / 1000, 1),
            dev.rebuilds.map((x) => x.toFixed(0)).join(', ') || '—',
            fmt(median(dev.rebuilds)),
            dev.verified ? 'yes' : 'NO',
            dev.error ?? '',
          ],
        ],
      ),
      '',
    );
  }
  for (const r of results.filter((x) => x.loads)) {
    out.push(
      `## Browser, ${r.name} (${r.pipeline.events} events): cold loads, median of ${String(env.runs)}`,
      '',
    );
    out.push(browserTable(r), '');
  }
  out.push('## Filter change (app home: People facet, first checkbox), median ms after the click', '');
  out.push(
    table(
      ['size', 'list count updated', 'timeline redrawn', 'timeline settled (animation)', 'samples'],
      results
        .filter((r) => r.loads)
        .map((r) => {
          const f = (r.loads!.get('app home') ?? []).map((s) => s.filter).filter((x) => x !== null);
          return [
            r.name,
            fmt(median(f.map((x) => x.list))),
            fmt(median(f.map((x) => x.timeline))),
            fmt(median(f.map((x) => x.settled))),
            String(f.length),
          ];
        }),
    ),
    '',
  );
  const lh = results.flatMap((r) => (r.lighthouse ?? []).map((row) => ({ size: r.name, ...row })));
  if (lh.length) {
    out.push('## Lighthouse 12.8 (simulated throttling; mobile = default preset)', '');
    out.push(
      table(
        [
          'size',
          'page',
          'preset',
          'perf',
          'a11y',
          'best pr.',
          'SEO',
          'FCP ms',
          'LCP ms',
          'TBT ms',
          'CLS',
          'note',
        ],
        lh.map((x) => [
          x.size,
          x.page,
          x.preset,
          fmt(x.scores?.performance),
          fmt(x.scores?.accessibility),
          fmt(x.scores?.bestPractices),
          fmt(x.scores?.seo),
          fmt(x.fcp),
          fmt(x.lcp),
          fmt(x.tbt),
          fmt(x.cls, 3),
          x.skipped ?? '',
        ]),
      ),
      '',
    );
  }
  const js = results.find((r) => r.js)?.js;
  if (js) {
    out.push('## App JavaScript (gzip -9), from the build of the first size', '');
    out.push(
      table(
        ['file', 'gzip KB', 'initial'],
        js.files.map((f) => [f.file, fmt(f.kB, 1), f.initial ? 'yes' : 'lazy']),
      ),
      '',
    );
    out.push(
      `initial (entry + modulepreload) ${fmt(js.initialKB, 1)} KB, total ${fmt(js.totalKB, 1)} KB`,
      '',
    );
  }
  out.push('## Targets (issue 5)', '');
  out.push(
    table(
      ['target', 'measured', 'verdict'],
      judgeTargets(report).map((t) => [t.target, t.measured, t.verdict]),
    ),
    '',
  );
  out.push(`bench wall time ${fmt(report.seconds / 60, 1)} min`);
  process.stdout.write(`${out.join('\n')}\n`);
}
