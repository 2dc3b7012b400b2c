import { describe, expect, it } from 'vitest';
import { LABEL_ROOM_PX, windowForItems } from './windowForItems.ts';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe('windowForItems', () => {
  it('shows nothing for no items', () => {
    expect(windowForItems([], 1000)).toBeNull();
  });

  it.each([
    ['points and ranges', [{ start: '2022-02-01', end: '2022-03-01' }, { start: '2025-07-10' }], 1000],
    ['a range ends last', [{ start: '2025-06-01' }, { start: '2025-06-01', end: '2025-09-01' }], 800],
    ['a narrow phone', [{ start: '2024-01-01' }, { start: '2025-07-10' }], 340],
  ])('covers every item, with room for the last label (%s)', (_name, items, width) => {
    const window = windowForItems(items, width);
    expect(window).not.toBeNull();
    if (!window) return;
    const first = Math.min(...items.map((i) => day(i.start)));
    const last = Math.max(...items.map((i) => day(i.end ?? i.start)));
    expect(window.start).toBeLessThan(first);
    const pxPerMs = width / (window.end - window.start);
    const roomRight = (window.end - last) * pxPerMs;
    expect(roomRight).toBeGreaterThanOrEqual(Math.min(LABEL_ROOM_PX, width * 0.4) - 0.001);
    expect(roomRight).toBeLessThan(width * 0.8);
  });

  it('gives a lone day a week around it, never a zero-width window', () => {
    const window = windowForItems([{ start: '2025-07-03' }], 1000);
    expect(window).not.toBeNull();
    if (!window) return;
    expect(window.end - window.start).toBeGreaterThan(7 * 24 * 60 * 60 * 1000);
    expect(window.start).toBeLessThan(day('2025-07-03'));
    expect(window.end).toBeGreaterThan(day('2025-07-03'));
  });

  it('survives a zero width (hidden container)', () => {
    const window = windowForItems([{ start: '2025-07-03' }, { start: '2025-07-05' }], 0);
    expect(window && Number.isFinite(window.end - window.start)).toBe(true);
    expect(window && window.end > window.start).toBe(true);
  });
});
