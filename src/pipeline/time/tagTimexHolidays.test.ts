import { describe, expect, it } from 'vitest';
import { easterSunday } from './holidays.ts';
import { tagTimex } from './tagTimex.ts';

/** Holidays whose day is computed from a rule; sentences written for this file, days checked on a calendar. */

// Thu 4 Sep 2008.
const THU = '2008-09-04';

function one(text: string, span: string, dct: string | null = THU) {
  const hits = tagTimex(text, { dct }).filter((t) => t.text === span);
  expect(hits, JSON.stringify(tagTimex(text, { dct }))).toHaveLength(1);
  return hits[0];
}

describe('holidays computed for their year', () => {
  it.each([
    ['Retailers will open at dawn on Black Friday.', 'Black Friday', '2008-11-28'],
    ['Families will travel home for Thanksgiving.', 'Thanksgiving', '2008-11-27'],
    ['The union rallied on Labor Day.', 'Labor Day', '2008-09-01'],
    ['Parades were held on Memorial Day 2010.', 'Memorial Day 2010', '2010-05-31'],
    ['Polls in the US will close at 8 p.m. on Election Day.', 'Election Day', '2008-11-04'],
    ['The midterm races end on Election Day 2010.', 'Election Day 2010', '2010-11-02'],
    ['Markets are shut on Good Friday 2025.', 'Good Friday 2025', '2025-04-18'],
    ['Pilgrims crowded the square last Easter.', 'last Easter', '2008-03-23'],
    ['The shrine reopens on Easter Monday 2009.', 'Easter Monday 2009', '2009-04-13'],
    ['Federal offices closed for Martin Luther King Day 2025.', 'Martin Luther King Day 2025', '2025-01-20'],
    ["Sales peaked on Presidents' Day 2025.", "Presidents' Day 2025", '2025-02-17'],
    ['Online orders jumped on Cyber Monday.', 'Cyber Monday', '2007-11-26'],
    ['Next Thanksgiving the store stays shut.', 'Next Thanksgiving', '2008-11-27'],
  ])('%s', (text, span, value) => {
    const t = one(text, span);
    expect([t?.type, t?.value, t?.interval?.start]).toEqual(['DATE', value, value]);
  });

  it('without a document date the day is left unresolved', () => {
    const t = one('Families travelled home for Thanksgiving.', 'Thanksgiving', null);
    expect([t?.value, t?.interval, t?.anchor]).toEqual(['XXXX-XX-XX', null, 'none']);
  });

  it.each([
    ['Black Monday wiped out a fifth of the index.'],
    ['The crew sailed to Easter Island.'],
    ['Britain went to the polls on Election Day.'],
  ])('no rule, no day: %s', (text) => {
    expect(tagTimex(text, { dct: THU }).filter((t) => t.value.startsWith('20'))).toEqual([]);
  });

  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
  ])('Easter Sunday %i is %s', (year, day) => {
    const d = easterSunday(year);
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(iso).toBe(day);
  });
});
