import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What the per-page cache (pageStore.ts) is keyed by besides the page: a digest of every source file
 * the pipeline is made of (src/pipeline and src/shared, tests and golden files left out), of the
 * installed packages' versions (package-lock.json: chrono-node, wink-nlp and the rest shape the
 * output too) and of the Node version (its regular expressions and Intl). Any edit to any of them gives
 * another version, so a cached analysis can only come from the very code that would redo it; no
 * version constant has to be remembered. Null when `root` holds no pipeline sources (the cache is then
 * not used).
 */
export function pipelineVersion(root: string): string | null {
  const files: string[] = [];
  for (const dir of ['src/pipeline', 'src/shared']) {
    try {
      collect(root, dir, files);
    } catch {
      return null;
    }
  }
  if (files.length === 0) return null;
  const hash = createHash('sha256');
  for (const file of [...files.sort(), 'package-lock.json']) {
    hash.update(file).update('\u0000');
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('(none)');
    }
    hash.update('\u0000');
  }
  hash.update(process.version);
  return hash.digest('hex').slice(0, 24);
}

/** Files under `dir` (relative to root, '/' separators) that the pipeline's output can depend on. */
function collect(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== '__golden__') collect(root, rel, out);
    } else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
}
