import type { MouseEvent } from 'react';

/**
 * True for a plain left click on a link, which the app handles itself (history.pushState); a click with
 * a modifier or another button is left to the browser (new tab, new window).
 */
export function isPlainClick(e: MouseEvent): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}
