import { z } from 'zod/mini';

export type ParseResult<T> = { success: true; data: T } | { success: false };

/** What fetchJson parses a body with: a zod schema, or slicedParser's wrapper around one. */
export type BodyParser<T> = { safeParse(body: unknown): ParseResult<T> | Promise<ParseResult<T>> };

/**
 * `schema.safeParse`, with the same result, for a file too big to check in one go: the object's long
 * arrays (the `sliced` keys, each with its element schema) are checked `sliceSize` elements at a time,
 * awaiting `pause()` between slices so the browser can paint and answer input. The 10,000-event index
 * takes ~100 ms to check on a fast machine; in one task that is a long task a reader can feel.
 * `schema` must be a plain z.object without checks of its own (they would see the arrays unchecked).
 */
export function slicedParser<T>(
  schema: z.ZodMiniObject,
  sliced: Record<string, z.ZodMiniType>,
  pause: () => Promise<void>,
  sliceSize = 500,
): BodyParser<T> {
  const keys = Object.keys(sliced);
  const shell = z.extend(schema, Object.fromEntries(keys.map((k) => [k, z.array(z.unknown())])));
  return {
    async safeParse(body) {
      const top = shell.safeParse(body);
      if (!top.success) return { success: false };
      const data: Record<string, unknown> = { ...top.data };
      let checked = 0;
      for (const key of keys) {
        const element = sliced[key]!;
        const items = data[key] as unknown[];
        const out: unknown[] = [];
        for (const item of items) {
          if (checked > 0 && checked % sliceSize === 0) await pause();
          checked += 1;
          const result = element.safeParse(item);
          if (!result.success) return { success: false };
          out.push(result.data);
        }
        data[key] = out;
      }
      return { success: true, data: data as T };
    },
  };
}
