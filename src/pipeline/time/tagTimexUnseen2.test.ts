import { describe, expect, it } from 'vitest';
import { tagTimex } from './tagTimex.ts';

/**
 * A sixth batch of news-shaped sentences written for this file (not from MEANTIME or any corpus), values
 * worked out by hand from a calendar, on the error classes of issue 12 item 5: anaphora, seasons,
 * possessive weekdays, "N years ago", wire clock times with zones, PRESENT_REF / PAST_REF / FUTURE_REF
 * words, named days and durations, and the week-level and future-tense weekday classes. Same rules as
 * tagTimexUnseen.test.ts: a row is right when the expression overlapping the span most has the value;
 * rows the tagger gets wrong are listed in GAPS with the reason, and the test fails when a gap closes.
 * First runs: the first 65 rows (written before any change of this batch's commits) 46 right; the next
 * 25 (written after the first fixes, before running) 19 right; the last 20 (same) 17 right. Rows whose
 * value TimeML practice leaves open ("a decade ago" as 2014 or 201, "in recent years", "eventually")
 * were left out.
 */

// Tue 12 Mar 2024 (2024-W11); Mon 15 Jul 2024 (2024-W29); Wed 9 Oct 2024, Sun 13 Oct 2024 (2024-W41);
// Mon 14 Oct 2024 (2024-W42).
const TUE12 = '2024-03-12';
const MON15 = '2024-07-15';
const WED9 = '2024-10-09';
const SUN13 = '2024-10-13';
const MON14 = '2024-10-14';

type Row = [dct: string, text: string, span: string, value: string];

