import { describe, expect, it } from 'vitest';
import { parseSentences, tokenAt } from '../nlp/parseClauses.ts';
import { nounEvent } from './nounEvent.ts';

/** The event noun the written date attaches to, with its title, or null. */
function read(text: string, date: string) {
  const s = parseSentences(text)[0]!;
  const start = s.start + text.indexOf(date);
  const from = tokenAt(s, start);
  let to = from;
  while (to < s.tokens.length && s.tokens[to]!.start < start + date.length) to += 1;
  const found = nounEvent(s, from, to);
  return found && { noun: s.tokens[found.head]!.text, title: found.title, attached: found.attached };
}

// Sentences written for these tests.
describe('nounEvent', () => {
  it.each([
    [
      "Thursday's vote surprised the council.",
      'Thursday',
      { noun: 'vote', title: 'Vote', attached: 'before' },
    ],
    [
      'The 1998 settlement reached by the two brewers still holds.',
      '1998',
      { noun: 'settlement', title: 'Settlement reached by the two brewers', attached: 'before' },
    ],
    [
      'The firm faces a May 5 deadline to repay its lenders.',
      'May 5',
      { noun: 'deadline', title: 'Deadline to repay its lenders', attached: 'before' },
    ],
    [
      'Residents recalled the floods on Tuesday as the worst in memory.',
      'Tuesday',
      { noun: 'floods', title: 'Floods', attached: 'after' },
    ],
    [
      'The region suffered two severe earthquakes this year.',
      'this year',
      { noun: 'earthquakes', title: 'Two severe earthquakes', attached: 'next' },
    ],
    ['The 2011 edition of the guide is out of print.', '2011', null],
    ['Prices rose in March.', 'March', null],
  ])('%s', (text, date, expected) => {
    expect(read(text, date)).toEqual(expected);
  });
});
