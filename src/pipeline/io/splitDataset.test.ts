import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DatasetIndexSchema,
  DatasetSchema,
  EventDetailsShardSchema,
  SearchTextSchema,
} from '../../shared/schema.ts';
import { splitDataset } from '../../shared/splitDataset.ts';

// The seeds' whole-pipeline output, checked by hand when it was written.
const golden = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../__golden__/seeds.dataset.json'), 'utf8'),
) as { dataset: unknown };
const dataset = DatasetSchema.parse(golden.dataset);

describe('splitDataset', () => {
  const { index, shards, search } = splitDataset(dataset);

  it('gives an index without a single quote, valid against the index schema', () => {
    expect(DatasetIndexSchema.safeParse(index).success).toBe(true);
    expect(JSON.stringify(index)).not.toContain('"quote"');
    expect(index.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  });

  it('loses nothing: index and shards together give back every event with its sources', () => {
    for (const s of shards) expect(EventDetailsShardSchema.safeParse(s).success).toBe(true);
    const sources = new Map(shards.flatMap((s) => Object.entries(s.sources)));
    const rejoined = index.events.map(({ sourceArticleIds, ...e }) => {
      expect(sourceArticleIds).toEqual(sources.get(e.id)?.map((s) => s.articleId));
      return { ...e, sources: sources.get(e.id) };
    });
    expect(rejoined).toEqual(dataset.events);
  });

  it('puts each event in the shard of the month its date starts in, undated ones together', () => {
    for (const s of shards) {
      for (const id of Object.keys(s.sources)) {
        const event = dataset.events.find((e) => e.id === id)!;
        expect(s.key).toBe(event.date ? event.date.start.slice(0, 7) : 'undated');
      }
    }
    expect(shards.map((s) => s.key)).toContain('2025-07');
    expect(shards.map((s) => s.key)).toContain('undated');
  });

  it('keeps every quote in the search text', () => {
    expect(SearchTextSchema.safeParse(search).success).toBe(true);
    for (const e of dataset.events) for (const s of e.sources) expect(search.quotes[e.id]).toContain(s.quote);
  });

  it('gives again the shard it gave for the same event objects, and a new one where an event changed', () => {
    const again = splitDataset({ ...dataset, events: [...dataset.events] });
    again.shards.forEach((s, i) => expect(s).toBe(shards[i]));
    const changed = dataset.events.findIndex((e) => e.date?.start.startsWith('2025-07'));
    const events = dataset.events.map((e, i) => (i === changed ? { ...e, title: 'Edited' } : e));
    const edited = splitDataset({ ...dataset, events });
    expect(edited.shards.map((s) => s.key)).toEqual(shards.map((s) => s.key));
    edited.shards.forEach((s, i) => {
      if (s.key === '2025-07') expect(s).not.toBe(shards[i]);
      else expect(s).toBe(shards[i]);
      expect(s).toEqual(shards[i]);
    });
    expect(edited.index.events[changed]!.title).toBe('Edited');
    // Titles are not in the search text: the same quotes, the same object.
    expect(edited.search).toBe(search);
    const quoted = dataset.events.map((e, i) =>
      i === changed ? { ...e, sources: [{ ...e.sources[0]!, quote: 'New' }] } : e,
    );
    const requoted = splitDataset({ ...dataset, events: quoted }).search;
    expect(requoted).not.toBe(search);
    expect(requoted.quotes[dataset.events[changed]!.id]).toBe('New');
    expect(Object.keys(requoted.quotes)).toEqual(Object.keys(search.quotes));
  });
});
