import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/schema.ts';
import { assignEventIds, describeIdChanges, type IdAssignment } from './assignEventIds.ts';
import { EMPTY_LEDGER, formatIdLedger, parseIdLedger, type IdLedger } from './parseIdLedger.ts';

/**
 * Builds in a row, each fed the ledger the one before wrote (through its file text, as on disk). An
 * event is `[title, day | null, ...sources]`, a source `article@start quote`. Articles `a` and `a2`
 * are two versions of one article (page p1, article 0: the page was edited), `b` and `c` other pages.
 */
type Ev = [string, string | null, ...string[]];
const ARTICLES = [
  { id: 'a', file: 'p1.txt', index: 0 },
  { id: 'a2', file: 'p1.txt', index: 0 },
  { id: 'b', file: 'p2.txt', index: 0 },
  { id: 'c', file: 'p3.txt', index: 0 },
];

function toEvent([title, day, ...sources]: Ev): TimelineEvent {
  return {
    id: 'natural-id-not-used',
    title,
    type: 'call',
    status: 'happened',
    date: day === null ? null : { start: day, precision: 'day', label: day },
    people: [],
    countries: [],
    sources: sources.map((s) => {
      const [, articleId, start, quote] = /^(\w+)@(\d+) (.+)$/.exec(s)!;
      const at = Number(start);
      return {
        articleId: articleId!,
        quote: quote!,
        start: at,
        end: at + quote!.length,
        dateText: '',
        dateStart: at,
        dateEnd: at,
        dateNote: '',
      };
    }),
    warnings: [],
  };
}

function buildInARow(steps: Ev[][]): IdAssignment {
  let text = formatIdLedger(EMPTY_LEDGER);
  let result: IdAssignment | null = null;
  for (const step of steps) {
    const parsed = parseIdLedger(new TextEncoder().encode(text));
    if (!parsed.ok) throw new Error(parsed.reason);
    result = assignEventIds(step.map(toEvent), ARTICLES, parsed.ledger);
    text = formatIdLedger(result.ledger);
  }
  return result!;
}

const D = '2025-07-03';
const talks: Ev = ['Talks', D, 'a@0 Leaders held talks on Thursday.'];
const talksOther: Ev = ['Talks', D, 'c@0 Other leaders held talks on Thursday.'];
const talksDateFixed: Ev = ['Talks', '2025-07-02', 'a2@0 Leaders held talks on Wednesday.'];
const talksTitleFixed: Ev = ['Phone call', D, 'a2@0 Leaders held a phone call on Thursday.'];
const meeting: Ev = ['Meeting', D, 'a@40 Ministers met on Thursday.'];
const meetingMoved: Ev = ['Meeting', D, 'a2@43 Ministers met on Thursday.'];

type Row = {
  name: string;
  steps: Ev[][];
  ids: string[];
  aliases?: [string, string][];
  retired?: string[];
};

