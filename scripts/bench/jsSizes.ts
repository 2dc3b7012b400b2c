/**
 * JavaScript a build ships, gzipped at level 9: "initial" is the entry script of index.html plus its
 * modulepreload links (what loads before any lazy chunk, e.g. the timeline's); "total" is every .js file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type JsSizes = {
  initialKB: number;
  totalKB: number;
  files: { file: string; kB: number; initial: boolean }[];
};

async function jsFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const name = path.posix.join(rel, entry.name);
    if (entry.isDirectory() && !['data', 'events', 'peers'].includes(name))
      out.push(...(await jsFiles(dir, name)));
    else if (entry.isFile() && name.endsWith('.js')) out.push(name);
  }
  return out;
}

export async function measureJs(buildDir: string): Promise<JsSizes> {
  const html = await readFile(path.join(buildDir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g)) initial.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) initial.add(m[1]!);
  const initialFiles = new Set([...initial].map((u) => u.replace(/^\/+/, '')));
  const files = [];
  for (const file of await jsFiles(buildDir)) {
    const bytes = await readFile(path.join(buildDir, file));
    files.push({ file, kB: gzipSync(bytes, { level: 9 }).length / 1024, initial: initialFiles.has(file) });
  }
  files.sort((a, b) => b.kB - a.kB);
  const sum = (xs: { kB: number }[]) => xs.reduce((n, f) => n + f.kB, 0);
  return { initialKB: sum(files.filter((f) => f.initial)), totalKB: sum(files), files };
}
