import { describe, expect, it } from 'vitest';
import { tagTimex } from './tagTimex.ts';

/** The one timex whose text is `text`, so each row states exactly what it expects. */
function find(sentence: string, dct: string | null, text: string) {
  const hits = tagTimex(sentence, { dct }).filter((t) => t.text === text);
  expect(
    hits,
    `expected exactly one '${text}' in ${JSON.stringify(tagTimex(sentence, { dct }))}`,
  ).toHaveLength(1);
  return hits[0];
}

// Fri 4 Jul 2025, the seeds' capture day; Mon 30 Jun 2025 for "next week" rules.
const FRI = '2025-07-04';
const MON = '2025-06-30';

describe('tagTimex: values', () => {
  it.each([
    // weekdays follow tense: past -> the one before, future -> the coming one, same weekday -> that day
    ['On Monday he said the plan had failed.', FRI, 'Monday', 'DATE', '2025-06-30'],
    ['The minister will travel to Paris on Monday.', FRI, 'Monday', 'DATE', '2025-07-07'],
    ['Ms Cooper said on Friday that crossings had risen.', FRI, 'Friday', 'DATE', '2025-07-04'],
    ["Thursday's call followed weeks of silence.", FRI, 'Thursday', 'DATE', '2025-07-03'],
    ['The leaders will meet next week and sign the deal on Thursday.', MON, 'Thursday', 'DATE', '2025-07-10'],
    ['The envoy was summoned last Wednesday.', FRI, 'last Wednesday', 'DATE', '2025-07-02'],
    // months and bare years follow tense too
    ['Prices fell sharply in November.', FRI, 'November', 'DATE', '2024-11'],
    ['Elections will be held in November.', FRI, 'November', 'DATE', '2025-11'],
    ['The Russians walked out of a meeting in early June.', FRI, 'early June', 'DATE', '2025-06'],
    ['Protection has been extended since 2010.', FRI, '2010', 'DATE', '2010'],
    ['The plant opened in March 2024.', FRI, 'March 2024', 'DATE', '2024-03'],
    ['He was born on February 24, 1955, in San Francisco.', FRI, 'February 24, 1955', 'DATE', '1955-02-24'],
    ['A judge blocked the order on 1 July.', FRI, '1 July', 'DATE', '2025-07-01'],
    ['By 2 September they would be forced out.', FRI, '2 September', 'DATE', '2025-09-02'],
    // deictic units
    ['Last month, the mayor complained about the visits.', FRI, 'Last month', 'DATE', '2025-06'],
    ['The pause was first disclosed earlier this week.', FRI, 'earlier this week', 'DATE', '2025-W27'],
    ['Profits rose last year.', FRI, 'last year', 'DATE', '2024'],
    ['The firm expects a profit next year.', FRI, 'next year', 'DATE', '2026'],
    ['Yesterday the board resigned.', FRI, 'Yesterday', 'DATE', '2025-07-03'],
    ['The fleet sailed four months ago.', FRI, 'four months ago', 'DATE', '2025-03'],
    ['Sales collapsed two years ago.', FRI, 'two years ago', 'DATE', '2023'],
    // times of day
    ['Russia launched a barrage of drones at Kyiv overnight.', FRI, 'overnight', 'TIME', '2025-07-03TNI'],
    ['GM admitted Thursday night that the loss could grow.', FRI, 'Thursday night', 'TIME', '2025-07-03TNI'],
    ['Apple announced the change this morning.', FRI, 'this morning', 'TIME', '2025-07-04TMO'],
    ['The jet took off at 18:00 UTC on Tuesday.', FRI, '18:00 UTC on Tuesday', 'TIME', '2025-07-01T18:00Z'],
    [
      'Engineers landed at 08:30 UTC, earlier than planned, on Tuesday.',
      FRI,
      '08:30 UTC',
      'TIME',
      '2025-07-01T08:30Z',
    ],
    // durations and sets
    ['For three months, volunteers have worked with families.', FRI, 'three months', 'DURATION', 'P3M'],
    [
      'A ceasefire in the nearly 21-month-old war was proposed.',
      FRI,
      'nearly 21-month-old',
      'DURATION',
      'P21M',
    ],
    ['The project took three years.', FRI, 'three years', 'DURATION', 'P3Y'],
    [
      'The release is almost two and a half years late.',
      FRI,
      'almost two and a half years',
      'DURATION',
      'P2.5Y',
    ],
    ['Cuts are planned over the next four years.', FRI, 'the next four years', 'DURATION', 'P4Y'],
    ['Tankers will be delivered at a rate of 15 a year.', FRI, 'a year', 'SET', 'P1Y'],
    ['The committee meets every week.', FRI, 'every week', 'SET', 'P1W'],
    // references without a calendar day
    ['The store is now smaller.', FRI, 'now', 'DATE', 'PRESENT_REF'],
    ['The service currently sells music.', FRI, 'currently', 'DATE', 'PRESENT_REF'],
    ['The recently announced phone sold out.', FRI, 'recently', 'DATE', 'PAST_REF'],
    // quarters, halves, fiscal years, decades
    ['GM lost money in the first quarter of 2009.', FRI, 'the first quarter of 2009', 'DATE', '2009-Q1'],
    ['Profits fell in the last quarter.', FRI, 'the last quarter', 'DATE', '2025-Q2'],
    ['Results for fiscal 2008 were weak.', FRI, 'fiscal 2008', 'DATE', 'FY2008'],
    ['Cars of the 1990s were boxy.', FRI, '1990s', 'DATE', '199'],
    // counted from another date, not from the document date
    ['The ruling came a day after 3 July.', FRI, 'a day after 3 July', 'DATE', '2025-07-04'],
    ['The vote came a day after the House approved it.', FRI, 'a day', 'DURATION', 'P1D'],
    [
      'Sales rose 43% in February compared to the same period last year.',
      '2010-03-03',
      'the same period last year',
      'DATE',
      '2009-02',
    ],
  ])('%s (dct %s): %s -> %s %s', (sentence, dct, text, type, value) => {
    const t = find(sentence, dct, text);
    expect(t?.type).toBe(type);
    expect(t?.value).toBe(value);
  });
});

