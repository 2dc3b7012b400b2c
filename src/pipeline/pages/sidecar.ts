import { z } from 'zod/mini';

/**
 * An editor's sidecar for a page: `seeds/<page>.meta.json` beside `seeds/<page>.txt`, e.g.
 * `{ "capturedOn": "2025-07-04", "note": "from the aggregator's archive" }`. `capturedOn` overrides the
 * inferred capture day; the page's evidence then says so and quotes the note.
 */
const SidecarSchema = z.strictObject({
  capturedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'capturedOn must be yyyy-MM-dd'))),
  note: z.optional(z.string()),
});

export type Sidecar = z.infer<typeof SidecarSchema>;

export const SIDECAR_SUFFIX = '.meta.json';

export function sidecarNameFor(pageFile: string): string {
  return pageFile.replace(/\.txt$/i, SIDECAR_SUFFIX);
}

export function parseSidecar(
  bytes: Uint8Array,
): { ok: true; sidecar: Sidecar } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, reason: `sidecar is not valid JSON (${(error as Error).message})` };
  }
  const parsed = SidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `sidecar ${issue?.path.join('.') || 'content'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const day = parsed.data.capturedOn;
  if (day && Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    return { ok: false, reason: `sidecar capturedOn ${day} is not a real day` };
  }
  if (day && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    return { ok: false, reason: `sidecar capturedOn ${day} is not a real day` };
  }
  return { ok: true, sidecar: parsed.data };
}
