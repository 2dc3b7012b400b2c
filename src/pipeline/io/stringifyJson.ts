/** Texts of objects stringified before, by the object. */
const texts = new WeakMap<object, string>();

/**
 * Exactly `JSON.stringify(value)`, but the text of `value` itself and of every plain object that is an
 * element of an array inside it (an event, an article, a page) is kept and reused the next time the same
 * object is stringified. The dev server re-serves, after each edit, a dataset of which one page's worth
 * changed, and the pipeline hands out the very same objects for what did not change. Objects must not
 * change once stringified (the pipeline's never do). Plain objects and arrays are composed here as
 * JSON.stringify would; anything else goes to JSON.stringify itself.
 */
export function stringifyJson(value: unknown): string {
  if (!isPlainObject(value)) return (JSON.stringify(value) as string | undefined) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) {
    const out: string[] = [];
    composeObject(value, out);
    text = out.join('');
    texts.set(value, text);
  }
  return text;
}

/** Appends the JSON text of `input` (the value of `key`) to `out`; false when it has none (undefined). */
function compose(input: unknown, key: string, out: string[]): boolean {
  const value = hasToJSON(input) ? input.toJSON(key) : input;
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      if (isPlainObject(item)) out.push(element(item));
      else if (!compose(item, String(i), out)) out.push('null');
    });
    out.push(']');
    return true;
  }
  if (isPlainObject(value)) {
    composeObject(value, out);
    return true;
  }
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return false;
  out.push(text);
  return true;
}

function composeObject(value: Record<string, unknown>, out: string[]): void {
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const at = out.length;
    out.push(first ? '' : ',', JSON.stringify(key), ':');
    if (compose(value[key], key, out)) first = false;
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
