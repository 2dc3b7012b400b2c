import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SeedFile, SkippedFile } from '../buildDataset.ts';
import { ID_LEDGER_FILE } from '../events/parseIdLedger.ts';
import { SIDECAR_SUFFIX } from '../pages/sidecar.ts';

/** File names that may sit in seeds/ without being pages. */
const NOT_PAGES = /^(?:README(?:\.md)?|LICEN[CS]E(?:\.\w+)?)$/i;

/** The inputs read as pages: text pages, saved web pages, feeds and web archives. */
const PAGE_FILE = /\.(?:txt|html?(?:\.gz)?|xml|rss|atom|json|warc(?:\.gz)?)$/;
const PAGE_KINDS = '.txt, .html/.htm(.gz), .xml/.rss/.atom/.json feeds, .warc(.gz)';

/** A page file found in a seeds folder, not read yet: its name from the folder, full path and size. */
export type SeedEntry = { file: string; full: string; size: number };

export type SeedsListing = {
  pages: SeedEntry[];
  skipped: SkippedFile[];
  sidecars: SeedFile[];
  idLedger: SeedFile | null;
};

/**
 * Every page in a seeds folder and its sub-folders (text pages, web pages, feeds, web archives; name
 * order), the editors' sidecars (`*.meta.json`), the event id ledger (`event-ids.json`, null when
 * there is none), and every other entry (folders, links to nothing, hidden and other files) with the
 * reason it is not read as a page, so nothing in the folder is dropped silently. Throws with the
 * folder's or file's name when either cannot be read. The file system is read with synchronous
 * calls: a folder of hundreds of small pages reads several times faster than through the thread pool
 * (15 ms rather than 100 for 625 pages), which is most of a dev-server rebuild after one page changed;
 * the build that follows blocks anyway.
 */
export async function readSeedsFolder(
  dir: string,
): Promise<{ seeds: SeedFile[]; skipped: SkippedFile[]; sidecars: SeedFile[]; idLedger: SeedFile | null }> {
  const { pages, ...rest } = listSeedsFolder(dir);
  return { seeds: pages.map((p) => ({ file: p.file, bytes: readSeedBytes(p) })), ...rest };
}

/**
 * readSeedsFolder without reading the pages: their names and sizes only (sidecars and the ledger are
 * read), so that a build can read one page at a time and drop its bytes once it is analysed.
 */
export function listSeedsFolder(dir: string): SeedsListing {
  const pages: SeedEntry[] = [];
  const skipped: SkippedFile[] = [];
  const sidecars: SeedFile[] = [];
  let idLedger: SeedFile | null = null;
  // Sub-folders are read too; their files are named by their path from `dir`, with '/' separators.
  const folders = [''];
  for (let rel = folders.shift(); rel !== undefined; rel = folders.shift()) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, rel)).sort();
    } catch (error) {
      throw new Error(`cannot read the seeds folder ${path.join(dir, rel)}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    for (const name of names) {
      const file = rel ? `${rel}/${name}` : name;
      const full = path.join(dir, file);
      const entry = entryKind(full);
      const kind = entry.kind;
      const lower = name.toLowerCase();
      if (name.startsWith('.')) skipped.push({ file, reason: 'hidden file' });
      else if (kind === 'folder') folders.push(file);
      else if (kind === 'broken link') skipped.push({ file, reason: 'a link to a file that is not there' });
      else if (kind !== 'file') skipped.push({ file, reason: 'not a regular file' });
      else if (NOT_PAGES.test(name)) skipped.push({ file, reason: 'documentation, not a page' });
      else if (file === ID_LEDGER_FILE) idLedger = { file, bytes: readSeed(full) };
      else if (lower.endsWith(SIDECAR_SUFFIX)) sidecars.push({ file, bytes: readSeed(full) });
      else if (!PAGE_FILE.test(lower)) skipped.push({ file, reason: `not a page (${PAGE_KINDS})` });
      else pages.push({ file, full, size: entry.size });
    }
  }
  return { pages, skipped, sidecars, idLedger };
}

/** A listed page's bytes; a file that cannot be read (gone, permissions) is named in the message. */
export function readSeedBytes(page: SeedEntry): Uint8Array {
  return readSeed(page.full);
}

export function isSeedPath(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** What a folder entry is; a link counts as what it points to (or as broken). */
function entryKind(full: string): { kind: 'file' | 'folder' | 'broken link' | 'other'; size: number } {
  let info;
  try {
    info = statSync(full);
  } catch (error) {
    const link = lstatOrNull(full);
    if (link?.isSymbolicLink()) return { kind: 'broken link', size: 0 };
    throw new Error(`cannot read ${full}: ${(error as Error).message}`, { cause: error });
  }
  return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other', size: info.size };
}

function lstatOrNull(full: string) {
  try {
    return lstatSync(full);
  } catch {
    return null;
  }
}

/** A seed's bytes; a file that cannot be read (permissions, a disk error) is named in the message. */
function readSeed(full: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(full));
  } catch (error) {
    throw new Error(`cannot read ${full}: ${(error as Error).message}`, { cause: error });
  }
}
