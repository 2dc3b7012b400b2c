/**
 * Resolves in a new task, so the browser can paint and handle input in between: `scheduler.yield()`
 * where the browser has it (the continuation keeps its place in the queue), otherwise a message
 * posted to ourselves (not setTimeout, which browsers delay to 4 ms once calls nest).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
