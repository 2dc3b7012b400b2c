import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inferDay } from '../src/pipeline/time/inferDay.ts';
import { tagTimex } from '../src/pipeline/time/tagTimex.ts';
import { type Doc, type Prf, type Span, scoreDocs } from './timex/scoreTimex.ts';

/**
 * `npm run bench:timex [-- --errors] [-- --infer-day | --given-day]`: runs tagTimex on the MEANTIME dev set
 * and prints TempEval-3 style scores, then error counts per class (`--errors` lists every case so
 * failures can be studied). Two runs by default: with the gold `dct` as the reference day, and with the
 * day inferred from the page itself (headline, date line and text, as the pipeline reads it).
 *
 * One dataset convention is applied, not tuned: MEANTIME leaves the creation-time expression (the
 * article's date line, its second line) out of `timexes` because its value is `dct`, so predictions
 * inside that line are not scored. Two articles have no creation-time expression and their date line is
 * annotated as an ordinary timex (README, "Timexes and DCT"): there the line is scored like any other.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The benchmark sits in `shared/` beside the checkout (main) or two levels up (a worktree in wt/). */
const dataDir =
  ['../shared', '../../shared']
    .map((up) => resolve(root, up, 'benchmarks/meantime'))
    .find((dir) => existsSync(resolve(dir, 'meantime-dev.jsonl'))) ??
  resolve(root, '../shared/benchmarks/meantime');
const file = resolve(dataDir, 'meantime-dev.jsonl');

type Row = { id: string; dct: string; text: string; timexes: Span[] };

function dateLine(text: string): { start: number; end: number } {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  return { start: first + 1, end: second < 0 ? text.length : second };
}

function pct(n: number): string {
  return (100 * n).toFixed(1).padStart(5);
}

function line(label: string, s: Prf): string {
  return `${label.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
}

function run(inferred: boolean): void {
  const showErrors = process.argv.includes('--errors');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const started = performance.now();
  let chars = 0;
  let daysRight = 0;
  const docs: Doc[] = rows.map((row) => {
    chars += row.text.length;
    const dated = dateLine(row.text);
    const inLine = (t: { start: number; end: number }) => t.start >= dated.start && t.end <= dated.end;
    const skip = row.timexes.some(inLine) ? null : dated;
    const dct = inferred ? inferDay(row.text) : row.dct;
    if (dct === row.dct) daysRight += 1;
    const predicted = tagTimex(row.text, { dct })
      .filter((t) => !(skip && inLine(t)))
      .map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
    return { id: row.id, text: row.text, gold: row.timexes, predicted };
  });
  const ms = performance.now() - started;
  const score = scoreDocs(docs);
  const out: string[] = [];
  out.push(
    `MEANTIME English dev: ${rows.length} documents, ${score.gold} gold timexes, ${score.predicted} predicted`,
  );
  out.push(
    inferred
      ? `reference day inferred from the page (right for ${daysRight} of ${rows.length}; a missing day tags without one)`
      : 'reference day: the gold dct',
  );
  out.push('Data from MEANTIME (CC BY 4.0, see ../shared/benchmarks/meantime/ATTRIBUTION.md)');
  out.push(line('strict span', score.strict));
  out.push(line('relaxed span (overlap)', score.relaxed));
  out.push(`${'type accuracy (relaxed)'.padEnd(26)} ${pct(score.typeAccuracy)}`);
  out.push(`${'value accuracy (relaxed)'.padEnd(26)} ${pct(score.valueAccuracy)}`);
  out.push(line('value F1 (relaxed + value)', score.value));
  out.push(
    `speed: ${ms.toFixed(0)} ms for ${chars} characters (${((ms * 1e6) / chars).toFixed(0)} ms per MB)`,
  );
  const counts = new Map<string, number>();
  for (const e of score.errors) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  out.push('errors by class:');
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    out.push(`  ${String(n).padStart(4)}  ${kind}`);
  }
  if (showErrors) {
    for (const e of [...score.errors].sort((a, b) => a.kind.localeCompare(b.kind))) {
      const g = e.gold ? `gold ${e.gold.type} ${e.gold.value} '${e.gold.text}'` : 'gold -';
      const p = e.predicted
        ? `pred ${e.predicted.type} ${e.predicted.value} '${e.predicted.text}'`
        : 'pred -';
      out.push(`[${e.kind}] ${g} | ${p} :: ${e.context}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const only = process.argv.includes('--infer-day')
  ? [true]
  : process.argv.includes('--given-day')
    ? [false]
    : [false, true];
only.forEach((inferred, i) => {
  if (i > 0) process.stdout.write('\n');
  run(inferred);
});
