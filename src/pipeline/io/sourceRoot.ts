import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder whose pipeline sources version the page cache: NEWS_TIMELINE_SOURCE_ROOT when
 * set (the bundling launcher scripts/pipelineCli.mjs gives it), else the folder two levels above the
 * calling module when that module still sits at its source path `expected` (e.g. `src/pipeline/cli.ts`;
 * Vite keeps a config dependency's own URL), else null: a bundled copy cannot find the sources, so no
 * page cache.
 */
export function sourceRoot(
  moduleUrl: string,
  expected: string,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const given = env.NEWS_TIMELINE_SOURCE_ROOT;
  if (given) return given;
  const here = fileURLToPath(moduleUrl);
  const rel = path.join(...expected.split('/'));
  if (!here.endsWith(path.sep + rel)) return null;
  return here.slice(0, here.length - rel.length - 1);
}