const ROWS: Row[] = [
  {
    name: 'first build: slugs of date and title, made unique in dataset order',
    steps: [[talks, talksOther, ['Truce', null, 'b@0 A truce.']]],
    ids: ['2025-07-03-talks', '2025-07-03-talks-2', 'undated-truce'],
  },
  {
    name: 'a rebuild with nothing changed keeps every id',
    steps: [
      [talks, meeting],
      [talks, meeting],
    ],
    ids: ['2025-07-03-talks', '2025-07-03-meeting'],
  },
  {
    name: 'an added page with an event of the same date and title, sorted first, does not take the id',
    steps: [[talks], [talksOther, talks]],
    ids: ['2025-07-03-talks-2', '2025-07-03-talks'],
  },
  {
    name: 'a title that changed because a new report joined keeps the id',
    steps: [[talks], [['Phone call', D, 'a@0 Leaders held talks on Thursday.', 'b@9 They spoke by phone.']]],
    ids: ['2025-07-03-talks'],
  },
  {
    name: 'a date made more precise by a new report keeps the id',
    steps: [
      [['Talks', '2025-07-01', 'a@0 Talks in July.']],
      [['Talks', D, 'a@0 Talks in July.', 'b@0 Talks on July 3.']],
    ],
    ids: ['2025-07-01-talks'],
  },
  {
    name: 'a date corrected in the page: a new id, and the old one leads to it',
    steps: [
      [talks, meeting],
      [talksDateFixed, meetingMoved],
    ],
    ids: ['2025-07-02-talks', '2025-07-03-meeting'],
    aliases: [['2025-07-03-talks', '2025-07-02-talks']],
  },
  {
    name: 'a title corrected in the page: a new id; the sentence it moved keeps its event’s id',
    steps: [
      [talks, meeting],
      [talksTitleFixed, meetingMoved],
    ],
    ids: ['2025-07-03-phone-call', '2025-07-03-meeting'],
    aliases: [['2025-07-03-talks', '2025-07-03-phone-call']],
  },
  {
    name: 'a capture day corrected by a sidecar: same sentences, another date, a new id',
    steps: [[talks], [['Talks', '2025-07-10', 'a@0 Leaders held talks on Thursday.']]],
    ids: ['2025-07-10-talks'],
    aliases: [['2025-07-03-talks', '2025-07-10-talks']],
  },
  {
    name: 'a corrected event that also gained a report still gets a new id',
    steps: [
      [talks],
      [['Talks', '2025-07-02', 'a2@0 Leaders held talks on Wednesday.', 'b@0 Talks, Wednesday.']],
    ],
    ids: ['2025-07-02-talks'],
    aliases: [['2025-07-03-talks', '2025-07-02-talks']],
  },
  {
    name: 'sentences all gone: the id and the aliases that lead to it are retired',
    steps: [[talks, meeting], [talksDateFixed, meetingMoved], [meetingMoved]],
    ids: ['2025-07-03-meeting'],
    retired: ['2025-07-02-talks', '2025-07-03-talks'],
  },
  {
    name: 'a retired event that comes back gets its id back, and so do its aliases',
    steps: [[talks], [talksDateFixed], [], [talksDateFixed]],
    ids: ['2025-07-02-talks'],
    aliases: [['2025-07-03-talks', '2025-07-02-talks']],
  },
  {
    name: 'two events merged by a new report: one keeps its id, the other leads to it',
    steps: [
      [talks, ['Meeting', D, 'b@0 Ministers met.']],
      [['Talks', D, 'a@0 Leaders held talks on Thursday.', 'b@0 Ministers met.', 'c@0 Both.']],
    ],
    ids: ['2025-07-03-talks'],
    aliases: [['2025-07-03-meeting', '2025-07-03-talks']],
  },
  {
    name: 'a split: the id stays with the larger part',
    steps: [
      [['Talks', D, 'a@0 One.', 'a@10 Two.', 'b@0 Three.']],
      [
        ['Talks', D, 'a@0 One.', 'a@10 Two.'],
        ['Talks', D, 'b@0 Three.'],
      ],
    ],
    ids: ['2025-07-03-talks', '2025-07-03-talks-2'],
  },
  {
    name: 'the id goes to the event with exactly its sentences rather than one that also has others',
    steps: [[talks], [['Talks', D, 'a@0 Leaders held talks on Thursday.', 'b@0 Also.'], talks]],
    ids: ['2025-07-03-talks-2', '2025-07-03-talks'],
  },
  {
    name: 'corrected twice: every old id leads straight to the current one',
    steps: [[talks], [talksDateFixed], [['Talks', '2025-07-01', 'a@0 Leaders held talks on Tuesday.']]],
    ids: ['2025-07-01-talks'],
    aliases: [
      ['2025-07-02-talks', '2025-07-01-talks'],
      ['2025-07-03-talks', '2025-07-01-talks'],
    ],
  },
  {
    name: 'a correction undone: the first id is back and the corrected one leads to it',
    steps: [[talks], [talksDateFixed], [talks]],
    ids: ['2025-07-03-talks'],
    aliases: [['2025-07-02-talks', '2025-07-03-talks']],
  },
  {
    name: 'an alias is never given to another event',
    steps: [[talks], [talksDateFixed], [talksDateFixed, talksOther]],
    ids: ['2025-07-02-talks', '2025-07-03-talks-2'],
    aliases: [['2025-07-03-talks', '2025-07-02-talks']],
  },
  {
    name: 'a retired id is given to a new event of the same date and title',
    steps: [[talks], [], [talksOther]],
    ids: ['2025-07-03-talks'],
  },
  {
    name: 'two events quoted from one sentence, its date corrected: each old id leads to its own event',
    steps: [
      [
        ['Israel attacks Iran', '2025-06-13', 'a@0 On June 14, a day after Israel attacked Iran.'],
        ['Trump and Putin speak', '2025-06-14', 'a@0 On June 14, a day after Israel attacked Iran.'],
      ],
      [
        ['Israel attacks Iran', '2025-06-14', 'a2@0 On June 15, a day after Israel attacked Iran.'],
        ['Trump and Putin speak', '2025-06-15', 'a2@0 On June 15, a day after Israel attacked Iran.'],
      ],
    ],
    ids: ['2025-06-14-israel-attacks-iran', '2025-06-15-trump-and-putin-speak'],
    aliases: [
      ['2025-06-13-israel-attacks-iran', '2025-06-14-israel-attacks-iran'],
      ['2025-06-14-trump-and-putin-speak', '2025-06-15-trump-and-putin-speak'],
    ],
  },
  {
    name: 'an event gone from a shared sentence is retired, not handed to its neighbour',
    steps: [
      [
        ['Talks', D, 'a@0 Talks and a meeting.'],
        ['Meeting', D, 'a@0 Talks and a meeting.'],
      ],
      [['Talks', D, 'a2@0 Talks and a lunch.']],
    ],
    ids: ['2025-07-03-talks'],
    retired: ['2025-07-03-meeting'],
  },
];