const ROWS: Row[] = [
  [TUE12, 'Voters went to the polls on February 25. Riots broke out that day.', 'that day', '2024-02-25'],
  [
    TUE12,
    'The pact was signed on 3 January 2023. On the same day, troops withdrew.',
    'the same day',
    '2023-01-03',
  ],
  [TUE12, 'The flood peaked on Jan. 9. Rescuers reached the town that week.', 'that week', '2024-W02'],
  [
    TUE12,
    'The flood peaked on Jan. 9, officials said on Monday. Rescuers reached the town that week.',
    'that week',
    '2024-W02',
  ],
  [TUE12, 'Police said the same day that nobody was hurt.', 'the same day', 'XXXX-XX-XX'],
  [TUE12, 'Rescuers reached the town that week.', 'that week', 'XXXX-WXX'],
  [TUE12, 'The strike began in 2021. That year, output fell.', 'That year', '2021'],
  [
    TUE12,
    'The bank raised rates on Thursday. That same day, the currency fell.',
    'That same day',
    '2024-03-07',
  ],
  [
    TUE12,
    'The ship sank on 14 April 1912. Later that day, survivors were picked up.',
    'that day',
    '1912-04-14',
  ],
  [TUE12, 'The company plans to list its shares in the spring.', 'the spring', '2024-SP'],
  [TUE12, 'Growth slowed last summer.', 'last summer', '2023-SU'],
  [TUE12, 'The plant will open in spring 2025.', 'spring 2025', '2025-SP'],
  [TUE12, 'The band toured Europe in the summer of 2019.', 'the summer of 2019', '2019-SU'],
  [TUE12, 'The law takes effect next autumn.', 'next autumn', '2024-FA'],
  [TUE12, 'Prices rose sharply this winter.', 'this winter', '2024-WI'],
  [TUE12, 'The talks stalled in the fall.', 'the fall', '2023-FA'],
  [TUE12, 'Elections are due in autumn.', 'autumn', '2024-FA'],
  [TUE12, 'Snow fell early in the winter of 2022.', 'the winter of 2022', '2022-WI'],
  [TUE12, 'The opposition won a by-election in summer 2023.', 'summer 2023', '2023-SU'],
  [TUE12, "Thursday's vote drew a crowd of thousands.", 'Thursday', '2024-03-07'],
  [TUE12, "Friday's jobs report showed hiring slowed.", 'Friday', '2024-03-08'],
  [TUE12, "Wednesday's summit will decide on the aid.", 'Wednesday', '2024-03-13'],
  [TUE12, "Traders are waiting for Thursday's inflation figures.", 'Thursday', '2024-03-14'],
  [TUE12, "Monday's attack killed four soldiers, the army said.", 'Monday', '2024-03-11'],
  [TUE12, "After Sunday's election, the party formed a coalition.", 'Sunday', '2024-03-10'],
  [TUE12, "Saturday's final was watched by millions.", 'Saturday', '2024-03-09'],
  [TUE12, 'The firm was founded 15 years ago.', '15 years ago', '2009'],
  [TUE12, 'Two weeks ago the minister quit.', 'Two weeks ago', '2024-W09'],
  [TUE12, 'Three days ago, a fire broke out.', 'Three days ago', '2024-03-09'],
  [TUE12, 'Six months ago, the deal was signed.', 'Six months ago', '2023-09'],
  [TUE12, 'The launch is set for 0800 UTC on Friday.', '0800 UTC', '2024-03-15T08:00Z'],
  [TUE12, 'Markets opened at 0900 GMT.', '0900 GMT', '2024-03-12T09:00Z'],
  [TUE12, 'The quake struck at 14:30 UTC on March 10.', '14:30 UTC', '2024-03-10T14:30Z'],
  [TUE12, 'Polls close at 8 p.m. ET on Tuesday.', '8 p.m. ET', '2024-03-12T20:00'],
  [TUE12, 'The deadline passed at midnight on Sunday.', 'midnight', '2024-03-10T24:00'],
  [TUE12, 'The curfew begins at 2200 local time.', '2200', '2024-03-12T22:00'],
  [TUE12, 'The currency is now at its weakest level in decades.', 'now', 'PRESENT_REF'],
  [TUE12, 'Currently the plant employs 400 people.', 'Currently', 'PRESENT_REF'],
  [TUE12, 'The party has in the past opposed the plan.', 'the past', 'PAST_REF'],
  [TUE12, 'Prices could rise in the future.', 'the future', 'FUTURE_REF'],
  [TUE12, 'Officials recently raised the alarm.', 'recently', 'PAST_REF'],
  [TUE12, 'The bank will soon cut rates.', 'soon', 'FUTURE_REF'],
  [TUE12, 'The firm said today that it was cutting jobs.', 'today', '2024-03-12'],
  [TUE12, 'At present, no talks are planned.', 'present', 'PRESENT_REF'],
  [TUE12, 'In the coming years the city will grow.', 'the coming years', 'FUTURE_REF'],
  [TUE12, 'Nowadays few people read newspapers.', 'Nowadays', 'PRESENT_REF'],
  [TUE12, 'Stocks crashed on Black Monday in 1987.', 'Black Monday', '1987-10-19'],
  [TUE12, 'Retailers are ready for Black Friday.', 'Black Friday', '2024-11-29'],
  [TUE12, 'The shooting happened on Christmas Eve.', 'Christmas Eve', '2023-12-24'],
  [TUE12, 'Millions shopped online on Cyber Monday.', 'Cyber Monday', '2023-11-27'],
  [TUE12, 'Protesters marched on May Day.', 'May Day', '2023-05-01'],
  [TUE12, "Fireworks will light the sky on New Year's Eve.", "New Year's Eve", '2024-12-31'],
  [TUE12, 'The attacks of 9/11 changed the city.', '9/11', '2001-09-11'],
  [TUE12, 'Voters head to the polls on Super Tuesday.', 'Super Tuesday', '2024-03-05'],
  [TUE12, 'The index rose for six straight days.', 'six straight days', 'P6D'],
  [TUE12, 'Unemployment fell for three consecutive months.', 'three consecutive months', 'P3M'],
  [TUE12, 'The siege lasted 40 days.', '40 days', 'P40D'],
  [TUE12, 'He served two terms over eight years.', 'eight years', 'P8Y'],
  [TUE12, 'The talks dragged on for hours.', 'hours', 'PTXH'],
  [TUE12, 'The flight takes 90 minutes.', '90 minutes', 'PT90M'],
  [TUE12, 'The trial is expected to last several weeks.', 'several weeks', 'PXW'],
  [MON15, 'The party lost ground last spring.', 'last spring', '2024-SP'],
  [MON15, 'The reservoir ran dry in the spring.', 'spring', '2024-SP'],
  [MON15, 'The union will strike in the autumn.', 'autumn', '2024-FA'],
  [MON15, 'Tourism recovered in winter 2023.', 'winter 2023', '2023-WI'],
  [MON15, 'Exports fell this summer.', 'this summer', '2024-SU'],
  [MON15, 'The vaccine could be ready by next spring.', 'next spring', '2025-SP'],
  [MON15, 'The company went public in spring 2021.', 'spring 2021', '2021-SP'],
  [
    MON15,
    'The fire broke out early Sunday. Firefighters worked through that night.',
    'that night',
    '2024-07-14TNI',
  ],
  [MON15, 'The election was held on 4 July. Results came in the next day.', 'the next day', '2024-07-05'],
  [
    MON15,
    'Rioting started on June 30. By the end of that week, 40 people had died.',
    'that week',
    '2024-W26',
  ],
  [MON15, 'Rioting started on June 30. The same week, the minister resigned.', 'The same week', '2024-W26'],
  [MON15, "Sunday's final was a thriller.", 'Sunday', '2024-07-14'],
  [MON15, "Thursday's hearing will be closed to the press.", 'Thursday', '2024-07-18'],
  [MON15, "Saturday's rally turned violent.", 'Saturday', '2024-07-13'],
  [MON15, "Police are still investigating Friday's shooting.", 'Friday', '2024-07-12'],
  [MON15, 'The company was founded 40 years ago.', '40 years ago', '1984'],
  [MON15, 'Four days ago the rebels seized the town.', 'Four days ago', '2024-07-11'],
  [MON15, 'The polls close at 2100 GMT.', '2100 GMT', '2024-07-15T21:00Z'],
  [MON15, 'The vote ended at 1600 UTC on Sunday.', '1600 UTC on Sunday', '2024-07-14T16:00Z'],
  [MON15, 'The markets are currently closed.', 'currently', 'PRESENT_REF'],
  [MON15, 'The plan was abandoned years ago.', 'years ago', 'PAST_REF'],
  [MON15, 'The ceasefire held for three straight weeks.', 'three straight weeks', 'P3W'],
  [MON15, 'Oil fell for 10 consecutive sessions.', '10 consecutive sessions', 'P10D'],
  [WED9, 'Ministers meet this week to discuss the budget.', 'this week', '2024-W41'],
  [SUN13, 'Talks resumed this week after a pause.', 'this week', '2024-W41'],
  [MON14, 'Protesters gathered over the weekend.', 'the weekend', '2024-W41-WE'],
  [WED9, 'The fair opens this weekend.', 'this weekend', '2024-W41-WE'],
  [WED9, 'Fans will travel to the match on Saturday.', 'Saturday', '2024-10-12'],
  [WED9, 'The minister is expected to resign on Friday.', 'Friday', '2024-10-11'],
  [WED9, 'Voters are going to the polls on Sunday.', 'Sunday', '2024-10-13'],
  [WED9, 'The court is due to rule on Monday.', 'Monday', '2024-10-14'],
  [WED9, 'The strike, which began on Monday, will end on Thursday.', 'Thursday', '2024-10-10'],
  [WED9, 'The strike, which began on Monday, will end on Thursday.', 'Monday', '2024-10-07'],
  [WED9, 'Parliament reconvenes on Tuesday.', 'Tuesday', '2024-10-15'],
  [WED9, 'The summit ended at 1300 GMT on Tuesday.', '1300 GMT on Tuesday', '2024-10-08T13:00Z'],
  [WED9, 'He was elected nine years ago.', 'nine years ago', '2015'],
  [WED9, 'Half a century ago the dam was built.', 'Half a century ago', '1974'],
  [WED9, 'The airline has grown rapidly in recent months.', 'recent months', 'PXM'],
  [WED9, 'The currency has fallen for five straight sessions.', 'five straight sessions', 'P5D'],
  [WED9, 'Factories have cut output for two consecutive years.', 'two consecutive years', 'P2Y'],
  [WED9, 'The treaty was signed in the past decade.', 'the past decade', 'P10Y'],
  [WED9, 'The bank expects growth to slow in the near future.', 'the near future', 'FUTURE_REF'],
];

