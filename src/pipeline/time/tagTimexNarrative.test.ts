import { describe, expect, it } from 'vitest';
import { tagTimex } from './tagTimex.ts';

/**
 * Issue 12 item 5, second round: anaphora to the narrative's last dated expression, seasons, possessive
 * weekdays, named days and scheduled clauses. Sentences written for this file; values worked out by
 * hand from a calendar (not read off the tagger).
 */

// Fri 8 Nov 2019 (ISO week 2019-W45). Tue 3 Sep 2019 is in week 2019-W36.
const FRI = '2019-11-08';

function tagged(text: string, span: string, dct = FRI) {
  const all = tagTimex(text, { dct });
  const hits = all.filter((t) => t.text === span);
  expect(hits, JSON.stringify(all)).toHaveLength(1);
  return hits[0];
}

describe('"that day", "the same day", "that week": the last dated expression before it', () => {
  it.each([
    ['The dam burst on October 20. Villagers fled that day.', 'that day', '2019-10-20'],
    [
      'Parliament met on 2 May 2018, officials said on Monday. The same day, the speaker resigned.',
      'The same day',
      '2018-05-02',
    ],
    ['The currency fell on Sept. 3. Exporters cut prices that week.', 'that week', '2019-W36'],
    ['The tanker ran aground in June 2017. That same month, the port closed.', 'That same month', '2017-06'],
    ['The court ruled on Tuesday. That very day, lawyers appealed.', 'That very day', '2019-11-05'],
    [
      'Talks opened on 4 March 2016 and a deal was struck on 9 March 2016. Protests began the same day.',
      'the same day',
      '2016-03-09',
    ],
  ])('%s', (text, span, value) => {
    const t = tagged(text, span);
    expect(t?.value).toBe(value);
    expect(t?.anchor).toBe('timex');
  });

  it.each([
    ['Officials said the same day that the bridge was safe.', 'the same day', 'XXXX-XX-XX'],
    ['Engineers inspected the tunnel that week.', 'that week', 'XXXX-WXX'],
    ['Stocks rallied that month.', 'that month', 'XXXX-XX'],
    // A year cannot name a day.
    ['The strike ended in 2016. Workers returned that day.', 'that day', 'XXXX-XX-XX'],
  ])('no antecedent that can name it: left unresolved, with the reason (%s)', (text, span, value) => {
    const t = tagged(text, span);
    expect(t?.value).toBe(value);
    expect(t?.interval).toBeNull();
    expect(t?.anchor).toBe('none');
    expect(t?.note).toMatch(/no preceding date expression/);
  });

  it('"that day has come" is an idiom, not an anaphor', () => {
    const text =
      'The ferry sank on 1 July 2015. "That day has finally come," the mayor said of the new bridge.';
    expect(tagTimex(text, { dct: FRI }).map((t) => t.text)).toEqual(['1 July 2015']);
  });
});

describe('seasons: TimeML season values', () => {
  it.each([
    ['The bridge will reopen in the spring.', 'spring', '2020-SP'],
    ['The plant closed in autumn 2015.', 'autumn 2015', '2015-FA'],
    ['Sales picked up in the summer of 2012.', 'summer of 2012', '2012-SU'],
    ['Growth slowed during the summer.', 'summer', '2019-SU'],
    // "last"/"next": the nearest instance before/after the season the text is in (autumn here).
    ['Hiring picked up last summer.', 'last summer', '2019-SU'],
    ['Hiring picked up last autumn.', 'last autumn', '2018-FA'],
    ['The line will open next winter.', 'next winter', '2019-WI'],
    ['The line will open next spring.', 'next spring', '2020-SP'],
  ])('%s', (text, span, value) => {
    expect(tagged(text, span)?.value).toBe(value);
  });

  it.each([
    // Sun 14 Jul 2024, in summer: last spring is this year's, last winter began in December 2023.
    ['2024-07-14', 'The river flooded last spring.', 'last spring', '2024-SP'],
    ['2024-07-14', 'The river froze last winter.', 'last winter', '2023-WI'],
    // Sat 2 Mar 2024, in spring: next autumn is this year's.
    ['2024-03-02', 'The school will reopen next autumn.', 'next autumn', '2024-FA'],
  ])('%s: %s', (dct, text, span, value) => {
    expect(tagged(text, span, dct)?.value).toBe(value);
  });
});

