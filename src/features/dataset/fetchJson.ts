import type { BodyParser } from '../../shared/parseInSlices.ts';

/** How long a request may take before the reader is told and offered a retry. */
export const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches JSON under the app's base URL and parses it with a schema; errors say what failed and where:
 * no answer in time, an HTTP error, a truncated body, or data of another version of the app. The schema
 * (a zod schema or a parser that checks a big file in slices) comes from `loadSchema` (a dynamic
 * import), fetched in parallel with the data.
 */
export async function fetchJson<T>(
  path: string,
  loadSchema: () => Promise<BodyParser<T>>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  // Started now, awaited after the body: the schema's chunk loads while the request is in flight.
  const schemaPromise = loadSchema();
  schemaPromise.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    if (timeout.aborted)
      throw new Error(
        `Could not load ${url}: the server did not answer within ${FETCH_TIMEOUT_MS / 1000} s.`,
      );
    if (signal?.aborted) throw error;
    throw new Error(`Could not load ${url}: the network request failed.`);
  }
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}.`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`Could not load ${url}: the file is not complete JSON.`);
  }
  let schema: BodyParser<T>;
  try {
    schema = await schemaPromise;
  } catch {
    throw new Error(`Could not read ${url}: part of the app failed to load. Reload the page.`);
  }
  const parsed = await schema.safeParse(body);
  if (!parsed.success) {
    throw new Error(
      `Could not read ${url}: it does not match this version of the app. Reload the page to update.`,
    );
  }
  return parsed.data;
}
