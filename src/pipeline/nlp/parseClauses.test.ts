import { describe, expect, it } from 'vitest';
import { clauseAt, parseSentences, tokenAt, type TokenRange } from './parseClauses.ts';

function read(text: string, dateWord: string) {
  const s = parseSentences(text).find((x) => x.text.includes(dateWord))!;
  const c = clauseAt(s, tokenAt(s, s.start + s.text.indexOf(dateWord)));
  const show = (r: TokenRange | null) =>
    r
      ? s.tokens
          .slice(r.from, r.to)
          .map((x) => x.text)
          .join(' ')
      : '';
  return c && { subject: show(c.subject), verb: show(c.verb), object: show(c.object), c };
}

describe('parseSentences', () => {
  it('keeps exact offsets and ends sentences at line breaks', () => {
    const text = 'Harbour reopens\nThe port  reopened on Sunday. Ships left at dawn.';
    const sentences = parseSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Harbour reopens',
      'The port  reopened on Sunday.',
      'Ships left at dawn.',
    ]);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('joins hyphenated words into one token', () => {
    const [s] = parseSentences('A long-awaited class-action suit was filed.');
    expect(s!.tokens.map((t) => t.text)).toContain('class-action');
  });
});

describe('clauseAt', () => {
  it.each([
    [
      'The bakery chain opened its first shop on Friday.',
      'Friday',
      'The bakery chain',
      'opened',
      'its first shop',
    ],
    [
      'On Monday, the city council approved the budget.',
      'Monday',
      'the city council',
      'approved',
      'the budget',
    ],
    ['The ferry service will resume on Tuesday.', 'Tuesday', 'The ferry service', 'will resume', ''],
    ['The toll is due to rise from March 3.', 'March', 'The toll', 'is due to rise', ''],
    ['The mayor said the bridge closed on Sunday.', 'Sunday', 'the bridge', 'closed', ''],
  ])('%s', (text, date, subject, verb, object) => {
    const r = read(text, date)!;
    expect([r.subject, r.verb, r.object]).toEqual([subject, verb, object]);
  });

  it.each([
    ['The club did not play on Saturday.', 'Saturday', true, false],
    ['The club will play on Saturday.', 'Saturday', false, true],
    ['The club played on Saturday.', 'Saturday', false, false],
  ])('%s: negated %s, modal %s', (text, date, negated, modal) => {
    const r = read(text, date)!;
    expect([r.c.negated, r.c.modal]).toEqual([negated, modal]);
  });

  it('finds no verb in a verbless line', () => {
    expect(read('Storm warnings for Thursday', 'Thursday')).toBeNull();
  });
});