describe('tagTimex: false hits are dropped', () => {
  it.each([
    ['Data was given to the Springfield News-Sun in April.', 'Sun'],
    ["Ms Cooper told the BBC's Today programme it was appalling.", 'Today'],
    ['Leaders estimate 10,000 to 15,000 Haitian nationals have arrived.', '000 to 15'],
    ['The paper sold 2,400 copies and 1,217 posters.', '2,400'],
    ['He may visit the city, officials said.', 'May'],
    ['The Sunday Times reported the deal.', 'Sunday'],
  ])('%s has no timex covering %s', (sentence, word) => {
    const at = sentence.indexOf(word);
    const hits = tagTimex(sentence, { dct: FRI }).filter((t) => t.start < at + word.length && t.end > at);
    expect(hits).toEqual([]);
  });
});

describe('tagTimex: weekday and explicit date agree', () => {
  it('takes the Friday the text dates as July 4 when tense alone is not decisive', () => {
    const t = find('Summit in Brussels on Friday. Leaders arrive on July 4.', '2025-07-01', 'Friday');
    expect(t?.value).toBe('2025-07-04');
    expect(t?.note).toMatch(/agrees with the date/);
  });
});

describe('tagTimex: quotations', () => {
  it.each([
    ["He said: 'I hope that maybe tomorrow I will speak to him.'", 'tomorrow', 'FUTURE_REF', null],
    ["He said on Thursday: 'We will meet tomorrow.'", 'tomorrow', '2025-07-04', 'timex'],
    ["'We met yesterday,' she told reporters on Wednesday.", 'yesterday', '2025-07-01', 'timex'],
  ])('%s: %s -> %s', (sentence, text, value, anchor) => {
    const t = find(sentence, FRI, text);
    expect(t?.value).toBe(value);
    if (anchor) expect(t?.anchor).toBe(anchor);
    else {
      expect(t?.interval).toBeNull();
      expect(t?.note).toMatch(/quotation/);
    }
  });
});

describe('tagTimex: intervals and precision', () => {
  it.each([
    [
      'The strikes came in June 2025.',
      'June 2025',
      { start: '2025-06-01', end: '2025-06-30', precision: 'month' },
    ],
    [
      'Talks stalled in early June.',
      'early June',
      { start: '2025-06-01', end: '2025-06-30', precision: 'month', part: 'early' },
    ],
    [
      'Troops crossed the border in 2022.',
      '2022',
      { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
    ],
    [
      'The fight began this week.',
      'this week',
      { start: '2025-06-30', end: '2025-07-06', precision: 'week' },
    ],
    ['They spoke on Thursday.', 'Thursday', { start: '2025-07-03', end: '2025-07-03', precision: 'day' }],
    ['Drones hit Kyiv overnight.', 'overnight', { start: '2025-07-03', end: '2025-07-04', precision: 'day' }],
    [
      'GM lost money in the first quarter of 2009.',
      'the first quarter of 2009',
      { start: '2009-01-01', end: '2009-03-31', precision: 'month' },
    ],
    [
      'Growth slowed by the end of the year.',
      'the end of the year',
      { start: '2025-01-01', end: '2025-12-31', precision: 'year', part: 'late' },
    ],
  ])('%s: %s', (sentence, text, interval) => {
    expect(find(sentence, FRI, text)?.interval).toEqual(interval);
  });

  it.each([
    ['It lasted three years.', 'three years'],
    ['The store is now open.', 'now'],
    ['Results for fiscal 2008 were weak.', 'fiscal 2008'],
  ])('%s: %s has no interval', (sentence, text) => {
    expect(find(sentence, FRI, text)?.interval).toBeNull();
  });
});

describe('tagTimex: without a document date nothing relative is guessed', () => {
  it.each([
    ['On Monday he said the plan had failed.', 'Monday', 'XXXX-WXX-1'],
    ['Last month, the mayor complained.', 'Last month', 'XXXX-XX'],
    ['Prices fell in November.', 'November', 'XXXX-11'],
    ['Trump signed it on July 4.', 'July 4', 'XXXX-07-04'],
    ['Yesterday the board resigned.', 'Yesterday', 'XXXX-XX-XX'],
    ['The pause was disclosed earlier this week.', 'earlier this week', 'XXXX-WXX'],
  ])('%s: %s -> %s', (sentence, text, value) => {
    const t = find(sentence, null, text);
    expect(t?.value).toBe(value);
    expect(t?.interval).toBeNull();
    expect(t?.anchor).toBe('none');
  });

  it('still resolves absolute dates', () => {
    const t = find('The treaty was signed on 4 July 2025.', null, '4 July 2025');
    expect(t?.value).toBe('2025-07-04');
    expect(t?.anchor).toBe('absolute');
  });

  it('rejects a malformed dct', () => {
    expect(() => tagTimex('Monday', { dct: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('tagTimex: notes', () => {
  it('explains a weekday resolution in one sentence', () => {
    expect(find("Thursday's call followed the strikes.", FRI, 'Thursday')?.note).toBe(
      "'Thursday' in text dated Fri 4 Jul 2025 → Thu 3 Jul 2025 (past tense: the Thursday before)",
    );
  });
});
