import { z } from 'zod/mini';
import { checkedUrl } from './html/cleanFields.ts';

/**
 * An editor's sidecar for a page: `seeds/<page>.meta.json` beside `seeds/<page>.txt`, or
 * `seeds/<file>.meta.json` beside any other page, feed or archive (`story.html.meta.json`), e.g.
 * `{ "capturedOn": "2025-07-04", "note": "from the aggregator's archive" }` or
 * `{ "publishedOn": "2025-07-03", "url": "https://example.com/story", "outlet": "Example News" }`.
 * `capturedOn` overrides the inferred capture day; the page's evidence then says so and quotes the
 * note. `publishedOn`, `url` and `outlet` override what the page says of its article (applySidecar.ts).
 */
const day = (field: string) =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be yyyy-MM-dd`));

const SidecarSchema = z.strictObject({
  capturedOn: z.optional(day('capturedOn')),
  note: z.optional(z.string()),
  publishedOn: z.optional(day('publishedOn')),
  url: z.optional(
    z
      .string()
      .check(
        z.refine((s) => checkedUrl(s, null) !== null, 'url must be an absolute http:// or https:// address'),
      ),
  ),
  outlet: z.optional(
    z
      .string()
      .check(z.refine((s) => s.trim().length > 0 && s.length <= 200, 'outlet must be 1 to 200 characters')),
  ),
});

export type Sidecar = z.infer<typeof SidecarSchema>;

export const SIDECAR_SUFFIX = '.meta.json';

/** The endings of the files a sidecar may describe besides `.txt` (they keep their ending in its name). */
const OTHER_PAGE = /\.(?:html?(?:\.gz)?|xml|rss|atom|json|warc(?:\.gz)?)$/i;

/** The sidecar's name for a page: `p.txt` -> `p.meta.json`, `story.html` -> `story.html.meta.json`. */
export function sidecarNameFor(pageFile: string): string {
  return /\.txt$/i.test(pageFile)
    ? pageFile.replace(/\.txt$/i, SIDECAR_SUFFIX)
    : `${pageFile}${SIDECAR_SUFFIX}`;
}

/** The page a sidecar describes (the inverse of sidecarNameFor): `story.html.meta.json` -> `story.html`. */
export function pageNameFor(sidecarFile: string): string {
  const stem = sidecarFile.slice(0, -SIDECAR_SUFFIX.length);
  return OTHER_PAGE.test(stem) ? stem : `${stem}.txt`;
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
    return { ok: false, reason: `sidecar ${issue?.path.join('.') || 'content'}: ${issueText(issue)}` };
  }
  for (const field of ['capturedOn', 'publishedOn'] as const) {
    const value = parsed.data[field];
    if (value && !isRealDay(value))
      return { ok: false, reason: `sidecar ${field} ${value} is not a real day` };
  }
  const { outlet, url, ...rest } = parsed.data;
  const sidecar: Sidecar = { ...rest };
  if (url !== undefined) sidecar.url = checkedUrl(url, null) ?? url;
  if (outlet !== undefined) sidecar.outlet = outlet.replace(/\s+/g, ' ').trim();
  return { ok: true, sidecar };
}

const FIELDS = 'capturedOn, note, publishedOn, url, outlet';

/** zod/mini carries no English messages of its own: the common issues said for an editor. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  if (issue.code === 'unrecognized_keys')
    return `unknown field ${issue.keys.join(', ')} (a sidecar may hold ${FIELDS})`;
  if (issue.code === 'invalid_type')
    return issue.path.length === 0 ? 'a sidecar must be a JSON object' : `must be a ${issue.expected}`;
  return issue.message;
}

function isRealDay(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}
