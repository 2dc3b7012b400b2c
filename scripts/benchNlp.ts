import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { splitSentences } from '../src/pipeline/events/splitSentences.ts';
import { clauseAt, parseSentences, tokenAt } from '../src/pipeline/nlp/parseClauses.ts';

/**
 * `npm run bench:nlp`: wink-nlp (through src/pipeline/nlp/parseClauses.ts) against compromise on the
 * MEANTIME dev set. Prints, for each library: of the gold DATE timexes in the body (gold spans, so the
 * tagger does not matter), how many sit in a clause where the library finds a main verb and a subject;
 * sentence-split agreement (sentence ends shared with the other library and with the regex splitter);
 * speed in ms per MB of text; and a fixed sample of 30 dated clauses' subject / verb / object from
 * both, to be checked by hand (`--sample N` for another seed).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(root, '../shared/benchmarks/meantime/meantime-dev.jsonl');

type Row = { id: string; dct: string; text: string; timexes: { start: number; end: number; type: string }[] };
type Svo = { subject: string; verb: string; object: string } | null;

function bodyStart(text: string): number {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  return second < 0 ? text.length : second + 1;
}

function winkSvo(text: string, offset: number): Svo {
  const s = parseSentences(text).find((x) => offset >= x.start && offset < x.end);
  if (!s) return null;
  const c = clauseAt(s, tokenAt(s, offset));
  if (!c) return null;
  const show = (r: { from: number; to: number } | null) =>
    r
      ? s.tokens
          .slice(r.from, r.to)
          .map((x) => x.text)
          .join(' ')
      : '';
  return { subject: show(c.subject), verb: show(c.verb), object: show(c.object) };
}

type CompromiseClause = { text: string; offset: { start: number; length: number } };
type CompromiseSentence = { sentence?: { subject?: string; verb?: string; predicate?: string } };

function compromiseSvo(text: string, offset: number): Svo {
  const sentences = nlp(text).sentences().json({ offset: true }) as CompromiseClause[];
  const s = sentences.find((x) => offset >= x.offset.start && offset < x.offset.start + x.offset.length);
  if (!s) return null;
  const local = offset - s.offset.start;
  const clauses = nlp(s.text).clauses().json({ offset: true }) as CompromiseClause[];
  const c = clauses.find((x) => local >= x.offset.start && local < x.offset.start + x.offset.length) ?? s;
  const parsed = (nlp(c.text).sentences().json() as CompromiseSentence[])[0]?.sentence;
  if (!parsed?.verb) return null;
  return { subject: parsed.subject ?? '', verb: parsed.verb, object: parsed.predicate ?? '' };
}

function ends(offsets: number[], set: Set<number>): number {
  return offsets.filter((x) => set.has(x)).length;
}

function main(): void {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const chars = rows.reduce((n, r) => n + r.text.length, 0);
  console.log(`MEANTIME English dev: ${rows.length} documents, ${chars} characters`);
  console.log('Data from MEANTIME (CC BY 4.0, see ../shared/benchmarks/meantime/ATTRIBUTION.md)');

  // Speed: a full parse of every text (sentences, tokens, tags), after one warm-up pass.
  const time = (f: (t: string) => unknown) => {
    for (const r of rows.slice(0, 5)) f(r.text);
    const t0 = performance.now();
    for (const r of rows) f(r.text);
    return ((performance.now() - t0) * 1e6) / chars;
  };
  const winkMs = time((t) => parseSentences(t));
  const compromiseMs = time((t) => nlp(t).sentences().json({ offset: true }));

  // Sentence ends, per library and the regex splitter.
  let nW = 0;
  let nC = 0;
  let nR = 0;
  let wc = 0;
  let wr = 0;
  let cr = 0;
  for (const r of rows) {
    const w = parseSentences(r.text).map((s) => s.end);
    const c = (nlp(r.text).sentences().json({ offset: true }) as CompromiseClause[]).map(
      (s) => s.offset.start + s.text.trimEnd().length,
    );
    const re = splitSentences(r.text).map((s) => s.end);
    nW += w.length;
    nC += c.length;
    nR += re.length;
    wc += ends(w, new Set(c));
    wr += ends(w, new Set(re));
    cr += ends(c, new Set(re));
  }

  // Gold DATE timexes of the body: does the library find a verb and a subject for their clause?
  let dates = 0;
  const found = { wink: 0, compromise: 0 };
  const cases: { text: string; at: number; row: string }[] = [];
  for (const r of rows) {
    const from = bodyStart(r.text);
    for (const t of r.timexes) {
      if (t.type !== 'DATE' || t.start < from) continue;
      dates += 1;
      const w = winkSvo(r.text, t.start);
      const c = compromiseSvo(r.text, t.start);
      if (w?.verb && w.subject) found.wink += 1;
      if (c?.verb && c.subject) found.compromise += 1;
      cases.push({ text: r.text, at: t.start, row: r.id });
    }
  }
  const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
  console.log(`\ngold body DATE timexes in a clause with a main verb and a subject:`);
  console.log(`  wink-nlp    ${pct(found.wink, dates)}`);
  console.log(`  compromise  ${pct(found.compromise, dates)}`);
  console.log(`\nsentences: wink ${nW}, compromise ${nC}, regex splitter ${nR}`);
  console.log(`  wink ends shared with compromise ${pct(wc, nW)}, with the regex splitter ${pct(wr, nW)}`);
  console.log(`  compromise ends shared with the regex splitter ${pct(cr, nC)}`);
  console.log(
    `\nspeed (full parse): wink ${winkMs.toFixed(0)} ms/MB, compromise ${compromiseMs.toFixed(0)} ms/MB`,
  );

  // A fixed pseudo-random sample of 30 dated clauses for the hand check.
  const seedArg = process.argv.indexOf('--sample');
  let seed = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 12;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sample = [...cases]
    .sort(() => 0)
    .filter(() => rand() < 30 / cases.length + 0.05)
    .slice(0, 30);
  console.log(`\nsample of ${sample.length} dated clauses (subject | verb | object):`);
  for (const c of sample) {
    const s = parseSentences(c.text).find((x) => c.at >= x.start && c.at < x.end);
    const show = (x: Svo) => (x ? `${x.subject} | ${x.verb} | ${x.object}` : '(no verb)');
    console.log(`- ${s?.text ?? ''}\n    date: ${c.text.slice(c.at, c.at + 20)}…`);
    console.log(`    wink:       ${show(winkSvo(c.text, c.at))}`);
    console.log(`    compromise: ${show(compromiseSvo(c.text, c.at))}`);
  }
}

main();
