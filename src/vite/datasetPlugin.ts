import path from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { DATASET_UPDATE_EVENT } from '../shared/dataPaths.ts';
import { createBuildCache, formatPageError, type BuildResult } from '../pipeline/buildDataset.ts';
import { describeIdChanges } from '../pipeline/events/assignEventIds.ts';
import { ID_LEDGER_FILE } from '../pipeline/events/parseIdLedger.ts';
import { buildFromFolder } from '../pipeline/io/buildFromFolder.ts';
import { datasetFiles } from '../pipeline/io/datasetFiles.ts';
import { writeIdLedger } from '../pipeline/io/writeIdLedger.ts';
import { pageStoreFromEnv, type PageStore } from '../pipeline/io/pageStore.ts';
import { isSeedPath } from '../pipeline/io/seedsFolder.ts';
import { sourceRoot } from '../pipeline/io/sourceRoot.ts';
import { stringifyJson } from '../pipeline/io/stringifyJson.ts';
import { coalesceRuns } from './coalesceRuns.ts';
import { redirectToPageFolders, serveAppPages } from './pageRoutes.ts';
import { renderStaticPages } from './renderStaticPages.ts';
import { basePathOf, DEFAULT_SITE_URL, resolveSiteUrls, type SiteUrls } from './siteUrls.ts';

/** Watcher events within this long of the first one (one save fires several) make one rebuild. */
const REBUILD_DELAY_MS = 20;

type Built = Extract<BuildResult, { ok: true }>;
type Assets = Map<string, string>;

export type DatasetPluginOptions = {
  /** Folder of captured pages, relative to the working directory. */
  seedsDir: string;
  /** Absolute address of the deployed site (SITE_URL), e.g. `https://news.example.org`. */
  siteUrl?: string | undefined;
};

/**
 * Runs the pipeline inside Vite.
 *
 * - `vite build`: builds once and emits `data/dataset.json` and `data/articles/<id>.json` as assets;
 *   a page that cannot be read fails the build with the CLI's message. From the built index.html it
 *   writes `events/<id>/index.html` for every event and `about/index.html` (title, description,
 *   canonical URL, Open Graph and Twitter tags, and the content as plain HTML inside #root for crawlers
 *   and readers without JavaScript), and adds the same tags for the home view to index.html. Absolute
 *   URLs are `{siteUrl}{base}…`; without `siteUrl` they use DEFAULT_SITE_URL, and the build log says so.
 *   Each alias (an event's id before a correction) gets `events/<old id>/index.html` leading to the
 *   event's page. Once the bundle is written, the seeds folder's `event-ids.json` is updated if it
 *   changed, and one line says how many ids were added, aliased and retired.
 * - `vite dev`: serves the same JSON from memory (ids from `event-ids.json`, which it never writes),
 *   rebuilds when a file in the seeds folder is added, changed or removed, and tells the page (custom
 *   HMR event) to refetch. A bad page shows Vite's error overlay while the last good dataset keeps
 *   being served. `{base}events/<id>[/]` and `{base}about[/]` are answered with the app's index.html,
 *   as the static pages are in production.
 * - Both keep each page's work in the CLI's page cache on disk (pageStore.ts; NEWS_TIMELINE_CACHE=off
 *   turns it off), so a server started again reads the pages it analysed before.
 * - `vite preview`: `{base}events/<id>` redirects to `{base}events/<id>/`, as static file servers do.
 */
