import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { z } from 'zod/mini';
import type { PageWork } from '../pageWork.ts';
import { pipelineVersion } from './pipelineVersion.ts';

/**
 * The per-page cache on disk: each page's work (read, capture day, article analyses: pageWork.ts),
 * kept under its key (bytes' digest, reader, sidecar and file name: the page's analysis depends on
 * nothing else) in a folder per pipeline version (pipelineVersion.ts), so that a build after one page
 * changed analyses that page only, also in a new process. An entry is a JSON header line (format,
 * version, key, payload digest and length) and the work in V8's serialisation, the format worker
 * threads already pass it in. An entry that does not check out (another format or version or key, a
 * payload cut short or changed, a shape that is not a page's work) is never used: it is left out with
 * a note and the page is analysed again. Writing is best-effort (a note when it fails): a cache that
 * cannot be written costs time, never a build.
 */
export type PageStore = {
  dir: string;
  load(key: string): PageWork | null;
  save(key: string, work: PageWork): void;
  /** What went wrong (an entry ignored, a write that failed), for the build's log. */
  notes: string[];
};

const FORMAT = 'news-timeline-page/1';
/** Version folders kept besides the current one (most recently used first); older ones are removed. */
const KEEP_VERSIONS = 2;

const HeaderSchema = z.object({
  format: z.literal(FORMAT),
  version: z.string(),
  key: z.string(),
  sha256: z.string(),
  bytes: z.number(),
});

/** The shape of a page's work, checked on what is read back (a deeper check than this is the digest). */
const WorkSchema = z.object({
  read: z.object({
    parsed: z.object({ ok: z.boolean() }),
    capture: z.nullable(z.object({ capturedOn: z.nullable(z.string()), evidence: z.array(z.string()) })),
  }),
  analyses: z.array(
    z.tuple([
      z.string(),
      z.object({
        articleId: z.string(),
        people: z.array(z.unknown()),
        headlinePeople: z.array(z.unknown()),
        mentions: z.array(z.unknown()),
        countryClues: z.array(z.unknown()),
      }),
    ]),
  ),
});

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The store for `version` in `root` (created when first written to). */
export function openPageStore(root: string, version: string): PageStore {
  const dir = path.join(root, version);
  const notes: string[] = [];
  let made = false;
  const fileFor = (key: string) => path.join(dir, `${sha256(key).slice(0, 32)}.page`);
  return {
    dir,
    notes,
    load(key) {
      const file = fileFor(key);
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch {
        return null;
      }
      const result = decode(data, version, key);
      if (typeof result === 'string') {
        notes.push(`ignored the cache entry ${file}: ${result}`);
        return null;
      }
      return result;
    },
    save(key, work) {
      try {
        if (!made) {
          mkdirSync(dir, { recursive: true });
          pruneVersions(root, version);
          made = true;
        }
        const file = fileFor(key);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, encode(work, version, key));
        renameSync(tmp, file);
      } catch (error) {
        notes.push(`cannot write the page cache in ${dir}: ${(error as Error).message}`);
      }
    },
  };
}

export function encode(work: PageWork, version: string, key: string): Buffer {
  const payload = serialize(work);
  const header = { format: FORMAT, version, key, sha256: sha256(payload), bytes: payload.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]);
}

/** The page's work in an entry, or why the entry is not used. */
export function decode(data: Buffer, version: string, key: string): PageWork | string {
  const newline = data.indexOf(0x0a);
  if (newline < 0) return 'no header';
  let header;
  try {
    header = HeaderSchema.safeParse(JSON.parse(data.subarray(0, newline).toString('utf8')));
  } catch {
    return 'the header is not JSON';
  }
  if (!header.success) return 'not a page cache entry of this format';
  if (header.data.version !== version) return 'made by another pipeline version';
  if (header.data.key !== key) return 'made for another page';
  const payload = data.subarray(newline + 1);
  if (payload.length !== header.data.bytes)
    return `cut short (${payload.length} of ${header.data.bytes} bytes)`;
  if (sha256(payload) !== header.data.sha256) return 'its content does not match its digest';
  let work: unknown;
  try {
    work = deserialize(payload);
  } catch {
    return 'its content cannot be read';
  }
  return WorkSchema.safeParse(work).success ? (work as PageWork) : 'its content is not a page’s work';
}

/** Removes the version folders beyond the current one and the KEEP_VERSIONS most recently changed. */
function pruneVersions(root: string, current: string): void {
  const others = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== current && /^[0-9a-f]{24}$/.test(e.name))
    .map((e) => ({ name: e.name, at: statSync(path.join(root, e.name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP_VERSIONS))
    rmSync(path.join(root, old.name), { recursive: true, force: true });
}

/**
 * The CLI's store: in NEWS_TIMELINE_CACHE_DIR, else `node_modules/.cache/news-timeline/pages` under
 * the project (`sourceRoot`, where the pipeline's sources are: they give the version). None with
 * NEWS_TIMELINE_CACHE=off, or when the sources cannot be found; `why` says which.
 */
export function pageStoreFromEnv(
  env: NodeJS.ProcessEnv,
  sourceRoot: string | null,
): { store: PageStore | null; why: string } {
  if (env.NEWS_TIMELINE_CACHE === 'off') return { store: null, why: 'off (NEWS_TIMELINE_CACHE=off)' };
  const version = sourceRoot ? pipelineVersion(sourceRoot) : null;
  if (!sourceRoot || !version) return { store: null, why: 'off (the pipeline sources were not found)' };
  const root =
    env.NEWS_TIMELINE_CACHE_DIR || path.join(sourceRoot, 'node_modules/.cache/news-timeline/pages');
  return { store: openPageStore(path.resolve(root), version), why: '' };
}
