/**
 * The dev server's incremental rebuild (one BuildCache kept across builds, JSON through stringifyJson)
 * must give byte for byte the dataset and texts of a build from scratch, whatever happened to the folder
 * in between.
 */
import { describe, expect, it } from 'vitest';
import { mixedFolder, type Folder } from './mixedFolderTestKit.ts';
import { buildDataset, createBuildCache } from './buildDataset.ts';
import { stringifyJson } from './io/stringifyJson.ts';

const AT = '2025-01-01T00:00:00.000Z';
const enc = (s: string) => new TextEncoder().encode(s);

/** The build as the dev server serves it (with a cache, through stringifyJson), or from scratch. */
function json(folder: Folder, cache?: ReturnType<typeof createBuildCache>): string {
  const result = buildDataset(folder.seeds, { generatedAt: AT, sidecars: folder.sidecars, cache });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const stringify = cache ? stringifyJson : JSON.stringify;
  return `${stringify(result.dataset)}\n${result.texts.map((t) => stringify(t)).join('\n')}`;
}

/** Null when equal, else both sides around the first character that differs (the JSON is long). */
function difference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  return `at ${i}: ${a.slice(i - 80, i + 80)}\n  vs: ${b.slice(i - 80, i + 80)}`;
}

function replace(folder: Folder, file: string, text: string): Folder {
  return { ...folder, seeds: folder.seeds.map((s) => (s.file === file ? { file, bytes: enc(text) } : s)) };
}

/** A small corpus whose few people recur across pages, the real seeds, and one page under two names. */
function startFolder(): Folder {
  return mixedFolder({ seed: 20250705, pages: 24, people: 12 });
}

describe('incremental rebuild', () => {
  it('gives what a build from scratch gives after pages change, arrive, go and move', () => {
    const cache = createBuildCache();
    let folder = startFolder();
    const text = (i: number) => new TextDecoder().decode(folder.seeds[i]!.bytes);
    const steps: [string, (f: Folder) => Folder][] = [
      ['nothing changed', (f) => f],
      ['a headline changed', (f) => replace(f, f.seeds[0]!.file, text(0).replace(/^[^\n]+/, '$& (update)'))],
      [
        'a person named in full where others use the surname',
        (f) =>
          replace(f, f.seeds[1]!.file, text(1).replace(/ said /, ' Vladimir Putin said on Monday that ')),
      ],
      ['a page added', (f) => ({ ...f, seeds: [...f.seeds, { file: '0_new.txt', bytes: enc(text(2)) }] })],
      ['a page removed', (f) => ({ ...f, seeds: f.seeds.filter((_, i) => i !== 4) })],
      ['the first copy of a duplicate removed', (f) => ({ ...f, seeds: f.seeds.filter((_, i) => i !== 3) })],
      [
        'a page renamed',
        (f) => ({ ...f, seeds: f.seeds.map((s, i) => (i === 6 ? { ...s, file: `r_${s.file}` } : s)) }),
      ],
      [
        'a sidecar changed',
        (f) => ({ ...f, sidecars: [{ ...f.sidecars[0]!, bytes: enc('{"capturedOn":"2022-03-04"}') }] }),
      ],
      ['a sidecar removed', (f) => ({ ...f, sidecars: [] })],
      ['back to the start', () => startFolder()],
    ];
    for (const [label, step] of steps) {
      folder = step(folder);
      expect(difference(json(folder, cache), json(folder)), label).toBeNull();
    }
  });

  it('merges and splits events across pages as a build from scratch does', () => {
    const cache = createBuildCache();
    const start = startFolder();
    const build = (folder: Folder) => {
      const result = buildDataset(folder.seeds, { generatedAt: AT, sidecars: folder.sidecars });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.dataset;
    };
    // A dated sentence of the first page that names nobody (it needs no person to be an event), copied
    // word for word into another page: a syndicated copy, so one event with sources on both pages.
    const first = start.seeds[0]!.file;
    const other = start.seeds[7]!.file;
    const dataset = build(start);
    const fileOf = new Map(dataset.articles.map((a) => [a.id, a.file]));
    const quote = dataset.events
      .find(
        (e) =>
          e.people.length === 0 &&
          e.sources.some((s) => fileOf.get(s.articleId) === first && /\d{4}/.test(s.dateText)),
      )!
      .sources.find((s) => fileOf.get(s.articleId) === first)!.quote;
    const original = new TextDecoder().decode(start.seeds[7]!.bytes);
    const merged = replace(start, other, `${original.trimEnd()} ${quote}\n`);
    // The pages the copied sentence's event is reported on, and its number of sources.
    const reports = (folder: Folder) => {
      const d = build(folder);
      const articleFile = new Map(d.articles.map((a) => [a.id, a.file]));
      const event = d.events.find((e) => e.sources.some((s) => s.quote === quote))!;
      return {
        files: [...new Set(event.sources.map((s) => articleFile.get(s.articleId)))].sort(),
        n: event.sources.length,
      };
    };
    const before = reports(start);
    expect(before.files).toEqual([first]);
    expect(reports(merged)).toEqual({ files: [first, other].sort(), n: before.n + 1 });
    for (const [label, folder] of [
      ['before', start],
      ['merged', merged],
      ['split again', start],
      ['merged again', merged],
    ] as const) {
      expect(difference(json(folder, cache), json(folder)), label).toBeNull();
    }
  });
});
