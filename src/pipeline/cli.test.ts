import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { file, writeCase } from './hardening/badPagesCorpus.ts';
import { DUPLICATE_ENTRIES, STORY_HEADLINE } from './hardening/duplicateCaptures.ts';
import { HOSTILE_ARCHIVE_CASES } from './hardening/hostileArchiveCases.ts';
import { HOSTILE_CASES } from './hardening/hostileCases.ts';
import { ArticleTextSchema, DatasetIndexSchema, EventDetailsShardSchema } from '../shared/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** The CLI on its own page cache (a new, empty one unless `cache` names one). */
function runCli(args: string[], cache = tempDir('cache')) {
  const env = {
    ...process.env,
    NEWS_TIMELINE_CACHE: '',
    NEWS_TIMELINE_CACHE_DIR: cache,
    SOURCE_DATE_EPOCH: '1',
  };
  const run = spawnSync(TSX, [path.join(ROOT, 'src/pipeline/cli.ts'), ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `cli-${name}-`));
}

const cacheLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('page cache:'));

describe('npm run data (cli)', () => {
  it('builds the seeds: one line per page, one about event ids, dataset.json and one file per article', () => {
    const seeds = tempDir('seeds');
    cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const out = tempDir('out');
    const run = runCli(['--seeds', seeds, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      '000_eaa9ddb59c18344f.txt: text page, 4 articles (1 main, 3 related), 1 warning',
      expect.stringMatching(/^ {2}warning: the capture day assumes the page's latest dated event/),
      '004_e00c593ef1c053d8.txt: text page, 4 articles (1 main, 3 related), 0 warnings',
      expect.stringMatching(
        /^event ids: 0 added, 0 aliased, 0 retired; .*event-ids\.json unchanged \(\d+ live, \d+ aliases, 0 retired\)$/,
      ),
      expect.stringMatching(/^page cache: 0 of 2 pages from the cache, 2 analysed \(.+\)$/),
      `2 pages, 8 articles -> ${path.join(out, 'dataset.json')}`,
    ]);
    const dataset = DatasetIndexSchema.parse(
      JSON.parse(readFileSync(path.join(out, 'dataset.json'), 'utf8')),
    );
    // The index carries no quotes; each event's sources are in its month's shard.
    expect(readFileSync(path.join(out, 'dataset.json'), 'utf8')).not.toContain('"quote"');
    for (const event of dataset.events) {
      const key = event.date ? event.date.start.slice(0, 7) : 'undated';
      const shard = EventDetailsShardSchema.parse(
        JSON.parse(readFileSync(path.join(out, 'events', `${key}.json`), 'utf8')),
      );
      expect(shard.sources[event.id]?.map((s) => s.articleId)).toEqual(event.sourceArticleIds);
    }
    expect(existsSync(path.join(out, 'search.json'))).toBe(true);
    const files = readdirSync(path.join(out, 'articles')).sort();
    expect(files).toEqual(dataset.articles.map((a) => `${a.id}.json`).sort());
    const text = ArticleTextSchema.parse(
      JSON.parse(readFileSync(path.join(out, 'articles', files[0]!), 'utf8')),
    );
    expect(text.text.length).toBeGreaterThan(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('takes unchanged pages from its page cache in the next run, and ignores a corrupt entry', () => {
    const seeds = tempDir('seeds');
    cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const cache = tempDir('cache');
    const outs = [tempDir('out'), tempDir('out'), tempDir('out'), tempDir('out')];
    const first = runCli(['--seeds', seeds, '--out', outs[0]!], cache);
    expect(cacheLine(first.stdout)).toMatch(/^page cache: 0 of 2 pages from the cache, 2 analysed/);
    const second = runCli(['--seeds', seeds, '--out', outs[1]!], cache);
    expect(cacheLine(second.stdout)).toMatch(/^page cache: 2 of 2 pages from the cache, 0 analysed/);
    // One page edited: that page only is analysed again.
    const page = path.join(seeds, '004_e00c593ef1c053d8.txt');
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n`);
    const third = runCli(['--seeds', seeds, '--out', outs[2]!], cache);
    expect(cacheLine(third.stdout)).toMatch(/^page cache: 1 of 2 pages from the cache, 1 analysed/);
    // Every entry damaged (one byte of its content changed): each is ignored with a note, never used.
    const version = readdirSync(cache)[0]!;
    for (const entry of readdirSync(path.join(cache, version))) {
      const file = path.join(cache, version, entry);
      const bytes = readFileSync(file);
      bytes[bytes.length - 5]! ^= 0xff;
      writeFileSync(file, bytes);
    }
    const fourth = runCli(['--seeds', seeds, '--out', outs[3]!], cache);
    expect(cacheLine(fourth.stdout)).toMatch(/^page cache: 0 of 2 pages from the cache, 2 analysed/);
    expect(
      fourth.stdout.match(/ {2}note: ignored the cache entry .+: its content does not match its digest/g),
    ).toHaveLength(2);
    const dataset = (out: string) => readFileSync(path.join(out, 'dataset.json'), 'utf8');
    expect(dataset(outs[1]!)).toBe(dataset(outs[0]!));
    expect(dataset(outs[3]!)).toBe(dataset(outs[2]!));
  }, 120_000); // four CLI runs through tsx, several seconds each on a busy machine

  it.each([
    ['an empty file', '', 'empty file (0 bytes)'],
    ['binary data', '\u0000\u0001\u0002PK', 'binary data'],
    ['boilerplate only', 'Comments\nNo comments yet...\n', 'no headline'],
  ])('exits 1 naming the file and the reason for %s, writing nothing', (_name, content, reason) => {
    const seeds = tempDir('seeds');
    cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    writeFileSync(path.join(seeds, 'zz_bad.txt'), content);
    const out = tempDir('out');
    const run = runCli(['--seeds', seeds, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: ${path.join(seeds, 'zz_bad.txt')}: cannot be parsed: ${reason}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readdirSync(out)).toEqual([]);
  });

  it('names files it does not read as pages', () => {
    const seeds = tempDir('seeds');
    writeFileSync(path.join(seeds, 'a.txt'), 'Head\nBody.');
    writeFileSync(path.join(seeds, 'notes.docx'), 'PK');
    const run = runCli(['--seeds', seeds, '--out', tempDir('out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/notes.docx: skipped/);
  });

  it('says for each file which reader took it, its articles, its duplicates, or why it was skipped', () => {
    const seeds = tempDir('seeds');
    const hostile = (name: string) =>
      [...HOSTILE_CASES, ...HOSTILE_ARCHIVE_CASES].find((c) => c.file === name)!.entries;
    writeCase(seeds, [
      ...DUPLICATE_ENTRIES,
      ...hostile('nested.html'),
      ...hostile('cut.warc'),
      file('notes.docx', 'PK'),
    ]);
    const run = runCli(['--seeds', seeds, '--out', tempDir('out')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    // after the files: the id ledger's changes, the page cache, the totals
    expect(lines.filter((l) => !l.startsWith('  ')).slice(0, -3)).toEqual([
      expect.stringMatching(/^000_good\.txt: text page, 2 articles \(1 main, 1 related\), \d+ warnings?$/),
      expect.stringMatching(/^a_story\.html: web page, 1 article, \d+ warnings?$/),
      expect.stringMatching(
        /^b_story-again\.html: web page, 0 articles, 1 duplicate of a_story\.html, \d+ warnings?$/,
      ),
      expect.stringMatching(/^cut\.warc: web archive, 1 article, \d+ warnings?$/),
      expect.stringMatching(
        /^feeds\/wire\.rss: feed, 1 article, 1 duplicate of a_story\.html, \d+ warnings?$/,
      ),
      expect.stringMatching(/^nested\.html: skipped, not read as a web page: tags nested 5000\d deep/),
      expect.stringMatching(/^notes\.docx: skipped, not a page/),
    ]);
    expect(lines).toContain(
      `  "${STORY_HEADLINE}" also captured in b_story-again.html (same text), feeds/wire.rss (same address)`,
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}warning: record 2 at byte \d+ is truncated/));
    expect(lines.at(-1)).toMatch(/^5 pages, 5 articles -> /);
  });

  it.each([
    [['--seeds', 'seeds'], 2, /both --seeds and --out are required/],
    [['--bogus'], 2, /Unknown option '--bogus'/],
    [
      ['--seeds', '/nonexistent/dir', '--out', '/tmp/x'],
      1,
      /cannot read the seeds folder \/nonexistent\/dir/,
    ],
  ])('%j exits %i with a message', (args, code, message) => {
    const run = runCli(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });
});
