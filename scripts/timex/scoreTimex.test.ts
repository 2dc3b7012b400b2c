import { describe, expect, it } from 'vitest';
import { type Span, prf, scoreDocs, valueClass } from './scoreTimex.ts';

const span = (start: number, end: number, type: string, value: string): Span => ({
  start,
  end,
  text: '',
  type,
  value,
});

describe('scoreDocs', () => {
  it('separates strict, relaxed and value matches', () => {
    const gold = [
      span(0, 6, 'DATE', '2025-07-04'),
      span(10, 20, 'DURATION', 'P3M'),
      span(30, 35, 'DATE', '2024'),
    ];
    const predicted = [
      span(0, 6, 'DATE', '2025-07-04'),
      span(8, 20, 'DURATION', 'P2M'),
      span(40, 45, 'DATE', '2023'),
    ];
    const score = scoreDocs([{ id: 'd', text: 'x'.repeat(50), gold, predicted }]);
    expect(score.strict.f1).toBeCloseTo(1 / 3);
    expect(score.relaxed.precision).toBeCloseTo(2 / 3);
    expect(score.valueAccuracy).toBeCloseTo(1 / 2);
    expect(score.value.f1).toBeCloseTo(1 / 3);
    expect(score.errors.map((e) => e.kind).sort()).toEqual([
      'missed DATE',
      'span',
      'spurious DATE',
      'value duration',
    ]);
  });

  it.each([
    [0, 0, 0, { precision: 0, recall: 0, f1: 0 }],
    [2, 4, 2, { precision: 0.5, recall: 1, f1: 2 / 3 }],
  ])('prf(%d, %d, %d)', (tp, predicted, gold, expected) => {
    const r = prf(tp, predicted, gold);
    expect(r.precision).toBeCloseTo(expected.precision);
    expect(r.recall).toBeCloseTo(expected.recall);
    expect(r.f1).toBeCloseTo(expected.f1);
  });

  it.each([
    ['2025-07-04', 'day'],
    ['2025-W27', 'week'],
    ['P3M', 'duration'],
    ['PRESENT_REF', 'ref'],
    ['2009-Q1', 'quarter'],
    ['FY2008', 'fiscal'],
  ])('valueClass(%s) = %s', (value, cls) => {
    expect(valueClass(value)).toBe(cls);
  });
});
