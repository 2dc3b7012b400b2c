import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DATASET_UPDATE_EVENT } from '../shared/dataPaths.ts';
import { datasetKeys, datasetQueryOptions } from '../features/dataset/queries.ts';
import { App } from './App.tsx';
import { createQueryClient } from './queryClient.ts';
import './app.css';

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
if (root.childElementCount > 0) await queryClient.prefetchQuery(datasetQueryOptions());
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
