/**
 * The events the two seed pages must yield, checked against what the pages say (dates are 2025 unless
 * stated). Independent of the golden file: these are the facts a reader would check by hand.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../shared/schema.ts';
import { buildDataset } from './buildDataset.ts';
import { readSeedsFolder } from './io/seedsFolder.ts';

let dataset: Dataset;
const person = (name: RegExp) => dataset.people.find((p) => name.test(p.name))?.id ?? `missing ${name}`;
const pageOf = (articleId: string) => dataset.articles.find((a) => a.id === articleId)?.file;

function find(type: string, start: string, status = 'happened'): TimelineEvent[] {
  return dataset.events.filter((e) => e.type === type && e.date?.start === start && e.status === status);
}

beforeAll(async () => {
  const { seeds, skipped, sidecars } = await readSeedsFolder(
    path.resolve(import.meta.dirname, '../../seeds'),
  );
  const result = buildDataset(seeds, {
    generatedAt: '2025-01-01T00:00:00.000Z',
    skippedFiles: skipped,
    sidecars,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  dataset = result.dataset;
});

describe('headline events of the seeds', () => {
  it('the Trump–Putin call of Thursday July 3: one event, one source from each page', () => {
    const [call, ...others] = find('call', '2025-07-03');
    expect(others).toEqual([]);
    expect(call!.people).toEqual(expect.arrayContaining([person(/Trump/), person(/Putin/)]));
    expect(new Set(call!.sources.map((s) => pageOf(s.articleId))).size).toBe(2);
    expect(call!.date?.precision).toBe('day');
  });

  it('the Trump–Putin call of June 14', () => {
    expect(find('call', '2025-06-14')[0]?.people).toEqual(
      expect.arrayContaining([person(/Trump/), person(/Putin/)]),
    );
  });

  it.each(['2025-06-14', '2025-07-03'])('the Trump–Putin call of %s is under Russia and the US', (day) => {
    expect(find('call', day)[0]?.countries).toEqual(expect.arrayContaining(['RU', 'US']));
  });

  it('the US strikes on three sites in Iran on June 22', () => {
    const [strike] = find('strike', '2025-06-22');
    expect(strike?.countries).toEqual(expect.arrayContaining(['US', 'IR']));
    expect(strike?.title).toMatch(/strikes three sites in Iran/);
  });

  it('Trump signing the tax-and-spending bill on July 4, from the caption and the body', () => {
    const [signing] = find('signing', '2025-07-04');
    expect(signing?.people).toContain(person(/Trump/));
    expect(signing?.sources).toHaveLength(2);
  });
});

describe('more events the pages state', () => {
  it.each([
    ['the Putin–Macron call of Tuesday July 1', 'call', '2025-07-01', [/Putin/, /Macron/]],
    ['the Trump–Zelenskyy call of Friday July 4', 'call', '2025-07-04', [/Trump/, /Zelensk/]],
  ])('%s', (_name, type, start, names) => {
    const [e] = find(type, start);
    expect(e?.people).toEqual(expect.arrayContaining(names.map((n) => person(n))));
  });

  it('Ukraine summoning the acting US envoy on Wednesday July 2', () => {
    expect(find('summons', '2025-07-02')[0]?.countries).toContain('UA');
  });

  it('the drone barrage on Kyiv in the night of July 3 to 4, told by two outlets', () => {
    const barrage = dataset.events.find(
      (e) => e.type === 'strike' && e.date?.start === '2025-07-03' && e.date.end,
    );
    expect(barrage?.date).toMatchObject({ start: '2025-07-03', end: '2025-07-04', precision: 'day' });
    expect(barrage?.countries).toEqual(expect.arrayContaining(['RU', 'UA']));
  });

  it('the invasion of Ukraine in February 2022, at month precision', () => {
    expect(find('invasion', '2022-02-01')[0]?.date).toMatchObject({
      precision: 'month',
      label: 'February 2022',
    });
  });

  it('the Supreme Court ruling of 27 June', () => {
    expect(find('ruling', '2025-06-27')).toHaveLength(1);
  });

  it('keeps the hoped-for Zelenskyy–Trump call apart from the one that happened', () => {
    expect(find('call', '2025-07-04', 'planned')).toHaveLength(1);
    expect(find('call', '2025-07-04', 'happened')).toHaveLength(1);
  });
});

describe('trust', () => {
  it('no happened event is dated after its page was captured', () => {
    for (const e of dataset.events.filter((x) => x.status === 'happened' && x.date)) {
      const captured = e.sources.map(
        (s) => dataset.pages.find((p) => p.file === pageOf(s.articleId))?.capturedOn,
      );
      for (const day of captured) if (day) expect(e.date!.start <= day).toBe(true);
    }
  });

  it('an event whose date the text does not fix is undated and says why', () => {
    for (const e of dataset.events.filter((x) => x.date === null))
      expect(e.warnings.length).toBeGreaterThan(0);
  });

  it('every source quotes its date expression inside the quote', () => {
    for (const s of dataset.events.flatMap((e) => e.sources)) {
      expect(s.dateStart).toBeGreaterThanOrEqual(s.start);
      expect(s.dateEnd).toBeLessThanOrEqual(s.end);
      expect(s.quote.slice(s.dateStart - s.start, s.dateEnd - s.start)).toBe(s.dateText);
    }
  });
});
