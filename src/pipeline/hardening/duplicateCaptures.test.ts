import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../buildDataset.ts';
import { readSeedsFolder } from '../io/seedsFolder.ts';
import { GOOD_FILE, writeCase } from './badPagesCorpus.ts';
import { DUPLICATE_ENTRIES, STORY_HEADLINE, STORY_URL } from './duplicateCaptures.ts';

async function build() {
  const dir = mkdtempSync(path.join(tmpdir(), 'duplicates-'));
  writeCase(dir, DUPLICATE_ENTRIES);
  const folder = await readSeedsFolder(dir);
  const result = buildDataset(folder.seeds, { generatedAt: '2025-01-01T00:00:00.000Z' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('one story as a web page, a feed item and a second save', () => {
  it('is one article, listing the other captures', async () => {
    const { dataset } = await build();
    const story = dataset.articles.filter((a) => a.headline.startsWith(STORY_HEADLINE));
    expect(story).toHaveLength(1);
    expect(story[0]).toMatchObject({ file: 'a_story.html', url: STORY_URL });
    expect(story[0]!.copies).toEqual([
      {
        file: 'b_story-again.html',
        outlet: 'News Example',
        headline: `${STORY_HEADLINE} (mirror)`,
        url: 'https://mirror.example/talks',
        sameBy: 'text',
      },
      {
        file: 'feeds/wire.rss',
        outlet: 'Example Wire',
        headline: STORY_HEADLINE,
        url: `${STORY_URL}?utm_source=rss&utm_medium=feed`,
        sameBy: 'url',
      },
    ]);
    // The feed's other item and the good page are untouched.
    expect(dataset.articles.map((a) => a.file)).toEqual([
      GOOD_FILE,
      GOOD_FILE,
      'a_story.html',
      'feeds/wire.rss',
    ]);
    const page = (file: string) => dataset.pages.find((p) => p.file === file)!;
    expect(page('b_story-again.html').articleIds).toEqual([]);
    expect(page('b_story-again.html').warnings.map((w) => w.message)).toContainEqual(
      `1 article is a copy, listed once under the other capture: article 0 ("${STORY_HEADLINE} (mirror)") is article 0 of a_story.html (same text)`,
    );
    expect(page('feeds/wire.rss').articleIds).toHaveLength(1);
  });

  it('cites the story once in its events, not once per capture', async () => {
    const { dataset } = await build();
    const ids = new Set(dataset.articles.map((a) => a.id));
    const cited = dataset.events.flatMap((e) => e.sources.map((s) => s.articleId));
    for (const id of cited) expect(ids).toContain(id);
    const talks = dataset.events.filter((e) =>
      e.sources.some((s) => s.quote.includes('ministers met in Vienna')),
    );
    expect(talks.length).toBeGreaterThan(0);
    for (const e of talks)
      expect(e.sources.filter((s) => s.quote.includes('ministers met in Vienna'))).toHaveLength(1);
  });
});