export function datasetPlugin(options: DatasetPluginOptions): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  let built: Built | null = null;
  let assets: Assets | null = null;
  let urls: SiteUrls | null = null;
  let lastError: string | null = null;
  let isBuild = false;
  let logger: Logger | null = null;

  // Pages, analyses and checked elements survive rebuilds: editing one page redoes only that page.
  const cache = createBuildCache();
  // And processes: the page cache on disk that `npm run data` keeps (same folder, same versions), so a
  // dev server started again, or a build, analyses only the pages no earlier run analysed.
  let store: PageStore | null | undefined;

  async function rebuild(): Promise<void> {
    if (store === undefined)
      store = pageStoreFromEnv(process.env, sourceRoot(import.meta.url, 'src/vite/datasetPlugin.ts')).store;
    const result = await buildFromFolder(seedsDir, process.env, { cache, store });
    for (const note of store?.notes.splice(0) ?? []) logger?.warn(`[dataset] page cache: ${note}`);
    if (!result.ok) {
      lastError = result.errors
        .map((e) => formatPageError({ ...e, file: path.join(seedsDir, e.file) }))
        .join('\n');
      throw new Error(lastError);
    }
    built = result;
    assets = toAssets(result);
    lastError = null;
  }

  return {
    name: 'news-timeline:dataset',

    configResolved(config) {
      isBuild = config.command === 'build';
      logger = config.logger;
      if (!isBuild) return;
      urls = resolveSiteUrls({ siteUrl: options.siteUrl, base: config.base });
      if (urls.isDefaultOrigin) {
        config.logger.warn(
          `[dataset] SITE_URL is not set: canonical and Open Graph URLs use ${DEFAULT_SITE_URL}; ` +
            'set SITE_URL=https://your.site when building for a real host.',
        );
      }
    },

    async buildStart() {
      if (!isBuild) return;
      this.addWatchFile(seedsDir);
      try {
        await rebuild();
      } catch (error) {
        this.error(`seeds cannot be built into a dataset:\n${(error as Error).message}`);
      }
    },

    // After Vite's own HTML plugin, so index.html in the bundle already carries the hashed tags.
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        if (!assets || !built || !urls) return;
        for (const [fileName, source] of assets) this.emitFile({ type: 'asset', fileName, source });
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') {
          this.warn('no index.html in the bundle: the event and about pages are not written');
          return;
        }
        let pages: ReturnType<typeof renderStaticPages>;
        try {
          pages = renderStaticPages(built.dataset, index.source, urls);
        } catch (error) {
          this.error(`the event pages cannot be written: ${(error as Error).message}`);
        }
        index.source = pages.home;
        for (const [fileName, source] of pages.pages) this.emitFile({ type: 'asset', fileName, source });
      },
    },

    // Only a build that wrote its pages records their ids.
    async writeBundle() {
      if (!isBuild || !built) return;
      try {
        const outcome = await writeIdLedger(seedsDir, built.idLedger.ledger);
        const full = path.join(seedsDir, ID_LEDGER_FILE);
        const file = isSeedPath(process.cwd(), full) ? path.relative(process.cwd(), full) : full;
        logger?.info(`[dataset] ${describeIdChanges(built.idLedger.changes, file, outcome)}`);
      } catch (error) {
        this.error(`the event id ledger cannot be written: ${(error as Error).message}`);
      }
    },

    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      if (!base.startsWith('/')) return; // a relative or CDN base: no pages were written for it
      server.middlewares.use(redirectToPageFolders(basePathOf(base), path.resolve(root, build.outDir)));
    },

    async configureServer(server) {
      try {
        await rebuild();
      } catch (error) {
        server.config.logger.error(`[dataset] ${(error as Error).message}`);
      }
      server.watcher.add(seedsDir);
      const scheduleRebuild = coalesceRuns(
        () => rebuildAndNotify(server, rebuild, () => lastError),
        REBUILD_DELAY_MS,
      );
      const onChange = (file: string) => {
        if (isSeedPath(seedsDir, file)) scheduleRebuild();
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);

      const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
      server.middlewares.use(serveAppPages(basePathOf(base)));
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${base}data/`)) return next();
        const key = decodeURIComponent(url.slice(base.length));
        const body = assets?.get(key);
        if (body === undefined) {
          res.statusCode = assets ? 404 : 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(assets ? `not found: ${key}` : `dataset not built: ${lastError ?? 'unknown error'}`);
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      });
    },
  };
}

async function rebuildAndNotify(
  server: ViteDevServer,
  rebuild: () => Promise<void>,
  lastError: () => string | null,
): Promise<void> {
  try {
    await rebuild();
    server.config.logger.info('[dataset] seeds changed: dataset rebuilt', { timestamp: true });
    server.ws.send({ type: 'custom', event: DATASET_UPDATE_EVENT });
  } catch {
    const message = lastError() ?? 'unknown error';
    server.config.logger.error(`[dataset] ${message} (still serving the last good dataset)`, {
      timestamp: true,
    });
    server.ws.send({
      type: 'error',
      err: {
        message: `seeds cannot be built into a dataset:\n${message}`,
        stack: '',
        plugin: 'news-timeline:dataset',
      },
    });
  }
}

// stringifyJson: JSON.stringify that reuses the text of what did not change since the last rebuild.
function toAssets({ dataset, texts }: Built): Assets {
  const assets: Assets = new Map();
  for (const [file, value] of datasetFiles(dataset, texts)) assets.set(file, stringifyJson(value));
  return assets;
}
