import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const AT = '2025-01-01T00:00:00.000Z';

describe('buildDataset', () => {
  it('reports every page that cannot be read, by file and reason, and builds nothing', () => {
    const result = buildDataset(
      [
        { file: 'b.txt', bytes: enc('') },
        { file: 'a.txt', bytes: enc('Good headline\nBody.') },
        { file: 'c.txt', bytes: new Uint8Array([0, 1, 2, 3]) },
      ],
      { generatedAt: AT },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { file: 'b.txt', reason: 'empty file (0 bytes)' },
        { file: 'c.txt', reason: expect.stringMatching(/binary/) },
      ],
    });
  });

  it('keeps a repeated article once and says so in the page warnings', () => {
    const block = ['Planet', '2 hours ago', '- Planet', 'Same story', 'Same body.'];
    const text = ['Head', 'Body.', ...block, ...block].join('\n');
    const result = buildDataset([{ file: 'p.txt', bytes: enc(text) }], { generatedAt: AT });
    if (!result.ok) throw new Error('expected a build');
    expect(result.dataset.articles).toHaveLength(2);
    expect(result.dataset.pages[0]!.warnings).toContainEqual({
      line: null,
      message: 'article 2 ("Same story") repeats article 1 word for word; kept once',
    });
  });

  it('gives the same article the same id whatever else is in the folder, and pages in name order', () => {
    const page = { file: 'x.txt', bytes: enc('Head\nBody.') };
    const alone = buildDataset([page], { generatedAt: AT });
    const withOther = buildDataset([{ file: 'a.txt', bytes: enc('Other\nText.') }, page], {
      generatedAt: AT,
    });
    if (!alone.ok || !withOther.ok) throw new Error('expected builds');
    expect(withOther.dataset.pages.map((p) => p.file)).toEqual(['a.txt', 'x.txt']);
    expect(withOther.dataset.pages[1]!.articleIds).toEqual(alone.dataset.pages[0]!.articleIds);
  });

  it('gives the same story on two pages two ids (an id names one page capture)', () => {
    const bytes = enc('Head\nBody.');
    const result = buildDataset(
      [
        { file: 'a.txt', bytes },
        { file: 'b.txt', bytes },
      ],
      { generatedAt: AT },
    );
    if (!result.ok) throw new Error('expected a build');
    expect(new Set(result.dataset.articles.map((a) => a.id)).size).toBe(2);
  });
});

describe('editor sidecars', () => {
  const page = { file: 'p.txt', bytes: enc('Leaders meet\nThe leaders met on Monday in Oslo.') };
  const sidecar = (json: string, file = 'p.meta.json') => ({ file, bytes: enc(json) });

  it('sets the capture day, and relative dates resolve from it', () => {
    const result = buildDataset([page], {
      generatedAt: AT,
      sidecars: [sidecar('{ "capturedOn": "2025-07-04", "note": "from the archive" }')],
    });
    if (!result.ok) throw new Error('expected a build');
    expect(result.dataset.pages[0]).toMatchObject({ capturedOn: '2025-07-04' });
    expect(result.dataset.pages[0]!.evidence[0]).toBe(
      'Set by the editor\'s sidecar file to 2025-07-04 ("from the archive").',
    );
    expect(result.dataset.events.map((e) => e.date?.start)).toEqual(['2025-06-30']);
  });

  it('without a sidecar or any clue the page has no capture day, a warning, and undated events', () => {
    const result = buildDataset([page], { generatedAt: AT });
    if (!result.ok) throw new Error('expected a build');
    expect(result.dataset.pages[0]!.capturedOn).toBeNull();
    expect(result.dataset.pages[0]!.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/capture day cannot be worked out/),
    );
    expect(result.dataset.events.map((e) => e.date)).toEqual([null]);
    expect(result.dataset.events[0]!.warnings[0]).toMatch(/"Monday"/);
  });

  it('shows an event stated with a day that does not exist as undated, saying why, never in its month', () => {
    const impossible = {
      file: 'q.txt',
      bytes: enc(
        'Vote held\nThe parliament voted on February 30, 2025 in Oslo.\nTalks began on 31 June 2025 in Rome.\n',
      ),
    };
    const result = buildDataset([impossible], { generatedAt: AT });
    if (!result.ok) throw new Error('expected a build');
    const events = result.dataset.events;
    expect(events).toHaveLength(2);
    for (const e of events) expect(e.date).toBeNull();
    expect(events.flatMap((e) => e.warnings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"February 30, 2025".*February 2025 has no day 30/),
        expect.stringMatching(/"31 June 2025".*June 2025 has no day 31/),
      ]),
    );
  });

  it.each([
    ['not JSON', '{ capturedOn: 2025 }', 'p.meta.json', /sidecar is not valid JSON/],
    ['a day that does not exist', '{ "capturedOn": "2025-02-30" }', 'p.meta.json', /is not a real day/],
    ['an unknown key', '{ "capturedon": "2025-07-04" }', 'p.meta.json', /sidecar/],
    [
      'a missing page',
      '{ "capturedOn": "2025-07-04" }',
      'gone.meta.json',
      /names a page that is not there \(gone\.txt\)/,
    ],
  ])('refuses a sidecar with %s, naming it', (_name, json, file, reason) => {
    const result = buildDataset([page], { generatedAt: AT, sidecars: [sidecar(json, file)] });
    expect(result).toEqual({ ok: false, errors: [{ file, reason: expect.stringMatching(reason) }] });
  });
});

describe('the "capture day cannot be worked out" warning', () => {
  const html = (published: string) =>
    `<html lang="en"><head><title>Talks resume</title>${published}</head><body><article><h1>Talks resume</h1><p>The talks resumed on Friday in Vienna, officials said.</p></article></body></html>`;
  const item = (title: string, pubDate: string) =>
    `<item><title>${title}</title><description>The talks resumed on Friday.</description>${pubDate}</item>`;
  const rss = (...items: string[]) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>${items.join('')}</channel></rss>`;
  const DATE = '<pubDate>Thu, 03 Jul 2025 10:00:00 GMT</pubDate>';

  it.each([
    [
      'a web page with a publication day',
      'a.html',
      html('<meta property="article:published_time" content="2025-07-03">'),
      null,
    ],
    [
      'a web page with none',
      'a.html',
      html(''),
      /^the capture day cannot be worked out from the page, so relative dates \("on Friday"\) stay unresolved$/,
    ],
    ['a feed whose items all have a day', 'a.rss', rss(item('One', DATE), item('Two', DATE)), null],
    [
      'a feed with one item without a day',
      'a.rss',
      rss(item('One', DATE), item('Two', '')),
      /relative dates \("on Friday"\) in the 1 article\(s\) with no publication day stay unresolved$/,
    ],
  ])('%s', (_name, file, text, warning) => {
    const result = buildDataset([{ file, bytes: enc(text) }], { generatedAt: AT });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const messages = result.dataset.pages[0]!.warnings.map((w) => w.message);
    const found = messages.filter((m) => m.startsWith('the capture day cannot be worked out'));
    expect(found).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });
});
