/** Texts of objects stringified before, by the object. */
const texts = new WeakMap<object, string>();

/**
 * Exactly `JSON.stringify(value)`, but the text of `value` itself, of every array of up to KEEP_MAX
 * items inside it and of every plain object that is an element of an array (an event, an article, a
 * page) is kept and reused the next time the same object is stringified. The dev server re-serves,
 * after each edit, a dataset of which one page's worth changed, and the pipeline hands out the very
 * same objects for what did not change. Objects must not change once stringified (the pipeline's never
 * do). Plain objects and arrays are composed here as JSON.stringify would; anything else goes to
 * JSON.stringify itself.
 */
export function stringifyJson(value: unknown): string {
  if (!isPlainObject(value)) return (JSON.stringify(value) as string | undefined) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) {
    const out: string[] = [];
    appendObject(value, out);
    text = out.join('');
    texts.set(value, text);
  }
  return text;
}

/**
 * A longer array (the index's events, a new array in every build where anything changed) is written
 * straight into the text around it rather than joined on its own first: a few megabytes copied once.
 */
const KEEP_MAX = 1000;

/** Appends the JSON text of `input` (the value of `key`) to `out`; false when it has none (undefined). */
function append(input: unknown, key: string, out: string[]): boolean {
  const value = hasToJSON(input) ? input.toJSON(key) : input;
  if (Array.isArray(value)) appendArray(value, out);
  else if (isPlainObject(value)) appendObject(value, out);
  else {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    out.push(text);
  }
  return true;
}

function appendArray(value: unknown[], out: string[]): void {
  const kept = texts.get(value);
  if (kept !== undefined) {
    out.push(kept);
    return;
  }
  const into = value.length > KEEP_MAX ? out : [];
  into.push('[');
  for (let i = 0; i < value.length; i += 1) {
    if (i > 0) into.push(',');
    const item: unknown = value[i];
    if (isPlainObject(item)) into.push(element(item));
    else if (!append(item, String(i), into)) into.push('null');
  }
  into.push(']');
  if (into !== out) {
    const text = into.join('');
    texts.set(value, text);
    out.push(text);
  }
}

function appendObject(value: Record<string, unknown>, out: string[]): void {
  const keys = Object.keys(value);
  // Only strings, numbers and the like (the search text's quotes): nothing in it can be reused.
  if (keys.every((key) => typeof value[key] !== 'object' || value[key] === null)) {
    out.push(JSON.stringify(value));
    return;
  }
  out.push('{');
  let first = true;
  for (const key of keys) {
    const at = out.length;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    if (append(value[key], key, out)) first = false;
    else out.length = at;
  }
  out.push('}');
}

function element(item: Record<string, unknown>): string {
  let text = texts.get(item);
  if (text === undefined) {
    text = JSON.stringify(item);
    texts.set(item, text);
  }
  return text;
}

/** An object JSON.stringify writes key by key: an Object with no toJSON (which may read its key). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

function hasToJSON(value: unknown): value is { toJSON: (key: string) => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
