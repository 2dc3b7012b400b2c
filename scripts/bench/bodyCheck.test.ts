import { describe, expect, it } from 'vitest';
import {
  bodyChange,
  bodyCheckReport,
  fingerprintBody,
  pickBodyCheckPages,
  type BodyCheckFile,
  type BodyJudgement,
} from './bodyCheck.ts';

const body = 'First paragraph.\n\nMiddle one.\n\nLast paragraph.';

function judged(verdict: BodyJudgement['verdict'], chrome: string[], text: string): BodyJudgement {
  return { verdict, chrome, fingerprint: fingerprintBody(text) };
}

describe('pickBodyCheckPages', () => {
  it('takes every 7th name from the first, at most 20', () => {
    const names = Array.from({ length: 150 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const picked = pickBodyCheckPages(names);
    expect(picked).toHaveLength(20);
    expect(picked.slice(0, 3)).toEqual(['p000', 'p007', 'p014']);
    expect(picked.at(-1)).toBe('p133');
  });
});

describe('bodyChange', () => {
  it.each([
    ['the same text', body, ''],
    ['a new first paragraph', 'Other start.\n\nMiddle one.\n\nLast paragraph.', 'first paragraph'],
    ['a paragraph added at the end', `${body}\n\nShare this:`, 'last paragraph, 3 -> 4 paragraphs'],
    [
      'a changed middle',
      'First paragraph.\n\nMiddle two.\n\nLast paragraph.',
      'text between first and last paragraph',
    ],
  ])('%s', (_, now, want) => {
    expect(bodyChange(fingerprintBody(body), fingerprintBody(now))).toBe(want);
  });
});

describe('bodyCheckReport', () => {
  const record: BodyCheckFile = {
    licence: 'test',
    pickedBy: 'test',
    judgedOn: 'today',
    pages: {
      'a.html': judged('article only', [], body),
      'b.html': judged('with chrome', ['related links', 'image captions'], body),
      'c.html': judged('with chrome', ['related links'], body),
      'd.html': judged('missing text', [], body),
    },
  };

  it('tallies the verdicts and the kinds of chrome, most frequent first', () => {
    const bodies = new Map(['a.html', 'b.html', 'c.html', 'd.html'].map((f) => [f, body]));
    expect(bodyCheckReport(record, bodies)).toEqual([
      'body check by eye (4 pages, judged today): 1/4 article only; 2 with chrome; 1 missing text',
      '  chrome in bodies: related links 2, image captions 1',
      '  every judged body is unchanged since the check',
    ]);
  });

  it('names the bodies that changed or were not read since they were judged', () => {
    const bodies = new Map([
      ['a.html', body],
      ['b.html', 'Another body.'],
      ['c.html', body],
    ]);
    expect(bodyCheckReport(record, bodies).at(-1)).toBe(
      '  2 bodies changed since judged (verdict out of date, read again): b.html: first paragraph, last paragraph, 3 -> 1 paragraphs; d.html: not read this run',
    );
  });
});
