/**
 * Links that last (issue 6), tested by building twice: the seeds in a temp folder are built (the ledger
 * written back as `npm run build` does), a page is corrected or added, and the folder is built again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../shared/schema.ts';
import { buildDataset } from './buildDataset.ts';
import { formatIdLedger, ID_LEDGER_FILE } from './events/parseIdLedger.ts';
import { buildFromFolder } from './io/buildFromFolder.ts';
import { readSeedsFolder } from './io/seedsFolder.ts';
import { writeIdLedger } from './io/writeIdLedger.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGE_000 = '000_eaa9ddb59c18344f.txt';
const PAGE_004 = '004_e00c593ef1c053d8.txt';
const folders: string[] = [];

function seedsCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ids-seeds-'));
  folders.push(dir);
  cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
  return dir;
}

async function build(dir: string) {
  const result = await buildFromFolder(dir, {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const outcome = await writeIdLedger(dir, result.idLedger.ledger);
  return { dataset: result.dataset, changes: result.idLedger.changes, outcome };
}

function edit(dir: string, file: string, from: string, to: string): void {
  const text = readFileSync(path.join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(path.join(dir, file), text.replace(from, to));
}

const idsOf = (d: Dataset) => d.events.map((e) => e.id);
const byId = (d: Dataset, id: string) => d.events.find((e) => e.id === id);
/**
 * The aliases of `d` that `before` did not have: the committed ledger may already hold aliases (an
 * event retitled by a pipeline change keeps its old id as one), which every build carries on.
 */
const fresh = (d: Dataset, before: Dataset) =>
  d.aliases.filter((a) => !before.aliases.some((b) => b.from === a.from && b.to === a.to));
/** Where an id leads now: its own event, or the one its alias names. */
const resolve = (d: Dataset, id: string) =>
  byId(d, id) ?? byId(d, d.aliases.find((a) => a.from === id)?.to ?? '');

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('event ids across rebuilds', () => {
  it('the committed seeds/event-ids.json is up to date with the seeds', async () => {
    const { seeds, idLedger } = await readSeedsFolder(path.join(ROOT, 'seeds'));
    const result = buildDataset(seeds, { generatedAt: '2025-01-01T00:00:00.000Z', idLedger });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const committed = idLedger ? new TextDecoder().decode(idLedger.bytes) : '(none)';
    expect(committed, 'run `npm run build` (or `npm run data`) and commit seeds/event-ids.json').toBe(
      formatIdLedger(result.idLedger.ledger),
    );
  });

  it('a rebuild with nothing changed keeps every id and leaves the ledger file alone', async () => {
    const dir = seedsCopy();
    const first = await build(dir);
    const second = await build(dir);
    expect(second.outcome).toBe('unchanged');
    expect(idsOf(second.dataset)).toEqual(idsOf(first.dataset));
    expect(second.dataset.aliases).toEqual(first.dataset.aliases);
  });

  it.each([
    [
      'a corrected date',
      PAGE_004,
      'Hamas said it had responded on Friday',
      'Hamas said it had responded on Thursday',
      '2025-07-04-hamas-responds-in-a-positive-spirit',
      '2025-07-03-hamas-responds-in-a-positive-spirit',
    ],
    [
      'a corrected title',
      PAGE_000,
      'Mr Putin and French President Emmanuel Macron held',
      'Mr Putin and German Chancellor Friedrich Merz held',
      '2025-07-01-putin-and-macron-speak-by-phone',
      '2025-07-01-putin-and-merz-speak-by-phone',
    ],
  ])(
    '%s: a new id, the old one leads to it, every other id stays',
    async (_n, page, from, to, oldId, newId) => {
      const dir = seedsCopy();
      const before = (await build(dir)).dataset;
      edit(dir, page, from, to);
      const after = await build(dir);
      expect(after.outcome).toBe('written');
      expect(after.changes).toMatchObject({ added: 1, aliased: 1, retired: 0 });
      expect(fresh(after.dataset, before)).toEqual([{ from: oldId, to: newId }]);
      expect(resolve(after.dataset, oldId)?.id).toBe(newId);
      expect(idsOf(after.dataset).filter((id) => !idsOf(before).includes(id))).toEqual([newId]);
      // Built once more from its own ledger: nothing moves.
      const again = await build(dir);
      expect(again.outcome).toBe('unchanged');
      expect(again.dataset.aliases).toEqual(after.dataset.aliases);

      edit(dir, page, to, from);
      const undone = await build(dir);
      expect(idsOf(undone.dataset)).toEqual(idsOf(before));
      expect(fresh(undone.dataset, before)).toEqual([{ from: newId, to: oldId }]);
    },
  );

  it('adding pages keeps every id, where plain slugs would rename one event and re-point another', async () => {
    const dir = seedsCopy();
    const before = (await build(dir)).dataset;
    // Sorted before the others: the same undated event in other words, and a new report that joins
    // the June 13 strike with a title that reads better.
    const added = {
      '000_0_added.txt':
        "Talks\nA Downing Street spokesman added: 'Since Ukraine agreed to an unconditional ceasefire over four months ago, 500 civilians have been killed.'\n",
      '000_1_added.txt':
        'Iran\nIsrael attacks Iran. Iran said Israel attacked it on June 13, 2025 with jets.\n',
    };
    for (const [name, text] of Object.entries(added)) writeFileSync(path.join(dir, name), text);

    const { seeds } = await readSeedsFolder(dir);
    const plain = buildDataset(seeds, { generatedAt: '2025-01-01T00:00:00.000Z' });
    if (!plain.ok) throw new Error('expected a build');
    const quotesOf = (d: Dataset, id: string) => byId(d, id)?.sources.map((s) => s.quote) ?? [];
    const moved = idsOf(before).filter(
      (id) => !quotesOf(before, id).every((q) => quotesOf(plain.dataset, id).includes(q)),
    );
    expect(moved).toEqual(['2025-06-13-israel-attacks-iran', 'undated-unconditional-ceasefire']);

    const after = await build(dir);
    expect(after.changes).toMatchObject({ aliased: 0, retired: 0 });
    expect(fresh(after.dataset, before)).toEqual([]);
    for (const id of idsOf(before)) {
      expect(quotesOf(after.dataset, id), id).toEqual(expect.arrayContaining(quotesOf(before, id)));
    }
  });

  it('removing a page retires the ids only it reported; putting it back brings them back', async () => {
    const dir = seedsCopy();
    const before = (await build(dir)).dataset;
    const page = readFileSync(path.join(dir, PAGE_004));
    rmSync(path.join(dir, PAGE_004));
    const without = await build(dir);
    expect(fresh(without.dataset, before)).toEqual([]);
    expect(without.changes.retired).toBeGreaterThan(0);
    expect(byId(without.dataset, '2025-07-03-putin-and-trump-speak-by-phone')).toBeDefined();
    writeFileSync(path.join(dir, PAGE_004), page);
    const back = await build(dir);
    expect(idsOf(back.dataset)).toEqual(idsOf(before));
  });

  it('a malformed ledger stops `npm run data` with the file and the reason, and no stack trace', () => {
    const dir = seedsCopy();
    writeFileSync(path.join(dir, ID_LEDGER_FILE), '{ "version": 1, "ids": [ ');
    const out = mkdtempSync(path.join(tmpdir(), 'ids-out-'));
    folders.push(out);
    const run = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'src/pipeline/cli.ts'), '--seeds', dir, '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `error: ${path.join(dir, ID_LEDGER_FILE)}: cannot be parsed: the event id ledger is not valid JSON (`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
