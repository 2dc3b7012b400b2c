import { Suspense, use, type ComponentProps } from 'react';
import type { AboutPage } from '../features/about/AboutPage.tsx';
import type { EventPanel } from '../features/event/EventPanel.tsx';
import { ChunkBoundary } from '../ui/ChunkBoundary.tsx';
import { LoadingMessage } from '../ui/QueryStatus.tsx';
import type { ViewState } from './urlState.ts';

type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * A chunk loaded once and remembered. The promise carries React's `status`/`value` fields once it
 * settles, so `use()` reads a loaded chunk synchronously: a view preloaded beside its data renders
 * without a loading flash. A failed load is forgotten on retry.
 */
function chunk<M>(load: () => Promise<M>) {
  let loading: Tracked<M> | null = null;
  return {
    get(): Promise<M> {
      if (!loading) {
        const p: Tracked<M> = load();
        // Block bodies: returning `p` from a handler would make the derived promise adopt its rejection.
        p.then(
          (value) => {
            Object.assign(p, { status: 'fulfilled', value });
          },
          (reason: unknown) => {
            Object.assign(p, { status: 'rejected', reason });
          },
        );
        loading = p;
      }
      return loading;
    },
    reset(): void {
      loading = null;
    },
  };
}

// Views the first screen of the home page does not need, each in a chunk of its own.
const eventPanel = chunk(() => import('../features/event/EventPanel.tsx'));
const aboutPage = chunk(() => import('../features/about/AboutPage.tsx'));

/** Starts the chunk a route needs, so a deep link loads it beside its data instead of after it. */
export async function preloadView(route: ViewState['route']): Promise<void> {
  if (route.kind === 'event') await eventPanel.get();
  else if (route.kind === 'about') await aboutPage.get();
}

/** Once the first view is up and the browser is idle, fetch the other views so opening one is instant. */
export function preloadViewsWhenIdle(): void {
  const load = () => {
    // A failed early fetch is forgotten, so opening the view later tries again.
    for (const view of [eventPanel, aboutPage]) void view.get().catch(() => view.reset());
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}

export function LazyEventPanel(props: ComponentProps<typeof EventPanel>) {
  return (
    <ChunkBoundary what="The event view" onRetry={eventPanel.reset}>
      <Suspense fallback={<LoadingMessage>Loading the event…</LoadingMessage>}>
        <LoadedEventPanel {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

function LoadedEventPanel(props: ComponentProps<typeof EventPanel>) {
  const { EventPanel: View } = use(eventPanel.get());
  return <View {...props} />;
}

export function LazyAboutPage(props: ComponentProps<typeof AboutPage>) {
  return (
    <ChunkBoundary what="The about page" onRetry={aboutPage.reset}>
      <Suspense fallback={<LoadingMessage>Loading…</LoadingMessage>}>
        <LoadedAboutPage {...props} />
      </Suspense>
    </ChunkBoundary>
  );
}

function LoadedAboutPage(props: ComponentProps<typeof AboutPage>) {
  const { AboutPage: View } = use(aboutPage.get());
  return <View {...props} />;
}
