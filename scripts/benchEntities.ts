/**
 * `npm run bench:entities`: findPeople and findCountries against the MEANTIME entity annotations
 * (../shared/benchmarks/meantime/meantime-dev.jsonl, 90 Wikinews articles), and their speed.
 *
 * People: gold = PER mentions annotated NAM or PRE.NAM; nested or overlapping gold spans of one name
 * ("JSA Research defence analysist Paul Nesbit" / "Paul Nesbit") form one gold item. A found mention is
 * right when it overlaps a gold item; recall counts the gold items some mention overlaps. The lenient
 * precision also accepts overlap with any PER span (MEANTIME leaves the syntactic type of many name
 * mentions blank).
 * Countries: gold = LOC mentions annotated NAM or PRE.NAM whose text (without a leading "the") is a country
 * name, official or alternative name or demonym in world-countries, or one of the standard short forms U.S.,
 * US, USA, UK, U.K., America, Britain. Recall over those; precision of found country mentions against any
 * LOC span (cities and regions count as LOC in MEANTIME, so a capital found as its country is right).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { countryLexicon } from '../src/pipeline/entities/countryLexicon.ts';
import { countriesOutsidePeople } from '../src/pipeline/entities/countriesOutsidePeople.ts';
import { findCountries } from '../src/pipeline/entities/findCountries.ts';
import { findCountryClues } from '../src/pipeline/entities/findCountryClues.ts';
import { findPeople } from '../src/pipeline/entities/findPeople.ts';

type Span = { start: number; end: number; text: string };
type Entity = Span & { type: string; mention_type: string };
type Doc = { id: string; text: string; entities: Entity[] };

const FILE = '../shared/benchmarks/meantime/meantime-dev.jsonl';
const SHORT_FORMS = new Set(['U.S.', 'US', 'USA', 'UK', 'U.K.', 'America', 'Britain']);

const docs: Doc[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Doc);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const isName = (e: Entity): boolean => e.mention_type === 'NAM' || e.mention_type === 'PRE.NAM';

/** Groups overlapping spans into items (union-find over a sorted sweep). */
function items(spans: Span[]): Span[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const groups: Span[][] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start < end) groups[groups.length - 1]?.push(s);
    else groups.push([s]);
    end = Math.max(end, s.end);
  }
  return groups;
}

function isCountryLevel(text: string): boolean {
  const bare = text.replace(/^[Tt]he /, '');
  const entry = countryLexicon().get(bare);
  return SHORT_FORMS.has(bare) || (!!entry && (entry.via === 'name' || entry.via === 'demonym'));
}

function prf(tp: number, found: number, hit: number, gold: number): string {
  const p = found ? tp / found : 0;
  const r = gold ? hit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number): string => (100 * x).toFixed(1);
  return `P ${pct(p)} (${tp}/${found})  R ${pct(r)} (${hit}/${gold})  F1 ${pct(f)}`;
}

const per = { tp: 0, lenient: 0, found: 0, hit: 0, gold: 0 };
const loc = { tp: 0, found: 0, hit: 0, gold: 0 };
const misses: string[] = [];
const bindings: string[] = [];
const falses: string[] = [];
for (const doc of docs) {
  const people = findPeople(doc.text);
  const perAll = doc.entities.filter((e) => e.type === 'PER');
  const perGold = items(perAll.filter(isName));
  per.found += people.length;
  per.gold += perGold.length;
  for (const m of people) {
    if (perGold.some((g) => g.some((s) => overlaps(s, m)))) per.tp++;
    else falses.push(`PER  ${m.text}`);
    if (perAll.some((s) => overlaps(s, m))) per.lenient++;
  }
  for (const g of perGold) {
    if (people.some((m) => g.some((s) => overlaps(s, m)))) per.hit++;
    else misses.push(`PER  ${g.map((s) => s.text).join(' / ')}`);
  }

  // As analyseArticle keeps them: a country word inside a person's name is no country mention.
  const countries = countriesOutsidePeople(findCountries(doc.text), people);
  for (const c of findCountryClues(doc.text, people, countries)) bindings.push(`${c.country}  ${c.text}`);
  const locAll = doc.entities.filter((e) => e.type === 'LOC');
  const locGold = locAll.filter((e) => isName(e) && isCountryLevel(e.text));
  loc.found += countries.length;
  loc.gold += locGold.length;
  for (const m of countries) {
    if (locAll.some((s) => overlaps(s, m))) loc.tp++;
    else falses.push(`LOC  ${m.text} → ${m.country}`);
  }
  for (const g of locGold) {
    if (countries.some((m) => overlaps(g, m))) loc.hit++;
    else misses.push(`LOC  ${g.text}`);
  }
}

function msPerMb(run: (text: string) => unknown): number {
  const texts = docs.map((d) => d.text);
  const bytesPerPass = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const passes = Math.ceil(5_000_000 / bytesPerPass);
  for (const t of texts) run(t); // warm-up: builds the lexicons
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const t of texts) run(t);
  const ms = performance.now() - t0;
  return ms / ((passes * bytesPerPass) / 1_000_000);
}

console.log('MEANTIME English dev (90 Wikinews articles, airbus/apple/gm), CC BY 4.0:');
console.log('  see ../shared/benchmarks/meantime/ATTRIBUTION.md');
console.log('');
console.log(`People (PER NAM/PRE.NAM items, overlap):  ${prf(per.tp, per.found, per.hit, per.gold)}`);
console.log(
  `  lenient precision (overlap with any PER span): ${((100 * per.lenient) / (per.found || 1)).toFixed(1)}`,
);
console.log(`Countries (LOC NAM/PRE.NAM country-level):  ${prf(loc.tp, loc.found, loc.hit, loc.gold)}`);
console.log('  (precision against any LOC span, recall over country-level gold mentions)');
console.log(
  `Person -> country bindings: ${bindings.length} (precision is checked by eye: run with --bindings to list)`,
);
console.log('');
console.log(`Speed over ~5 MB (corpus repeated, per article):`);
console.log(`  findPeople     ${msPerMb(findPeople).toFixed(1)} ms/MB`);
console.log(`  findCountries  ${msPerMb(findCountries).toFixed(1)} ms/MB`);
if (process.argv.includes('--bindings')) for (const b of bindings) console.log(`  ${b}`);
if (process.argv.includes('--verbose')) {
  console.log('\nMissed:');
  for (const m of misses) console.log(`  ${m}`);
  console.log('\nFound, not in gold:');
  for (const f of falses) console.log(`  ${f}`);
}
