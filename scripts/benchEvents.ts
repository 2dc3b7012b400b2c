import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseArticle, type ArticleInput } from '../src/pipeline/analyseArticle.ts';

/**
 * `npm run bench:events`: event mentions on the MEANTIME dev set with the gold DCT as the reference
 * day. Of the gold DATE timexes in the body (not the date line): how many became an event mention's
 * date expression (spans overlap), and how many of those events carry a date that disagrees with the
 * gold value; events per article; 20 random titles of mentions are not printed yet (titles come from
 * buildEvents). Data: MEANTIME (CC BY 4.0).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(root, '../shared/benchmarks/meantime/meantime-dev.jsonl');
type Gold = { start: number; end: number; type: string; value: string };
type Row = { id: string; dct: string; text: string; timexes: Gold[] };

function main(): void {
  console.log('Data from MEANTIME (CC BY 4.0, see ../shared/benchmarks/meantime/ATTRIBUTION.md)');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  let gold = 0;
  let asEvents = 0;
  let wrong = 0;
  let mentions = 0;
  let chars = 0;
  let ms = 0;
  for (const r of rows) {
    const first = r.text.indexOf('\n');
    const body = r.text.indexOf('\n', first + 1) + 1;
    const article = {
      id: r.id,
      headline: r.text.slice(0, first),
      text: r.text,
      publishedOn: r.dct,
      capturedOn: r.dct,
    } as unknown as ArticleInput;
    const t0 = performance.now();
    const result = analyseArticle(article);
    ms += performance.now() - t0;
    chars += r.text.length;
    const found = result.mentions.filter((m) => m.sentence.start >= body);
    mentions += found.length;
    for (const g of r.timexes) {
      if (g.type !== 'DATE' || g.start < body) continue;
      gold += 1;
      const m = found.find((x) => {
        const s = x.sentence.start + x.dateSpan.start;
        const e = x.sentence.start + x.dateSpan.end;
        return s < g.end && e > g.start;
      });
      if (!m) continue;
      asEvents += 1;
      const value = m.date?.start ?? '';
      const goldDay = /^\d{4}(?:-\d{2}){0,2}$/.test(g.value) ? g.value : null;
      if (goldDay && value && !value.startsWith(goldDay) && !goldDay.startsWith(value)) wrong += 1;
    }
  }
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
  console.log(`gold body DATE timexes that became an event mention's date: ${pct(asEvents, gold)}`);
  console.log(`of those, the event's date disagrees with the gold value: ${pct(wrong, asEvents)}`);
  console.log(`event mentions per article: ${(mentions / rows.length).toFixed(2)}`);
  console.log(`analyseArticle: ${((ms * 1e6) / chars).toFixed(0)} ms per MB`);
}

main();
