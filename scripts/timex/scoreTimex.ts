/**
 * TempEval-3 style scoring of predicted against gold temporal expressions: strict (same span) and
 * relaxed (overlapping span) matching, type and value accuracy on relaxed matches, and value F1
 * (relaxed match with equal value). Pure, so the bench script only does I/O.
 */

export type Span = { start: number; end: number; text: string; type: string; value: string };
export type Doc = { id: string; text: string; gold: Span[]; predicted: Span[] };
export type Prf = { precision: number; recall: number; f1: number };

export type ErrorCase = {
  doc: string;
  kind: string;
  gold: Span | null;
  predicted: Span | null;
  context: string;
};

export type Score = {
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  typeAccuracy: number;
  valueAccuracy: number;
  value: Prf;
  errors: ErrorCase[];
};

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one pairs: exact spans first, then the largest overlaps. */
function pairs(gold: Span[], predicted: Span[]): Array<[Span, Span]> {
  const candidates: Array<[number, Span, Span]> = [];
  for (const g of gold) {
    for (const p of predicted) {
      const o = overlap(g, p);
      if (o > 0) candidates.push([g.start === p.start && g.end === p.end ? Infinity : o, g, p]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<Span>();
  const usedP = new Set<Span>();
  const out: Array<[Span, Span]> = [];
  for (const [, g, p] of candidates) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}

/** The shape of a value, to group value errors: day, month, week, year, REF, duration ... */
export function valueClass(value: string): string {
  if (/_REF$/.test(value)) return 'ref';
  if (/^P/.test(value)) return 'duration';
  if (/T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:Q|H)\d$/.test(value)) return 'quarter';
  if (/^\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^FY/.test(value)) return 'fiscal';
  if (/X/.test(value)) return 'unresolved';
  return 'other';
}

function context(text: string, s: Span): string {
  return text.slice(Math.max(0, s.start - 40), Math.min(text.length, s.end + 30)).replace(/\n/g, ' | ');
}

export function scoreDocs(docs: Doc[]): Score {
  let gold = 0;
  let predicted = 0;
  let strictTp = 0;
  let relaxedTp = 0;
  let typeOk = 0;
  let valueOk = 0;
  const errors: ErrorCase[] = [];
  for (const doc of docs) {
    gold += doc.gold.length;
    predicted += doc.predicted.length;
    const matched = pairs(doc.gold, doc.predicted);
    const matchedG = new Set(matched.map(([g]) => g));
    const matchedP = new Set(matched.map(([, p]) => p));
    for (const [g, p] of matched) {
      relaxedTp += 1;
      if (g.start === p.start && g.end === p.end) strictTp += 1;
      else errors.push({ doc: doc.id, kind: 'span', gold: g, predicted: p, context: context(doc.text, g) });
      if (g.type === p.type) typeOk += 1;
      else
        errors.push({
          doc: doc.id,
          kind: `type ${g.type}->${p.type}`,
          gold: g,
          predicted: p,
          context: context(doc.text, g),
        });
      if (g.value === p.value) valueOk += 1;
      else
        errors.push({
          doc: doc.id,
          kind: `value ${valueClass(g.value)}`,
          gold: g,
          predicted: p,
          context: context(doc.text, g),
        });
    }
    for (const g of doc.gold.filter((x) => !matchedG.has(x))) {
      errors.push({
        doc: doc.id,
        kind: `missed ${g.type}`,
        gold: g,
        predicted: null,
        context: context(doc.text, g),
      });
    }
    for (const p of doc.predicted.filter((x) => !matchedP.has(x))) {
      errors.push({
        doc: doc.id,
        kind: `spurious ${p.type}`,
        gold: null,
        predicted: p,
        context: context(doc.text, p),
      });
    }
  }
  return {
    gold,
    predicted,
    strict: prf(strictTp, predicted, gold),
    relaxed: prf(relaxedTp, predicted, gold),
    typeAccuracy: relaxedTp === 0 ? 0 : typeOk / relaxedTp,
    valueAccuracy: relaxedTp === 0 ? 0 : valueOk / relaxedTp,
    value: prf(valueOk, predicted, gold),
    errors,
  };
}
