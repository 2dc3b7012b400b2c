/**
 * Runs `task` once for a burst of calls instead of once per call: `delayMs` after the first call of a
 * burst, and once more right after a run if calls came in while it ran. Never two runs at once.
 *
 * For the dev server's rebuilds: one save fires two or three watcher events (a file written in place is
 * first truncated, so a rebuild on the first event can read an empty page), and a rebuild started per
 * event would redo the same work while the page waits.
 */
export function coalesceRuns(task: () => Promise<void>, delayMs: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  const run = async () => {
    timer = null;
    running = true;
    try {
      await task();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (running) again = true;
    else timer ??= setTimeout(() => void run(), delayMs);
  };
  return schedule;
}
