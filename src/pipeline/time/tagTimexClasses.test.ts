import { describe, expect, it } from 'vitest';
import { tagTimex } from './tagTimex.ts';

/** Error classes of issue 12, item 5, each checked on sentences written for this file. */

// Thu 4 Sep 2008.
const THU = '2008-09-04';

function one(text: string, span: string, dct: string | null = THU) {
  const hits = tagTimex(text, { dct }).filter((t) => t.text === span);
  expect(hits, JSON.stringify(tagTimex(text, { dct }))).toHaveLength(1);
  return hits[0];
}

describe('anaphora: resolved against the preceding date expression', () => {
  it.each([
    ['The vote was held on 1 September 2008. Crowds gathered the same day.', 'the same day', '2008-09-01'],
    ['Shares slid on Monday. That day, the index lost 3%.', 'That day', '2008-09-01'],
    ['The storm hit on August 29. The following day, crews arrived.', 'The following day', '2008-08-30'],
    ['The plant closed on March 3, 2007. The day before, workers struck.', 'The day before', '2007-03-02'],
    ['Sales fell in March 2007. That month, prices rose.', 'That month', '2007-03'],
  ])('%s', (text, span, value) => {
    const t = one(text, span);
    expect(t?.value).toBe(value);
    expect(t?.anchor).toBe('timex');
    expect(t?.note).toMatch(/most recent preceding date expression/);
  });

  it.each([['Crowds gathered the same day.', 'the same day']])(
    'no antecedent: unresolved (%s)',
    (text, span) => {
      const t = one(text, span);
      expect(t?.value).toBe('XXXX-XX-XX');
      expect(t?.interval).toBeNull();
    },
  );
});

describe('durations', () => {
  it.each([
    ['The index fell for six straight days.', 'six straight days', 'P6D'],
    ['The economy shrank for two consecutive quarters.', 'two consecutive quarters', 'P2Q'],
    ['She has lived there for 20 years.', '20 years', 'P20Y'],
    ['The bridge took a decade to build.', 'a decade', 'P10Y'],
    ['The firm signed a three-month lease.', 'three-month', 'P3M'],
    ['Rents rose over the past two weeks.', 'the past two weeks', 'P2W'],
  ])('%s', (text, span, value) => {
    const t = one(text, span);
    expect([t?.type, t?.value]).toEqual(['DURATION', value]);
  });
});

