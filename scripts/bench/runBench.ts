/**
 * `npm run bench [-- --quick] [-- --sizes=seeds,1k,10k] [-- --runs=N]`: issue 5's benchmark in one run.
 * Per size: a corpus (the seeds, or generated), the pipeline CLI and `vite build` timed, the peers written
 * beside the build, cold loads in headless Chromium (app home, app event deep link, TimelineJS3, bare
 * vis-timeline); Lighthouse on the seeds (and 1k) builds; the dev server's incremental rebuild at the
 * largest size. Progress goes to stderr, the tables to stdout. Everything lives in one temp folder that
 * is removed at the end, and every server and child process is stopped, also on error.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumVersion, launchChromium, runLoads, type Target } from './browserBench.ts';
import { measureDevRebuild, type DevFigures } from './devRebuild.ts';
import { CORPUS_SEED, SIZES, textPageBytes } from './corpusSizes.ts';
import { writeCorpus } from './generateCorpus.ts';
import { measureJs } from './jsSizes.ts';
import { writePeerPages } from './peerPages.ts';
import { runLighthouse } from './lighthouseBench.ts';
import { cliStartupMs, runPipelineCli, runViteBuild } from './pipelineBench.ts';
import { freePort, killAll, progress } from './processes.ts';
import { printReport, type LighthouseRow, type SizeResult } from './report.ts';
import { serveStatic } from './staticServer.ts';

const repo = path.resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' } },
});
const sizes = (values.sizes ?? (values.quick ? 'seeds,1k' : 'seeds,1k,10k')).split(',').map((s) => s.trim());
for (const s of sizes)
  if (!(s in SIZES)) throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(',')}`);
const runs = Number(values.runs ?? (values.quick ? 3 : 5));

const appTitle = { title: '.event-item .item-title, h1.event-title', timeline: '.vis-timeline .vis-item' };
const LOAD_TIMEOUT = 60_000;

async function firstDatedEvent(buildDir: string): Promise<{ id: string; title: string } | null> {
  const d = JSON.parse(await readFile(path.join(buildDir, 'data/dataset.json'), 'utf8')) as {
    events: { id: string; title: string; date: unknown }[];
  };
  const dated = d.events.filter((e) => e.date);
  return dated[Math.floor(dated.length / 2)] ?? null;
}

async function benchSize(name: string, tmp: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const corpus = path.join(tmp, `corpus-${name}`);
  const spec = SIZES[name];
  if (spec) await writeCorpus(corpus, { seed: CORPUS_SEED, pages: spec.pages });
  else await cp(path.join(repo, 'seeds'), corpus, { recursive: true });
  const bytes = await textPageBytes(corpus);
  progress(`${name}: corpus ${corpus} (${(bytes / 1e6).toFixed(2)} MB); pipeline CLI…`);
  const pipeline = await runPipelineCli(repo, corpus, path.join(tmp, `data-${name}`));
  progress(`${name}: pipeline ${(pipeline.ms / 1000).toFixed(1)} s, ${pipeline.events} events; vite build…`);
  const buildDir = path.join(tmp, `build-${name}`);
  const build = await runViteBuild(repo, corpus, buildDir);
  const result: SizeResult = { name, corpus, bytes, pipeline, build, loads: null, js: null, deepLink: null };
  if (!build.ok) return result;
  result.js = await measureJs(buildDir);
  const peers = await writePeerPages(repo, buildDir);
  const event = await firstDatedEvent(buildDir);
  const server = await serveStatic(buildDir, await freePort());
  try {
    const targets: Target[] = [
      { name: 'app home', path: '/', selectors: appTitle, filter: true, pan: '.vis-timeline' },
      ...(event
        ? [
            {
              name: 'app event',
              path: `/events/${event.id}/`,
              selectors: appTitle,
              filter: false,
              pan: '.vis-timeline',
            },
          ]
        : []),
      {
        name: 'TimelineJS3',
        path: peers.timelinejs,
        selectors: {
          title: '.tl-storyslider .tl-headline',
          timeline: '.tl-timenav .tl-timemarker-content-container',
        },
        filter: false,
        pan: '.tl-timenav',
      },
      {
        name: 'vis-timeline',
        path: peers.vis,
        selectors: { title: '.vis-item .vis-item-content', timeline: '.vis-timeline .vis-item' },
        filter: false,
        pan: '.vis-timeline',
      },
    ];
    if (event) {
      const html = await readFile(path.join(buildDir, 'events', event.id, 'index.html'), 'utf8');
      result.deepLink = { title: event.title, inStaticHtml: /<h1[^>]*class="[^"]*event-title/.test(html) };
    }
    progress(`${name}: browser, ${runs} rounds of ${targets.length} cold loads…`);
    result.loads = await runLoads(browser, server.url, targets, runs, LOAD_TIMEOUT);
    if (name === 'seeds' || (name === '1k' && !values.quick)) {
      result.lighthouse = [];
      for (const t of targets.filter((x) => x.name !== 'app event')) {
        for (const preset of name === 'seeds' ? (['mobile', 'desktop'] as const) : (['mobile'] as const)) {
          progress(`${name}: lighthouse ${preset} ${t.name}…`);
          const lh = await runLighthouse(repo, `${server.url}${t.path}`, preset, tmp);
          result.lighthouse.push({ page: t.name, preset, ...lh } satisfies LighthouseRow);
        }
      }
    }
  } finally {
    await server.close();
  }
  return result;
}

let tmpDir: string | null = null;

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'news-bench-'));
  tmpDir = tmp;
  const t0 = performance.now();
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  try {
    browser = await launchChromium();
    const env = {
      node: process.version,
      chromium: await chromiumVersion(browser),
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '?',
      memGB: os.totalmem() / 1024 ** 3,
      loadStart: os.loadavg()[0] ?? 0,
      runs,
      sizes,
    };
    const startupMs = await cliStartupMs(repo);
    const results: SizeResult[] = [];
    for (const name of sizes) results.push(await benchSize(name, tmp, browser));
    await browser.close();
    browser = null;
    let dev: DevFigures | null = null;
    const largest = results.at(-1);
    if (largest) {
      progress(`${largest.name}: vite dev incremental rebuild…`);
      dev = await measureDevRebuild(repo, largest.corpus, 60_000);
    }
    printReport({
      env,
      startupMs,
      results,
      dev,
      devSize: largest?.name ?? '',
      seconds: (performance.now() - t0) / 1000,
    });
  } finally {
    await browser?.close().catch(() => undefined);
    await killAll();
    await rm(tmp, { recursive: true, force: true });
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void killAll()
      .then(() => (tmpDir ? rm(tmpDir, { recursive: true, force: true }) : undefined))
      .finally(() => process.exit(130));
  });
}
await main();
