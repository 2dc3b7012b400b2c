import { Buffer } from 'node:buffer';
import { z } from 'zod/mini';
import { sha256Hex } from '../ids.ts';

/**
 * `seeds/event-ids.json`: every event id the timeline has published, kept beside the pages like a
 * lockfile. The build (`npm run build`, `npm run data`) rewrites it; editors commit it with the pages.
 *
 * An entry is live (the id names an event now), an alias (`to`: the id now leads to another one), or
 * retired (`retired: true`: its event is gone and nothing took its place). Each keeps the event's date,
 * title and source sentences as last seen, so a later build can tell which event an id names.
 */
export const ID_LEDGER_FILE = 'event-ids.json';

const ABOUT =
  'Every event id this timeline has published, so that links keep working. Written by the build ' +
  '(npm run build, npm run data); commit it with the pages and do not edit it by hand. ' +
  "See README.md, 'For editors: links that last'.";

const ID = /^[a-z0-9-]+$/;
/** One source sentence: `<start offset>@<page file>#<article index>:<digest of the sentence>`. */
const SOURCE = /^\d+@.+#\d+:[0-9a-f]{16}$/;

const EntrySchema = z.strictObject({
  id: z.string().check(z.regex(ID, 'expected an id of a-z, 0-9 and -')),
  date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a yyyy-MM-dd day'))),
  title: z.string().check(z.minLength(1)),
  to: z.optional(z.string().check(z.regex(ID, 'expected an id of a-z, 0-9 and -'))),
  retired: z.optional(z.literal(true)),
  sources: z.array(z.string().check(z.regex(SOURCE, 'expected start@page#article:digest'))),
});

const LedgerSchema = z.strictObject({
  about: z.optional(z.string()),
  version: z.literal(1, 'expected 1, the only version there is'),
  ids: z.array(EntrySchema),
});

export type LedgerEntry = z.infer<typeof EntrySchema>;
export type IdLedger = { ids: LedgerEntry[] };

export const EMPTY_LEDGER: IdLedger = { ids: [] };

/** The key of one source sentence, as the ledger records it. Whitespace is normalised (re-wrapping). */
export function sourceKey(page: string, articleIndex: number, start: number, quote: string): string {
  return `${start}@${page}#${articleIndex}:${sha256Hex(quote.replace(/\s+/g, ' ').trim()).slice(0, 16)}`;
}

/**
 * A source key's two halves: where the sentence is (page, article, offset), which survives an edit
 * inside the sentence, and what it says (page, article, digest), which survives edits elsewhere in the
 * article that move it. Both equal: the same sentence.
 */
export function sourceHalves(key: string): { at: string; text: string } {
  return { at: key.slice(0, key.lastIndexOf(':')), text: key.slice(key.indexOf('@') + 1) };
}

/**
 * The ledger file's bytes -> the ledger, or the reason it cannot be used (the build stops and names the
 * file, as for a malformed sidecar): not JSON, the wrong shape, an id listed twice, an alias that leads
 * to an id the file does not list, or aliases that lead round in a circle.
 */
export function parseIdLedger(bytes: Uint8Array): ParsedLedger {
  // The dev server rebuilds with the same file again and again: the last answer is kept.
  if (last && Buffer.compare(last.bytes, bytes) === 0) return last.result;
  const result = parse(bytes);
  last = { bytes: Uint8Array.from(bytes), result };
  return result;
}

type ParsedLedger = { ok: true; ledger: IdLedger } | { ok: false; reason: string };
let last: { bytes: Uint8Array; result: ParsedLedger } | null = null;

function parse(bytes: Uint8Array): ParsedLedger {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, reason: `the event id ledger is not valid JSON (${(error as Error).message})` };
  }
  const parsed = LedgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      reason: `the event id ledger's ${issue.path.join('.') || 'content'}: ${describe(issue)}`,
    };
  }
  const byId = new Map<string, LedgerEntry>();
  for (const entry of parsed.data.ids) {
    if (byId.has(entry.id)) return { ok: false, reason: `the event id ledger lists ${entry.id} twice` };
    if (entry.to !== undefined && entry.retired) {
      return {
        ok: false,
        reason: `the event id ledger says ${entry.id} both leads to ${entry.to} and is retired`,
      };
    }
    byId.set(entry.id, entry);
  }
  for (const entry of parsed.data.ids) {
    const seen = [entry.id];
    for (let to = entry.to; to !== undefined; to = byId.get(to)?.to) {
      if (!byId.has(to)) {
        return {
          ok: false,
          reason: `the event id ledger says ${seen.at(-1)} leads to ${to}, which it does not list`,
        };
      }
      if (seen.includes(to)) {
        return {
          ok: false,
          reason: `the event id ledger's aliases go round in a circle: ${[...seen, to].join(' -> ')}`,
        };
      }
      seen.push(to);
    }
  }
  return { ok: true, ledger: { ids: parsed.data.ids } };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message;
}

/**
 * The ledger as the file's text: entries in id order, one per line, so a change to an event is one
 * changed line in a diff. Equal ledgers give equal text, so a build can skip writing an unchanged file.
 */
export function formatIdLedger(ledger: IdLedger): string {
  const lines = [...ledger.ids]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) =>
      JSON.stringify({
        id: e.id,
        date: e.date,
        title: e.title,
        ...(e.to !== undefined ? { to: e.to } : {}),
        ...(e.retired ? { retired: true } : {}),
        sources: e.sources,
      }),
    );
  const ids = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "version": 1,\n  "ids": ${ids}\n}\n`;
}