describe('"that night", "the same morning": a part of the antecedent\'s day', () => {
  it.each([
    ['The fire broke out on 3 October. Crews worked through that night.', 'that night', '2019-10-03TNI'],
    ['The quake hit on Sept. 3. The same morning, schools closed.', 'The same morning', '2019-09-03TMO'],
  ])('%s', (text, span, value) => {
    const t = tagged(text, span);
    expect([t?.type, t?.value, t?.anchor]).toEqual(['TIME', value, 'timex']);
  });

  it('without an antecedent it stays unresolved', () => {
    const t = tagged('Crews worked through that night.', 'that night');
    expect([t?.type, t?.value, t?.interval]).toEqual(['TIME', 'XXXX-XX-XXTNI', null]);
  });
});

describe('wire clock times in local time', () => {
  it('"2200 local time" keeps no zone', () => {
    const t = tagged('The curfew began at 2200 local time on Wednesday.', '2200 local time on Wednesday');
    expect([t?.type, t?.value]).toEqual(['TIME', '2019-11-06T22:00']);
  });
});

describe("a possessive weekday takes its clause's tense", () => {
  it.each([
    ["Tuesday's vote drew thousands to the square.", 'Tuesday', '2019-11-05'],
    ["Wednesday's launch went smoothly.", 'Wednesday', '2019-11-06'],
    ["Monday's forecast proved wrong.", 'Monday', '2019-11-04'],
    ["Monday's meeting will set the budget.", 'Monday', '2019-11-11'],
    ["Investors are awaiting Tuesday's rate decision.", 'Tuesday', '2019-11-12'],
    ["Banks had been awaiting Tuesday's rate decision.", 'Tuesday', '2019-11-05'],
    ["After Thursday's debate, the candidate fell in the polls.", 'Thursday', '2019-11-07'],
  ])('%s', (text, span, value) => {
    expect(tagged(text, span)?.value).toBe(value);
  });
});

describe('named days', () => {
  it.each([
    ['Markets plunged on Black Monday in 1987.', 'Black Monday in 1987', '1987-10-19'],
    ['Analysts compared the rout with Black Wednesday of 1992.', 'Black Wednesday of 1992', '1992-09-16'],
    // A year the table does not hold keeps the year only, never a guessed day.
    ['Shares fell on a Black Monday of 2009.', 'Black Monday of 2009', '2009'],
    ['Crowds marched through the capital on May Day.', 'May Day', '2019-05-01'],
    ['Security was tightened after 9/11.', '9/11', '2001-09-11'],
    ['Her father died in the September 11 attacks.', 'September 11', '2001-09-11'],
    ['Farmers rallied on Bastille Day.', 'Bastille Day', '2019-07-14'],
  ])('%s', (text, span, value) => {
    expect(tagged(text, span)?.value).toBe(value);
  });

  it('a named weekday without a year is no day (the name recurs)', () => {
    expect(tagTimex('Traders called the slump Bloody Tuesday.', { dct: FRI })).toEqual([]);
  });
});

describe('"is set for": a scheduled clause', () => {
  it.each([
    ['The vote is set for Thursday.', 'Thursday', '2019-11-14'],
    ['The rocket is set for launch at 0600 UTC on Sunday.', '0600 UTC on Sunday', '2019-11-10T06:00Z'],
  ])('%s', (text, span, value) => {
    expect(tagged(text, span)?.value).toBe(value);
  });
});

describe('"half a century ago", "half an hour"', () => {
  it.each([
    ['Half a century ago, the mine closed.', 'Half a century ago', 'DATE', '1969'],
    ['Half a year ago the firm was bankrupt.', 'Half a year ago', 'DATE', '2019-05'],
    ['The talks lasted half an hour.', 'half an hour', 'DURATION', 'PT30M'],
    ['Prices doubled in half a decade.', 'half a decade', 'DURATION', 'P5Y'],
  ])('%s', (text, span, type, value) => {
    const t = tagged(text, span);
    expect([t?.type, t?.value]).toEqual([type, value]);
  });

  it('half of a unit no smaller unit divides is not read as the whole unit', () => {
    expect(tagTimex('Half a week ago it rained.', { dct: FRI })).toEqual([]);
  });
});
