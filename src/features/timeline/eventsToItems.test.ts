import { describe, expect, it } from 'vitest';
import type { EventDate, EventSummary } from '../../shared/schema.ts';
import { eventsToItems, MAX_TEXT_LENGTH, shortenTitle } from './eventsToItems.ts';

function event(id: string, date: EventDate | null, extra: Partial<EventSummary> = {}): EventSummary {
  return {
    id,
    title: `Title of ${id}`,
    type: 'statement',
    status: 'happened',
    date,
    people: [],
    countries: [],
    sourceArticleIds: ['a'],
    warnings: [],
    ...extra,
  };
}

describe('eventsToItems: precision is visible', () => {
  it.each<{ name: string; date: EventDate; type: 'point' | 'range'; end: string | undefined; cls: string }>([
    {
      name: 'a single day is a point',
      date: { start: '2025-07-03', precision: 'day', label: 'Thu 3 Jul 2025' },
      type: 'point',
      end: undefined,
      cls: 'precision-day status-happened',
    },
    {
      name: 'a day whose end equals its start is still a point',
      date: { start: '2025-07-03', end: '2025-07-03', precision: 'day', label: 'Thu 3 Jul 2025' },
      type: 'point',
      end: undefined,
      cls: 'precision-day status-happened',
    },
    {
      name: 'the night of 3–4 July spans both days (end is exclusive)',
      date: { start: '2025-07-03', end: '2025-07-04', precision: 'day', label: '3–4 Jul 2025' },
      type: 'range',
      end: '2025-07-05',
      cls: 'precision-day status-happened',
    },
    {
      name: 'a week covers seven days',
      date: { start: '2025-06-30', end: '2025-07-06', precision: 'week', label: 'week of 30 Jun 2025' },
      type: 'range',
      end: '2025-07-07',
      cls: 'precision-week status-happened',
    },
    {
      name: 'a week without an end still covers seven days',
      date: { start: '2025-06-30', precision: 'week', label: 'week of 30 Jun 2025' },
      type: 'range',
      end: '2025-07-07',
      cls: 'precision-week status-happened',
    },
    {
      name: 'a month is a band over the whole month, never a day',
      date: { start: '2024-11-01', end: '2024-11-30', precision: 'month', label: 'November 2024' },
      type: 'range',
      end: '2024-12-01',
      cls: 'precision-month status-happened',
    },
    {
      name: 'a month without an end covers the month (February, leap year)',
      date: { start: '2024-02-01', precision: 'month', label: 'February 2024' },
      type: 'range',
      end: '2024-03-01',
      cls: 'precision-month status-happened',
    },
    {
      name: 'a part of a month keeps the interval and is marked',
      date: {
        start: '2025-06-01',
        end: '2025-06-30',
        precision: 'month',
        part: 'early',
        label: 'early June 2025',
      },
      type: 'range',
      end: '2025-07-01',
      cls: 'precision-month status-happened part-early',
    },
    {
      name: 'a span of months',
      date: { start: '2025-06-01', end: '2025-08-31', precision: 'month', label: 'June–August 2025' },
      type: 'range',
      end: '2025-09-01',
      cls: 'precision-month status-happened',
    },
    {
      name: 'a year covers the year',
      date: { start: '2024-01-01', end: '2024-12-31', precision: 'year', label: '2024' },
      type: 'range',
      end: '2025-01-01',
      cls: 'precision-year status-happened',
    },
    {
      name: 'a year without an end covers the year',
      date: { start: '2022-01-01', precision: 'year', label: '2022' },
      type: 'range',
      end: '2023-01-01',
      cls: 'precision-year status-happened',
    },
  ])('$name', ({ date, type, end, cls }) => {
    const [item] = eventsToItems([event('e', date)]);
    expect(item).toBeDefined();
    expect(item?.type).toBe(type);
    expect(item?.start).toBe(date.start);
    expect(item?.end).toBe(end);
    expect('end' in (item ?? {})).toBe(end !== undefined);
    expect(item?.className).toBe(cls);
  });
});

describe('eventsToItems: labels, status and order', () => {
  const day = (start: string): EventDate => ({ start, precision: 'day', label: `label ${start}` });

  it('leaves undated events out', () => {
    expect(eventsToItems([event('a', null), event('b', day('2025-07-01'))]).map((i) => i.id)).toEqual(['b']);
  });

  it('returns nothing for no events', () => {
    expect(eventsToItems([])).toEqual([]);
  });

  it('marks planned events and says so in the tooltip', () => {
    const [item] = eventsToItems([event('p', day('2025-07-10'), { status: 'planned', title: 'Summit' })]);
    expect(item?.className).toBe('precision-day status-planned');
    expect(item?.title).toBe('Summit (label 2025-07-10, planned)');
  });

  it('puts the title and the date label in the tooltip, the title as the text', () => {
    const [item] = eventsToItems([
      event('t', day('2025-07-03'), { title: 'Putin and Trump speak by phone' }),
    ]);
    expect(item).toEqual({
      id: 't',
      start: '2025-07-03',
      type: 'point',
      text: 'Putin and Trump speak by phone',
      title: 'Putin and Trump speak by phone (label 2025-07-03)',
      className: 'precision-day status-happened',
    });
  });

  it('keeps markup in titles as plain text (the adapter renders it with textContent)', () => {
    const [item] = eventsToItems([event('x', day('2025-07-03'), { title: '<img src=x onerror=alert(1)>' })]);
    expect(item?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('orders chronologically and keeps the input order for ties', () => {
    const items = eventsToItems([
      event('late', day('2025-07-04')),
      event('tie-1', day('2025-07-03')),
      event('early', { start: '2024-01-01', end: '2024-12-31', precision: 'year', label: '2024' }),
      event('tie-2', day('2025-07-03')),
    ]);
    expect(items.map((i) => i.id)).toEqual(['early', 'tie-1', 'tie-2', 'late']);
  });

  it('shortens long titles for the axis but keeps them whole in the tooltip', () => {
    const title =
      'Republican-controlled House of Representatives narrowly approves the sweeping tax and spending bill';
    const [item] = eventsToItems([event('long', day('2025-07-03'), { title })]);
    expect(item?.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(item?.text.endsWith('…')).toBe(true);
    expect(item?.title.startsWith(title)).toBe(true);
  });
});

describe('shortenTitle', () => {
  it.each([
    ['short stays', 'Israel attacks Iran', 20, 'Israel attacks Iran'],
    ['exact length stays', 'abcde', 5, 'abcde'],
    ['cuts at a word', 'Trump and Putin speak by phone', 16, 'Trump and Putin…'],
    ['drops trailing punctuation', 'Hamas responds, positively, today', 17, 'Hamas responds…'],
    ['cuts a long word hard', 'Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['trims whitespace', '  spaced  ', 20, 'spaced'],
  ])('%s', (_name, title, max, expected) => {
    const result = shortenTitle(title, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