describe('assignEventIds', () => {
  it.each(ROWS)('$name', ({ steps, ids, aliases = [], retired = [] }) => {
    const result = buildInARow(steps);
    expect(result.events.map((e) => e.id)).toEqual(ids);
    expect(result.aliases.map((a) => [a.from, a.to])).toEqual(aliases);
    const retiredNow = result.ledger.ids.filter(
      (e) => !ids.includes(e.id) && !aliases.some(([f]) => f === e.id),
    );
    expect(retiredNow.map((e) => e.id).sort()).toEqual(retired);
    // The invariants: an alias never names a live event, and always leads to one.
    for (const a of result.aliases) {
      expect(ids).not.toContain(a.from);
      expect(ids).toContain(a.to);
    }
  });

  it('counts what a build changed and says it in one line', () => {
    const result = buildInARow([[talks, meeting], [talksDateFixed]]);
    expect(result.changes).toEqual({
      added: 1,
      aliased: 1,
      retired: 1,
      totals: { live: 1, alias: 1, retired: 1 },
    });
    expect(describeIdChanges(result.changes, 'seeds/event-ids.json', 'written')).toBe(
      'event ids: 1 added, 1 aliased, 1 retired; seeds/event-ids.json updated (1 live, 1 alias, 1 retired)',
    );
  });

  it('writes the same ledger text when run again on its own output (a fixed point)', () => {
    const once = buildInARow([
      [talks, meeting],
      [talksTitleFixed, meetingMoved],
    ]);
    const twice = buildInARow([
      [talks, meeting],
      [talksTitleFixed, meetingMoved],
      [talksTitleFixed, meetingMoved],
    ]);
    expect(formatIdLedger(twice.ledger)).toBe(formatIdLedger(once.ledger));
    expect(twice.changes).toMatchObject({ added: 0, aliased: 0, retired: 0 });
  });

  // The dev server passes the same event objects build after build; what is kept for them must never
  // change the answer.
  it('answers as a first call when called again with the same event objects', () => {
    const events = [talks, meeting, talksOther].map(toEvent);
    const fresh = (articles: typeof ARTICLES, ledger: IdLedger) =>
      assignEventIds(structuredClone(events), articles, ledger);
    const first = assignEventIds(events, ARTICLES, EMPTY_LEDGER);
    const parsed = parseIdLedger(new TextEncoder().encode(formatIdLedger(first.ledger)));
    if (!parsed.ok) throw new Error(parsed.reason);
    const ledger = parsed.ledger;
    // Article `a` moved down its page: the same id, another index, so other source keys.
    const moved = ARTICLES.map((a) => (a.id === 'a' ? { ...a, index: 1 } : a));
    const calls: [string, typeof ARTICLES, IdLedger][] = [
      ['again, with the ledger it wrote', ARTICLES, ledger],
      ['an article moved', moved, ledger],
      ['moved back', ARTICLES, ledger],
      ['no ledger', ARTICLES, EMPTY_LEDGER],
    ];
    for (const [label, articles, previous] of calls) {
      expect(assignEventIds(events, articles, previous), label).toEqual(fresh(articles, previous));
    }
    const sources = assignEventIds(events, moved, ledger).ledger.ids.flatMap((e) => e.sources);
    expect(sources.filter((s) => s.includes('@p1.txt#1:'))).toHaveLength(2);
  });
});
