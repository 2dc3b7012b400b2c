import type { z } from 'zod/mini';

/** Fetches JSON under the app's base URL and parses it with a schema; errors say what failed and where. */
export async function fetchJson<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Could not load ${url}: the server answered ${response.status}.`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(`Could not load ${url}: the file is not complete JSON.`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new Error(
      `Could not read ${url}: it does not match this version of the app. Reload the page to update.`,
    );
  }
  return parsed.data;
}
