import {
  ArticleSummarySchema,
  CountrySchema,
  DatasetSchema,
  EventSchema,
  PageSchema,
  PersonSchema,
  type Dataset,
} from '../shared/schema.ts';
import { sameItems } from '../shared/sameItems.ts';

/**
 * Parsed elements of earlier builds, by the object that was parsed. The pipeline hands out the very same
 * page, article and event objects again when their inputs did not change (see buildDataset and
 * buildEvents) and never changes an object once built, so an object seen before needs no new check.
 */
export type ValidationMemo = WeakMap<object, unknown>;

type Schema<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } };

/**
 * The dataset parsed with the shared schema, as `DatasetSchema.parse` would give it (same values, keys
 * in schema order, unknown keys dropped), checked element by element so that a rebuild checks only the
 * elements that are new; with no memo every element is checked. Throws the full schema error when
 * anything is wrong, so a contract break fails the build here, not in a browser.
 */
export function validateDataset(raw: Dataset, memo: ValidationMemo = new WeakMap()): Dataset {
  const empty = { pages: [], articles: [], events: [], people: [], countries: [] };
  const top = DatasetSchema.safeParse({ ...raw, ...empty });
  const pages = parseAll(raw.pages, PageSchema, memo);
  const articles = parseAll(raw.articles, ArticleSummarySchema, memo);
  const events = parseAll(raw.events, EventSchema, memo);
  const people = parseAll(raw.people, PersonSchema, memo);
  const countries = parseAll(raw.countries, CountrySchema, memo);
  if (!top.success || !pages || !articles || !events || !people || !countries) {
    const full = DatasetSchema.safeParse(raw);
    const message = full.success ? 'an element breaks its schema' : full.error.message;
    throw new Error(`the built dataset breaks the schema: ${message}`);
  }
  return { ...top.data, pages, articles, events, people, countries };
}

/**
 * Every element parsed (through the memo), or null when one of them breaks the schema. When they are
 * the very elements the last call for this schema gave, its array is given again (its JSON text is
 * kept too, see io/stringifyJson).
 */
function parseAll<T>(items: readonly object[], schema: Schema<T>, memo: ValidationMemo): T[] | null {
  const out: T[] = new Array<T>(items.length);
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    let parsed = memo.get(item) as T | undefined;
    if (parsed === undefined) {
      const result = schema.safeParse(item);
      if (!result.success) return null;
      parsed = result.data;
      memo.set(item, parsed);
    }
    out[i] = parsed;
  }
  const last = memo.get(schema) as T[] | undefined;
  if (last && sameItems(last, out)) return last;
  memo.set(schema, out);
  return out;
}
