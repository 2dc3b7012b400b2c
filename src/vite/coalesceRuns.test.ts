import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesceRuns } from './coalesceRuns.ts';

describe('coalesceRuns', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst of calls, after the delay', async () => {
    const task = vi.fn(() => Promise.resolve());
    const schedule = coalesceRuns(task, 20);
    schedule();
    await vi.advanceTimersByTimeAsync(5);
    schedule();
    schedule();
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(15);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs once more after a run during which calls came, never two at once', async () => {
    let finish = () => {};
    let active = 0;
    let most = 0;
    const task = vi.fn(async () => {
      active += 1;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => (finish = resolve));
      active -= 1;
    });
    const schedule = coalesceRuns(task, 20);
    schedule();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(1);
    schedule();
    schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(2);
    finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('keeps going after a run that fails', async () => {
    const task = vi.fn(() => Promise.reject(new Error('bad page')));
    const schedule = coalesceRuns(() => task().catch(() => {}), 20);
    schedule();
    await vi.advanceTimersByTimeAsync(20);
    schedule();
    await vi.advanceTimersByTimeAsync(20);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