/** Rows the tagger gets wrong today, keyed by text, with what goes wrong. */
const GAPS: Record<string, string> = {
  'The deadline passed at midnight on Sunday.':
    'midnight closing a day is T24:00 in TimeML; the tagger gives T00:00 (the start of that day)',
  'Retailers are ready for Black Friday.':
    '"are ready for" has no tense marker, so the nearest Black Friday (the last one) is taken, not the coming one',
  'Voters head to the polls on Super Tuesday.':
    'a named weekday without a year is not tagged: the name recurs every election year',
};

/** The tagged expression overlapping `span` most (the bench's relaxed match): its value. */
function found([dct, text, span]: Row): string {
  const at = text.indexOf(span);
  const end = at + span.length;
  const size = (t: { start: number; end: number }) => Math.min(end, t.end) - Math.max(at, t.start);
  const hit = tagTimex(text, { dct })
    .filter((t) => size(t) > 0)
    .sort((a, b) => size(b) - size(a))[0];
  return hit ? hit.value : 'not found';
}

const right = ROWS.filter((r) => !(r[1] in GAPS));
const wrong = ROWS.filter((r) => r[1] in GAPS);

describe('unseen news sentences, batch six', () => {
  it.each(right)('%s: %s', (...row) => {
    expect(found(row)).toBe(row[3]);
  });

  it.each(wrong)('known gap (%s): %s', (...row) => {
    expect(found(row), GAPS[row[1]]).not.toBe(row[3]);
  });

  it('every gap is a row', () => {
    expect(wrong.length).toBe(Object.keys(GAPS).length);
  });
});
