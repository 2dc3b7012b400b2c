import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { datasetKeys, datasetQueryOptions, eventDetailsQueryOptions } from '../features/dataset/queries.ts';
import { DATASET_UPDATE_EVENT, detailsKeyOf } from '../shared/dataPaths.ts';
import { preloadView, preloadViewsWhenIdle } from './lazyViews.tsx';
import { rememberFocus } from './takeOver.ts';
import { parseLocation } from './urlState.ts';
import { App } from './App.tsx';
import { createQueryClient } from './queryClient.ts';
import './app.css';
// The static event pages use the source cards' classes: their styles must be there at the first paint,
// not arrive with the event panel's lazy chunk.
import '../features/sources/sources.css';

const queryClient = createQueryClient();

if (import.meta.hot) {
  // The dev server rebuilt the dataset after a change in seeds/: refetch without a reload.
  import.meta.hot.on(DATASET_UPDATE_EVENT, () => {
    void queryClient.invalidateQueries({ queryKey: datasetKeys.all });
  });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A static event page already shows its event: keep it on screen until the data is here, then swap,
// instead of flashing a loading state. prefetchQuery never throws; a failure shows in the app.
if (root.childElementCount > 0) await prefetchFirstView();
rememberFocus(root);
// A transition: the first render yields to the browser every few milliseconds instead of blocking it
// in one long task (the static page stays on screen and usable until the commit).
const reactRoot = createRoot(root);
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
});
preloadViewsWhenIdle();

/** The index, and on an event page that event's sources, so the swap does not show a loading state. */
async function prefetchFirstView(): Promise<void> {
  const { route } = parseLocation(window.location.pathname, window.location.search, import.meta.env.BASE_URL);
  const view = preloadView(route).catch(() => undefined); // a failed chunk shows in the app
  await queryClient.prefetchQuery(datasetQueryOptions());
  const index = queryClient.getQueryData(datasetQueryOptions().queryKey);
  const event = route.kind === 'event' ? index?.events.find((e) => e.id === route.id) : undefined;
  if (event) await queryClient.prefetchQuery(eventDetailsQueryOptions(detailsKeyOf(event)));
  await view;
}
