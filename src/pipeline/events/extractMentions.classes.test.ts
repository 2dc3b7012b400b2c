import { describe, expect, it } from 'vitest';
import { analyse } from './eventsTestKit.ts';
import { extractMentions } from './extractMentions.ts';
import { makeTitle } from './makeTitle.ts';

const cap = (id: string) => id[0]!.toUpperCase() + id.slice(1);

function events(text: string) {
  return extractMentions(analyse(text, { dct: '2025-07-04' })).map((m) => ({
    date: m.dateText,
    start: m.date?.start ?? null,
    status: m.status,
    title: makeTitle(m, cap).text,
  }));
}

// Written for these tests (issue 12, item 2 and 3); the reference day is Friday 4 July 2025.
describe('events from any reported happening', () => {
  it.each([
    // Whatever the verb: the dated clause's head verb.
    [
      'The ferry sank off the coast on Monday.',
      [{ date: 'Monday', start: '2025-06-30', status: 'happened', title: 'Ferry sinks off the coast' }],
    ],
    // An event noun the date attaches to; as the subject, the clause it heads is the title.
    [
      "Monday's blackout left the city dark.",
      [{ date: 'Monday', start: '2025-06-30', status: 'happened', title: 'Blackout leaves the city dark' }],
    ],
    [
      'The fans gathered for the final on Sunday.',
      [{ date: 'Sunday', start: '2025-06-29', status: 'happened', title: 'Fans gather for the final' }],
    ],
    [
      'The clinic reopened after the 2019 floods wrecked its ward.',
      [{ date: '2019', start: '2019-01-01', status: 'happened', title: 'Floods' }],
    ],
    // "by X" and "until X" are planned.
    [
      'The ministry will finish the new bridge by June 2026.',
      [
        {
          date: 'June 2026',
          start: '2026-06-01',
          status: 'planned',
          title: 'Ministry to finish the new bridge',
        },
      ],
    ],
    [
      'Farmers may keep grazing their herds on the moor until March 2025.',
      [
        {
          date: 'March 2025',
          start: '2025-03-01',
          status: 'planned',
          title: 'Farmers to keep grazing their herds on the moor',
        },
      ],
    ],
    // "since X" with a perfect: no event at X, unless the clause says something started.
    ['The mill has been idle since 2019.', []],
    [
      'The border crossing has been closed since May 2020.',
      [{ date: 'May 2020', start: '2020-05-01', status: 'happened', title: 'Border crossing closed' }],
    ],
    // A reporting verb counts with a named subject, an organisation too ...
    [
      'Nordwind Airlines said on Monday that its bookings rose 12% in May.',
      [
        {
          date: 'Monday',
          start: '2025-06-30',
          status: 'happened',
          title: 'Nordwind Airlines says bookings rose 12%',
        },
        { date: 'May', start: '2025-05-01', status: 'happened', title: 'Bookings rise 12%' },
      ],
    ],
    // ... else the reported clause's verb is the event.
    [
      'A spokesman said on Monday that the ferry sank.',
      [{ date: 'Monday', start: '2025-06-30', status: 'happened', title: 'Ferry sinks' }],
    ],
    ['The board did not approve the merger on Friday.', []],
    // The comparison's base is no event date.
    [
      'Exports fell 3% in May from a year earlier.',
      [{ date: 'May', start: '2025-05-01', status: 'happened', title: 'Exports fall 3%' }],
    ],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('titles from the clause the date belongs to', () => {
  it.each([
    // The date dates the reported clause: its title, the pronoun replaced by the speaker.
    [
      'Lumo announced on Wednesday that it saw a 30% rise in passengers in April.',
      'April',
      'Lumo sees a 30% rise in passengers',
    ],
    // The date's preposition leaves with it.
    [
      'Delegates will meet in Oslo on July 14 for three days of talks.',
      'July 14',
      'Delegates to meet in Oslo for three days of talks',
    ],
    // A modal passive stays passive.
    ['Kessler added that the lease may be signed on July 21.', 'July 21', 'Lease to be signed'],
    // A subordinate clause's pronoun subject: the main clause's subject.
    [
      'Engineers expect the new tram to carry tourists when it opens on July 28.',
      'July 28',
      'New tram opens',
    ],
    // A possessive in the subject keeps the noun it qualifies: not "Dana Greaves found dead".
    [
      "Dana Greaves' late husband, Mr Holt, was found dead at his home in March 2019.",
      'March 2019',
      "Dana Greaves' late husband found dead at his home",
    ],
    // A live blog's time stamp before the subject: the zone is no part of a name, "Polls" a plural.
    ['21:05 BST Polls closed at 9pm after a day of long queues.', '21:05 BST', 'Polls close'],
    // Two roles of one person before the name: the person, singular.
    [
      'Acme CEO and co-founder Jane Roe gave her annual keynote on Monday.',
      'Monday',
      'Roe gives her annual keynote',
    ],
    [
      'The president and his wife Jane Roe arrived in Oslo on Monday.',
      'Monday',
      'President and his wife Roe arrive in Oslo',
    ],
    // The clause after ", and a ..." is its own: the first date keeps the first clause.
    [
      'Ministers are due to publish a draft text on July 15, and a final deal is expected by July 22.',
      'July 15',
      'Ministers to publish a draft text',
    ],
  ])('%s', (text, date, title) => {
    const found = events(text).find((e) => e.date === date);
    expect(found?.title).toBe(title);
  });
});

describe('a dropped date takes its preposition along', () => {
  it('"vegan for that day with this meal" leaves no "for with"', () => {
    const found = events('While I enjoyed this dish, I am going vegan for that day with this meal.');
    const title = found.find((e) => e.date === 'that day')?.title ?? '';
    expect(title).toMatch(/going vegan with this meal/);
  });
});