describe('amounts counted back or forward', () => {
  it.each([
    ['The club was founded 20 years ago.', '20 years ago', '1988'],
    ['A month ago, the plan was dropped.', 'A month ago', '2008-08'],
    [
      'The merger closed on June 3, 2008. Two days later, the chief resigned.',
      'Two days later',
      '2008-06-05',
    ],
    [
      'The merger closed on June 3, 2008. Two days earlier, the chief resigned.',
      'Two days earlier',
      '2008-06-01',
    ],
  ])('%s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });

  it('without a preceding date only the amount is kept', () => {
    const t = one('Two days later, the chief resigned.', 'Two days');
    expect([t?.type, t?.value]).toEqual(['DURATION', 'P2D']);
  });
});

describe('weekdays follow the clause tense', () => {
  it.each([
    ['The board will meet on Monday.', 'Monday', '2008-09-08'],
    ['Congress is due to vote Tuesday.', 'Tuesday', '2008-09-09'],
    ['The launch is scheduled for Friday.', 'Friday', '2008-09-05'],
    ['The committee met on Monday.', 'Monday', '2008-09-01'],
    ['Elections are planned for Friday.', 'Friday', '2008-09-05'],
    ['The verdict is due on Monday.', 'Monday', '2008-09-08'],
    ['Protests are planned for the weekend.', 'the weekend', '2008-W36-WE'],
    ['Protests erupted over the weekend.', 'the weekend', '2008-W35-WE'],
    ['The lender said on Monday it would raise capital.', 'Monday', '2008-09-01'],
    ['Officials said late Tuesday they would reopen the road.', 'Tuesday', '2008-09-02'],
    ['The jury returns its verdict on Monday.', 'Monday', '2008-09-08'],
    ['The court rules on Friday.', 'Friday', '2008-09-05'],
    ['Sales have soared since its launch on Monday.', 'Monday', '2008-09-01'],
    ['Minister visits troops on Tuesday\nThe minister spent the day there.', 'Tuesday', '2008-09-02'],
  ])('%s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });
});

describe('clock times with zones keep the day', () => {
  it.each([
    ['The strike began at 0800 UTC.', '0800 UTC', '2008-09-04T08:00Z'],
    ['The market closed at 3:15 p.m. ET.', '3:15 p.m. ET', '2008-09-04T15:15'],
    ['The quake struck at 10:02 a.m. GMT.', '10:02 a.m. GMT', '2008-09-04T10:02Z'],
    ['The session opens at noon EST.', 'noon EST', '2008-09-04T12:00'],
  ])('%s', (text, span, value) => {
    const t = one(text, span);
    expect([t?.type, t?.value, t?.interval?.start]).toEqual(['TIME', value, THU]);
  });

  it('a four-digit number without a zone is no time', () => {
    expect(tagTimex('The firm cut 1200 jobs.', { dct: THU })).toEqual([]);
  });
});

// MEANTIME leaves "formerly" (a role, not a time) unannotated, so it is not a PAST_REF here.
describe('PRESENT_REF / PAST_REF / FUTURE_REF words', () => {
  it.each([
    ['Oil is now dearer.', 'now', 'PRESENT_REF'],
    ['Rates are currently high.', 'currently', 'PRESENT_REF'],
    ['He recently quit.', 'recently', 'PAST_REF'],
    ['In the past, rates were low.', 'the past', 'PAST_REF'],
    ['Rates may rise in the future.', 'the future', 'FUTURE_REF'],
    ['The bill will soon pass.', 'soon', 'FUTURE_REF'],
  ])('%s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });
});

describe('holidays on a fixed day', () => {
  it.each([
    ['Shops closed on Christmas Day.', 'Christmas Day', '2007-12-25'],
    ['Fireworks will light the sky on Independence Day.', 'Independence Day', '2009-07-04'],
    ["Parties will be held on New Year's Eve.", "New Year's Eve", '2008-12-31'],
    ['Sales jumped on Valentine’s Day.', 'Valentine’s Day', '2008-02-14'],
  ])('%s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });
});

describe('a range of two dates is also a DURATION', () => {
  it.each([
    ['The mine will produce copper from 2012 to 2015.', 'from 2012 to 2015', 'P3Y', ['2012', '2015']],
    ['Prices doubled between 1999 and 2004.', 'between 1999 and 2004', 'P5Y', ['1999', '2004']],
    [
      'Exports fell between March and June 2007.',
      'between March and June 2007',
      'P3M',
      ['2007-03', '2007-06'],
    ],
    [
      'The fair ran from November to February 2008.',
      'from November to February 2008',
      'P3M',
      ['2007-11', '2008-02'],
    ],
  ])('%s', (text, span, value, ends) => {
    const t = one(text, span);
    expect([t?.type, t?.value, t?.interval]).toEqual(['DURATION', value, null]);
    const dates = tagTimex(text, { dct: THU }).filter((x) => x.type === 'DATE');
    expect(dates.map((x) => x.value)).toEqual(ends);
  });

  it.each([
    ['Output rose from 2010 to 2008.'],
    ['Talks ran from 2009, and in 2011 they ended.'],
    ['He served between 2001 to 2003.'],
  ])('no duration: %s', (text) => {
    expect(tagTimex(text, { dct: THU }).filter((t) => t.type === 'DURATION')).toEqual([]);
  });
});

describe('vague stretches and period adjectives', () => {
  it.each([
    ['Fans have stayed loyal over the years.', 'the years', 'DURATION', 'PXY'],
    ['The town has shrunk through the decades.', 'the decades', 'DURATION', 'PXY'],
    ['The bank reported its first annual loss.', 'annual', 'DURATION', 'P1Y'],
    ['Quarterly revenue beat forecasts.', 'Quarterly', 'DURATION', 'P3M'],
    ['The firm posted record annual net profit.', 'annual', 'DURATION', 'P1Y'],
    ['Delegates met at the annual summit.', 'annual', 'SET', 'P1Y'],
    ['The council publishes a monthly bulletin.', 'monthly', 'SET', 'P1M'],
  ])('%s', (text, span, type, value) => {
    const t = one(text, span);
    expect([t?.type, t?.value]).toEqual([type, value]);
  });

  it('"over the years of war" is no stretch of its own', () => {
    expect(tagTimex('Over the years of war, many fled.', { dct: THU })).toEqual([]);
  });
});

describe('"the N units", "of the year", "until X" after a past verb', () => {
  it.each([
    ['Profit fell in the six months to June.', 'the six months', 'DURATION', 'P6M'],
    ['Hiring slowed in the first half of the year.', 'the first half of the year', 'DATE', '2008-H1'],
    ['The court was adjourned until October 2.', 'October 2', 'DATE', '2008-10-02'],
    ['The road was closed until August 30.', 'August 30', 'DATE', '2008-08-30'],
    ['The road was closed on August 30.', 'August 30', 'DATE', '2008-08-30'],
  ])('%s', (text, span, type, value) => {
    const t = one(text, span);
    expect([t?.type, t?.value]).toEqual([type, value]);
  });
});

describe('a numbered quarter without its year', () => {
  // Thu 4 Sep 2008 is in the third quarter; Tue 15 Jan 2008 in the first.
  it.each([
    ['The miner has announced cuts, resulting in idle pits during the fourth quarter.', THU, '2008-Q4'],
    [
      'The bank has posted losses, leaving it short of capital in the fourth quarter.',
      '2008-01-15',
      '2007-Q4',
    ],
    ['The retailer lost money in the fourth quarter.', THU, '2007-Q4'],
    ['The retailer will open stores in the first quarter.', THU, '2009-Q1'],
  ])('%s (%s)', (text, dct, value) => {
    expect(one(text, text.includes('fourth') ? 'the fourth quarter' : 'the first quarter', dct)?.value).toBe(
      value,
    );
  });
});

describe('two days off and capitalised fiscal years', () => {
  it.each([
    ['Rain fell the day before yesterday.', 'the day before yesterday', '2008-09-02'],
    ['The verdict comes the day after tomorrow.', 'the day after tomorrow', '2008-09-06'],
    ['Fiscal 2007 revenue rose.', 'Fiscal 2007', 'FY2007'],
  ])('%s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });
});

describe('fractions and race times are no dates or clock times', () => {
  it.each([
    ['Add 1/2 tsp vanilla extract and stir.', '1/2'],
    ['Fold in 3/4 cup of flour.', '3/4'],
    ['Shares rose 1/4 of a point.', '1/4'],
    ['Stocks slipped after she said 2/3 of members agreed.', '2/3'],
    ['Rivera won in a course record of 2:19:40.', '2:19:40'],
    ['He finished the stage in 4:05:11, a minute ahead.', '4:05:11'],
    ['Rivera ran 2:19:40 in Boston to win.', '2:19:40'],
  ])('%s', (text, span) => {
    expect(tagTimex(text, { dct: THU }).filter((t) => t.text.includes(span))).toEqual([]);
  });

  it.each([
    ['The strike began on 3/4 and ended a week later.', '3/4', '2008-03-04'],
    ['Talks opened on 8/5 in Geneva.', '8/5', '2008-08-05'],
    ['The doors opened at 10:30:15 ET.', '10:30:15 ET', '2008-09-04T10:30'],
  ])('still a day or time: %s', (text, span, value) => {
    expect(one(text, span)?.value).toBe(value);
  });
});

describe('a present passive looks ahead, a past one back', () => {
  // Fri 27 Jan 2006.
  it.each([
    ['The loss could rise before it is officially reported to regulators in March.', '2006-03'],
    ['The plan is formally presented in June, officials said.', '2006-06'],
    ['The figures were officially reported in March.', '2005-03'],
  ])('%s', (text, value) => {
    const month = tagTimex(text, { dct: '2006-01-27' }).find((t) => /March|June/.test(t.text));
    expect(month?.value).toBe(value);
  });
});
