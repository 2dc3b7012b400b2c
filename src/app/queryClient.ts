import { QueryClient } from '@tanstack/react-query';

/**
 * One retry, then the error is shown with a Try again button. A query that already failed (the data
 * prefetched before the static page is swapped, say) is not silently fetched again when a view mounts:
 * the reader is told at once and decides.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, retryOnMount: false, refetchOnWindowFocus: false } },
  });
}
