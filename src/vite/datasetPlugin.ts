import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { articleTextPath, DATASET_PATH, DATASET_UPDATE_EVENT } from '../shared/dataPaths.ts';
import { formatPageError, type BuildResult } from '../pipeline/buildDataset.ts';
import { buildFromFolder } from '../pipeline/io/buildFromFolder.ts';
import { isSeedPath } from '../pipeline/io/seedsFolder.ts';

type Built = Extract<BuildResult, { ok: true }>;
type Assets = Map<string, string>;

/**
 * Runs the pipeline inside Vite.
 *
 * - `vite build`: builds once and emits `data/dataset.json` and `data/articles/<id>.json` as assets;
 *   a page that cannot be read fails the build with the CLI's message.
 * - `vite dev`: serves the same JSON from memory, rebuilds when a file in the seeds folder is added,
 *   changed or removed, and tells the page (custom HMR event) to refetch. A bad page shows Vite's error
 *   overlay while the last good dataset keeps being served.
 */
export function datasetPlugin(options: { seedsDir: string }): Plugin {
  const seedsDir = path.resolve(options.seedsDir);
  let assets: Assets | null = null;
  let lastError: string | null = null;
  let isBuild = false;

  async function rebuild(): Promise<void> {
    const result = await buildFromFolder(seedsDir);
    if (!result.ok) {
      lastError = result.errors
        .map((e) => formatPageError({ ...e, file: path.join(seedsDir, e.file) }))
        .join('\n');
      throw new Error(lastError);
    }
    assets = toAssets(result);
    lastError = null;
  }

  return {
    name: 'news-timeline:dataset',

    configResolved(config) {
      isBuild = config.command === 'build';
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

    generateBundle() {
      if (!assets) return;
      for (const [fileName, source] of assets) this.emitFile({ type: 'asset', fileName, source });
    },

    async configureServer(server) {
      try {
        await rebuild();
      } catch (error) {
        server.config.logger.error(`[dataset] ${(error as Error).message}`);
      }
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (isSeedPath(seedsDir, file)) void rebuildAndNotify(server, rebuild, () => lastError);
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);

      const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
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

function toAssets({ dataset, texts }: Built): Assets {
  const assets: Assets = new Map();
  assets.set(DATASET_PATH, JSON.stringify(dataset));
  for (const t of texts) assets.set(decodeURIComponent(articleTextPath(t.id)), JSON.stringify(t));
  return assets;
}
