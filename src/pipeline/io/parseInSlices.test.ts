import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slicedParser } from '../../shared/parseInSlices.ts';
import {
  ArticleSummarySchema,
  DatasetIndexSchema,
  DatasetSchema,
  datasetIndexParser,
  EventSummarySchema,
  PageSchema,
} from '../../shared/schema.ts';
import { splitDataset } from '../../shared/splitDataset.ts';

// The seeds' whole-pipeline output, checked by hand when it was written.
const golden = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../__golden__/seeds.dataset.json'), 'utf8'),
) as { dataset: unknown };
const index = splitDataset(DatasetSchema.parse(golden.dataset)).index;
const copy = () =>
  structuredClone(index) as unknown as Record<string, unknown> & {
    events: unknown[];
  };

function counted(sliceSize: number) {
  let pauses = 0;
  const parser = slicedParser(
    DatasetIndexSchema,
    { pages: PageSchema, articles: ArticleSummarySchema, events: EventSummarySchema },
    async () => {
      pauses += 1;
    },
    sliceSize,
  );
  return { parser, pauses: () => pauses };
}

describe('slicedParser', () => {
  it('gives what the schema gives on a valid index, unknown keys stripped alike', async () => {
    const body = copy();
    (body.events[3] as Record<string, unknown>).extra = 'not in the schema';
    body.extra = 1;
    const expected = DatasetIndexSchema.safeParse(body);
    expect(expected.success).toBe(true);
    const got = await counted(4).parser.safeParse(body);
    expect(got).toEqual({ success: true, data: expected.data });
    expect(JSON.stringify(got)).not.toContain('not in the schema');
  });

  it('pauses between slices, never before the first or after the last', async () => {
    const total = index.pages.length + index.articles.length + index.events.length;
    for (const size of [1, 4, 7, total, total + 5]) {
      const { parser, pauses } = counted(size);
      await parser.safeParse(copy());
      expect([size, pauses()]).toEqual([size, Math.ceil(total / size) - 1]);
    }
  });

  it.each([
    [
      'a bad event in the last slice',
      (b: ReturnType<typeof copy>) => void ((b.events.at(-1) as { id: string }).id = 'Not An Id'),
    ],
    ['an event that is not an object', (b: ReturnType<typeof copy>) => void (b.events[0] = 'event')],
    ['events that are not an array', (b: ReturnType<typeof copy>) => void (b.events = {} as unknown[])],
    ['a bad field outside the arrays', (b: ReturnType<typeof copy>) => void (b.schemaVersion = 2)],
    ['a bad page', (b: ReturnType<typeof copy>) => void ((b.pages as object[])[0] = { file: '' })],
  ])('fails like the schema on %s', async (_, spoil) => {
    const body = copy();
    spoil(body);
    expect(DatasetIndexSchema.safeParse(body).success).toBe(false);
    expect((await counted(3).parser.safeParse(body)).success).toBe(false);
  });

  it('fails on a body that is not an object', async () => {
    for (const body of [null, 'text', 3, []])
      expect((await counted(3).parser.safeParse(body)).success).toBe(false);
  });

  it('is what the app parses the index with', async () => {
    expect(await datasetIndexParser(async () => undefined).safeParse(copy())).toEqual(
      DatasetIndexSchema.safeParse(copy()),
    );
  });
});
