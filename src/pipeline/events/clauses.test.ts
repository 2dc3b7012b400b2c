import { describe, expect, it } from 'vitest';
import { clauseAt, isNegated, isPlanned, relationAfterDate } from './clauses.ts';

const clauseOf = (s: string, word: string) => {
  const c = clauseAt(s, s.indexOf(word));
  return s.slice(c.start, c.end);
};

describe('clauseAt', () => {
  it.each([
    ['The army struck on Monday, which angered the city.', 'Monday', 'The army struck on Monday'],
    ['The army struck on Monday, which angered the city.', 'angered', 'which angered the city.'],
    ['The call came on May 4, a day after the vote.', 'vote', 'a day after the vote.'],
    ['He met the envoy: talks resumed on Friday.', 'Friday', 'talks resumed on Friday.'],
    ['On Tuesday, the minister resigned.', 'resigned', 'On Tuesday, the minister resigned.'],
    [
      'Ministers will publish a draft on May 5, and a final deal is expected by May 12.',
      'draft',
      'Ministers will publish a draft on May 5',
    ],
    ['The firm cut 300 jobs in March, and its rival hired 200.', 'rival', 'its rival hired 200.'],
    [
      'Leaders of Britain, France, and Germany met on Monday.',
      'Germany',
      'Leaders of Britain, France, and Germany met on Monday.',
    ],
  ])('%s / %s', (s, word, expected) => {
    expect(clauseOf(s, word)).toBe(expected);
  });
});

describe('isNegated / isPlanned', () => {
  const check = (s: string, trigger: string) => {
    const at = s.indexOf(trigger);
    const clause = clauseAt(s, at);
    return { negated: isNegated(s, clause, at), planned: isPlanned(s, clause, at) };
  };
  it.each([
    ['The leaders met on Monday.', 'met', { negated: false, planned: false }],
    ['The leaders did not discuss a pause on Monday.', 'pause', { negated: true, planned: false }],
    ['The leaders will meet on Monday.', 'meet', { negated: false, planned: true }],
    ['She hopes to speak to him on Friday.', 'speak', { negated: false, planned: true }],
    ['The court in May sided with the state.', 'sided', { negated: false, planned: false }],
    ['They are expected to sign the deal next week.', 'sign', { negated: false, planned: true }],
    ['The decision led to Ukraine calling in the envoy.', 'calling', { negated: false, planned: false }],
    ['Some 15 people are reported to have died in 2024.', 'died', { negated: false, planned: false }],
  ])('%s', (s, trigger, expected) => {
    expect(check(s, trigger)).toEqual(expected);
  });
});

describe('relationAfterDate', () => {
  it.each([
    ['came on June 14, a day after Israel attacked', 'June 14', -1],
    ['signed on Friday, one day after the House voted', 'Friday', -1],
    ['met on May 2, two weeks before the vote', 'May 2', 14],
    ['met on May 2 in Paris', 'May 2', null],
  ])('%s', (s, date, days) => {
    const r = relationAfterDate(s, s.indexOf(date) + date.length);
    expect(r?.days ?? null).toBe(days);
  });
});
