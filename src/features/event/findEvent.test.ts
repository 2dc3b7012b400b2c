import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../shared/schema.ts';
import { findEvent } from './findEvent.ts';

const event = (id: string) => ({ id }) as EventSummary;
const dataset = {
  events: [event('2025-07-03-talks'), event('2025-07-04-meeting')],
  aliases: [{ from: '2025-07-02-talks', to: '2025-07-03-talks' }],
};

describe('findEvent', () => {
  it.each([
    ['its own id', '2025-07-03-talks', '2025-07-03-talks'],
    ['an alias', '2025-07-02-talks', '2025-07-03-talks'],
    ['a retired or unknown id', '2025-07-01-gone', null],
  ])('%s', (_name, id, expected) => {
    expect(findEvent(dataset, id)?.id ?? null).toBe(expected);
  });
});
