import { describe, expect, it } from 'vitest';
import { buildEvents, type EventContext } from './buildEvents.ts';
import { analyse } from './eventsTestKit.ts';
import { extractMentions } from './extractMentions.ts';

// Reference day: Friday 4 July 2025. Article `aN` is the N-th in page order.
const mentions = [
  'President Ana Ruiz attacked the plan in the summer.',
  'President Ana Ruiz attacked the plan on June 22.',
  'President Ana Ruiz attacked the plan on July 1.',
  'Russia struck targets in Ukraine on June 10.',
  'Russia carried out strikes in Ukraine on June 10.',
].flatMap((text, i) => extractMentions(analyse(text, { id: `a${i}` })));

const ctx: EventContext = {
  shortName: (id) => id,
  articleOrder: (id) => Number(id.slice(1)),
  articleRole: () => 'main',
};

describe('buildEvents', () => {
  // Clustering visits mentions in page order ("summer" joins the first day it meets), so the order
  // the mentions arrive in must not matter.
  it.each([
    ['in page order', mentions],
    ['reversed', [...mentions].reverse()],
    ['shuffled', [2, 4, 0, 3, 1].map((i) => mentions[i]!)],
  ])('clusters mentions in page order and sorts events by date: %s', (_name, input) => {
    const events = buildEvents(input, ctx);
    expect(events.map((e) => [e.date?.start, e.sources.map((s) => s.articleId)])).toEqual([
      ['2025-06-10', ['a3', 'a4']],
      ['2025-06-22', ['a0', 'a1']],
      ['2025-07-01', ['a2']],
    ]);
  });
});

describe('buildEvents: one source per sentence', () => {
  it('two date expressions of one sentence in one event give one source, dated by the event', () => {
    const text =
      'The company lost $4.8 billion in the fourth quarter of 2024 and $8.6 billion for the entire year.';
    const found = extractMentions(analyse(text, { id: 'a0', dct: '2025-01-27' }));
    const events = buildEvents(found, ctx).filter((e) => e.sources.length > 0);
    const withQuote = events.filter((e) => e.sources.some((s) => s.quote === text));
    expect(withQuote.length).toBeGreaterThan(0);
    for (const e of withQuote) {
      expect(e.sources).toHaveLength(1);
      expect(e.sources[0]!.dateText).toBe(text.slice(e.sources[0]!.dateStart, e.sources[0]!.dateEnd));
    }
  });
});
