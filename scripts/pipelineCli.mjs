/**
 * `npm run data`: runs src/pipeline/cli.ts bundled to plain JavaScript (with its packages) by esbuild,
 * which starts in a fraction of the time tsx takes to load and transpile the pipeline's modules one by
 * one through its loader. The bundle (and the page worker's, beside it) is kept in the system's temp
 * folder and rebuilt when any file it was built from changed (size or modification time). When
 * esbuild cannot be loaded or fails, the CLI runs through tsx as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { cli: 'src/pipeline/cli.ts', pageWorker: 'src/pipeline/pageWorker.ts' };
const CACHE = path.join(
  tmpdir(),
  `news-timeline-cli-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`,
);
const MANIFEST = path.join(CACHE, 'manifest.json');

/** `{ file: [size, mtimeMs] }` for the files given, null for one that is gone. */
function stamps(files) {
  const out = {};
  for (const file of files) {
    try {
      const s = statSync(path.resolve(ROOT, file));
      out[file] = [s.size, s.mtimeMs];
    } catch {
      out[file] = null;
    }
  }
  return out;
}

/** The bundle's folder when it is up to date with every file it was built from, else null. */
function currentBundle() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const now = stamps(Object.keys(manifest.inputs));
    const same = Object.entries(manifest.inputs).every(
      ([file, stamp]) => JSON.stringify(now[file]) === JSON.stringify(stamp),
    );
    return same ? path.join(CACHE, manifest.bundle) : null;
  } catch {
    return null;
  }
}

/** Bundles the entries into a new folder of the cache and points the manifest at it (atomically). */
async function bundle() {
  // esbuild comes with tsx (a dev dependency), which is what ran the CLI before.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  const name = `bundle-${process.pid}-${Date.now().toString(36)}`;
  const outdir = path.join(CACHE, name);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS packages (world-countries) may call require().
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    metafile: true,
    logLevel: 'error',
  });
  mkdirSync(CACHE, { recursive: true });
  const inputs = stamps(Object.keys(result.metafile.inputs));
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ bundle: name, inputs }));
  renameSync(tmp, MANIFEST);
  return outdir;
}

// The bundle runs from the temp folder: it is told where the pipeline's sources are (they version
// its page cache, src/pipeline/io/pageStore.ts).
process.env.NEWS_TIMELINE_SOURCE_ROOT ??= ROOT;
let dir = currentBundle();
if (!dir) {
  try {
    dir = await bundle();
  } catch (error) {
    if (process.env.DEBUG === '1') console.error(`cannot bundle the CLI, running it through tsx: ${error}`);
  }
}
if (dir) {
  await import(pathToFileURL(path.join(dir, 'cli.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, ENTRIES.cli)).href);
}
