import { useCallback, useSyncExternalStore } from 'react';
import { parseLocation, toUrl, type ViewState } from './urlState.ts';

const BASE = import.meta.env.BASE_URL;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

const snapshot = () => window.location.pathname + window.location.search;

/**
 * The view state, read from the URL and written back to it. `navigate` pushes a history entry (a
 * selection, a filter), `replace` does not (typing in the search box); Back and Forward restore views.
 */
export function useViewState(): {
  state: ViewState;
  navigate: (next: ViewState) => void;
  replace: (next: ViewState) => void;
  href: (next: ViewState) => string;
} {
  const url = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [pathname, search = ''] = url.split('?');
  const state = parseLocation(pathname ?? '/', search, BASE);
  const write = useCallback((next: ViewState, mode: 'push' | 'replace') => {
    const target = toUrl(next, BASE);
    if (target === snapshot()) return;
    if (mode === 'push') window.history.pushState(null, '', target);
    else window.history.replaceState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return {
    state,
    navigate: useCallback((next) => write(next, 'push'), [write]),
    replace: useCallback((next) => write(next, 'replace'), [write]),
    href: useCallback((next) => toUrl(next, BASE), []),
  };
}
