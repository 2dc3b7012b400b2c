import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, type SeedFile } from '../src/pipeline/buildDataset.ts';
import type { Dataset } from '../src/shared/schema.ts';

/**
 * `npm run bench:articles`: issue 12's article benchmark. Each MEANTIME dev article (headline line,
 * date line, body) is written as a page into a temp folder at run time and the whole folder goes
 * through buildDataset with no day given. Printed: article days right (the article's publishedOn, else
 * its page's capture day, against `dct`); gold DATE timexes (not the date line's own) that became an
 * event's date expression (a source's dateStart/dateEnd overlapping the gold span); events whose date
 * disagrees with the gold value of the DATE their expression overlaps (compared at the coarser of the
 * two precisions); events per article; MB/s of article text (pipeline time only). Then the same for
 * the hand-written set in bench/articles/ (expected.json: per page its day and events {date, keyword}).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const meantimeFile = resolve(root, '../shared/benchmarks/meantime/meantime-dev.jsonl');
const ownDir = resolve(root, 'bench/articles');

type Gold = { start: number; end: number; text: string; type: string; value: string };
type Row = { id: string; dct: string; text: string; timexes: Gold[] };
type Expected = Record<string, { day: string | null; events: Array<{ date: string; keyword: string }> }>;

function build(pages: Array<{ file: string; text: string }>): {
  dataset: Dataset;
  ms: number;
  chars: number;
} {
  const dir = mkdtempSync(join(tmpdir(), 'bench-articles-'));
  try {
    for (const p of pages) writeFileSync(join(dir, p.file), p.text);
    const seeds: SeedFile[] = readdirSync(dir).map((file) => ({
      file,
      bytes: readFileSync(join(dir, file)),
    }));
    const started = performance.now();
    const result = buildDataset(seeds, { generatedAt: '2000-01-01T00:00:00.000Z' });
    const ms = performance.now() - started;
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.reason}`).join('\n'));
    const chars = result.dataset.articles.reduce((n, a) => n + a.textLength, 0);
    return { dataset: result.dataset, ms, chars };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The day each page's articles are read against: the article's own day, else the page's capture day. */
function dayOf(dataset: Dataset, file: string): string | null {
  const article = dataset.articles.find((a) => a.file === file && a.role === 'main');
  const page = dataset.pages.find((p) => p.file === file);
  return article?.publishedOn ?? page?.capturedOn ?? null;
}

const LENGTH = { day: 10, week: 0, month: 7, year: 4 } as const;

/** Whether an event date agrees with a gold value at the coarser precision; null when not comparable. */
function agrees(date: { start: string; precision: keyof typeof LENGTH }, value: string): boolean | null {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) || date.precision === 'week') return null;
  const n = Math.min(LENGTH[date.precision], value.length);
  return date.start.slice(0, n) === value.slice(0, n);
}

function pct(n: number, d: number): string {
  return d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function meantime(): void {
  const rows = readFileSync(meantimeFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const fileOf = (i: number) => `${String(i).padStart(3, '0')}.txt`;
  const { dataset, ms, chars } = build(rows.map((r, i) => ({ file: fileOf(i), text: r.text })));
  let daysRight = 0;
  let capturesRight = 0;
  let goldDates = 0;
  let asEvents = 0;
  let compared = 0;
  let wrong = 0;
  rows.forEach((row, i) => {
    const file = fileOf(i);
    if (dayOf(dataset, file) === row.dct) daysRight += 1;
    if (dataset.pages.find((p) => p.file === file)?.capturedOn === row.dct) capturesRight += 1;
    const main = dataset.articles.find((a) => a.file === file && a.role === 'main');
    if (!main) return;
    const first = row.text.indexOf('\n');
    const lineEnd = row.text.indexOf('\n', first + 1);
    const gold = row.timexes.filter((t) => t.type === 'DATE' && !(t.start > first && t.end <= lineEnd));
    goldDates += gold.length;
    const sources = dataset.events.flatMap((e) =>
      e.sources
        .filter((s) => s.articleId === main.id)
        .map((s) => ({ e, start: s.dateStart + main.pageOffset, end: s.dateEnd + main.pageOffset })),
    );
    for (const g of gold) if (sources.some((s) => s.start < g.end && s.end > g.start)) asEvents += 1;
    for (const s of sources) {
      const g = gold.find((x) => s.start < x.end && s.end > x.start);
      const verdict = g && s.e.date ? agrees(s.e.date, g.value) : null;
      if (verdict === null) continue;
      compared += 1;
      if (!verdict) wrong += 1;
    }
  });
  const events = dataset.events.length;
  console.log(`MEANTIME English dev: ${rows.length} articles as pages, no day given`);
  console.log('Data from MEANTIME (CC BY 4.0, see ../shared/benchmarks/meantime/ATTRIBUTION.md)');
  console.log(`  article day right          ${daysRight}/${rows.length}`);
  console.log(`  page capture day right     ${capturesRight}/${rows.length}`);
  console.log(
    `  gold DATEs as event dates  ${asEvents}/${goldDates} (${pct(asEvents, goldDates)}; target >= 70%)`,
  );
  console.log(
    `  event dates wrong          ${wrong}/${compared} compared (${pct(wrong, compared)}; target <= 3%)`,
  );
  console.log(`  events per article         ${(events / rows.length).toFixed(2)} (${events} events)`);
  console.log(
    `  speed                      ${(chars / 1e6 / (ms / 1000)).toFixed(3)} MB/s (${chars} characters, ${ms.toFixed(0)} ms)`,
  );
}

function ownSet(): void {
  const expected = JSON.parse(readFileSync(join(ownDir, 'expected.json'), 'utf8')) as Expected;
  const files = Object.keys(expected).sort();
  const { dataset } = build(files.map((file) => ({ file, text: readFileSync(join(ownDir, file), 'utf8') })));
  let daysRight = 0;
  let wanted = 0;
  let found = 0;
  let wrong = 0;
  const misses: string[] = [];
  for (const file of files) {
    const want = expected[file];
    if (!want) continue;
    const day = dayOf(dataset, file);
    if (day === want.day) daysRight += 1;
    else misses.push(`  day ${file}: got ${day ?? 'none'}, expected ${want.day ?? 'none'}`);
    const ids = new Set(dataset.articles.filter((a) => a.file === file).map((a) => a.id));
    const events = dataset.events.filter((e) => e.sources.some((s) => ids.has(s.articleId)));
    for (const w of want.events) {
      wanted += 1;
      const named = events.filter((e) =>
        [e.title, ...e.sources.map((s) => s.quote)].some((t) =>
          t.toLowerCase().includes(w.keyword.toLowerCase()),
        ),
      );
      const right = named.some((e) => e.date && agrees(e.date, w.date));
      if (right) found += 1;
      else
        misses.push(
          `  event ${file}: "${w.keyword}" on ${w.date} ${named.length ? 'has another date' : 'not found'}`,
        );
      if (!right && named.some((e) => e.date && agrees(e.date, w.date) === false)) wrong += 1;
    }
  }
  console.log(`Own dev set (bench/articles): ${files.length} pages`);
  console.log(`  article day right          ${daysRight}/${files.length}`);
  console.log(`  expected events found      ${found}/${wanted} (${pct(found, wanted)}) with the right date`);
  console.log(`  expected events misdated   ${wrong}/${wanted}`);
  if (process.argv.includes('--misses')) console.log(misses.join('\n'));
}

meantime();
ownSet();
