import { useEffect } from 'react';

/**
 * The app replaces a static page (home, event, about) that readers may already be using. Before the
 * swap, `rememberFocus` notes which link had the keyboard focus; once the app has drawn its first view,
 * `useTakeOver` puts the focus back on the app's link to the same address and marks the document
 * (`<html data-app="ready">`) so tests and scripts can tell the interactive page from the static one.
 */
let focusedHref: string | null = null;

export function rememberFocus(root: HTMLElement): void {
  const active = document.activeElement;
  focusedHref =
    active instanceof HTMLAnchorElement && root.contains(active) ? active.getAttribute('href') : null;
}

export function useTakeOver(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    if (focusedHref !== null) {
      const same = [...document.querySelectorAll<HTMLAnchorElement>('#root a[href]')].find(
        (a) => a.getAttribute('href') === focusedHref,
      );
      same?.focus();
      focusedHref = null;
    }
    document.documentElement.dataset.app = 'ready';
  }, [ready]);
}
