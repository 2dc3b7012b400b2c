/** Texts of objects stringified before, by the object. */
const texts = new WeakMap<object, string>();

/**
 * Exactly `JSON.stringify(value)`, but the text of `value` itself, of every array inside it and of every
 * plain object that is an element of such an array (an event, an article, a page) is kept and reused
 * the next time the same object is stringified. The dev server re-serves, after each edit, a dataset
 * of which one page's worth changed, and the pipeline hands out the very same objects for what did not
 * change. Objects must not change once stringified (the pipeline's never do). Plain objects and arrays
 * are composed here as JSON.stringify would; anything else goes to JSON.stringify itself.
 */
export function stringifyJson(value: unknown): string {
  if (!isPlainObject(value)) return (JSON.stringify(value) as string | undefined) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) {
    text = objectText(value);
    texts.set(value, text);
  }
  return text;
}

/** The JSON text of `input` (the value of `key`), or undefined when it has none. */
function compose(input: unknown, key: string): string | undefined {
  const value = hasToJSON(input) ? input.toJSON(key) : input;
  if (Array.isArray(value)) return arrayText(value);
  if (isPlainObject(value)) return objectText(value);
  return JSON.stringify(value) as string | undefined;
}

function arrayText(value: unknown[]): string {
  let text = texts.get(value);
  if (text === undefined) {
    const items = new Array<string>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      items[i] = isPlainObject(item) ? element(item) : (compose(item, String(i)) ?? 'null');
    }
    text = `[${items.join(',')}]`;
    texts.set(value, text);
  }
  return text;
}

function objectText(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  // Only strings, numbers and the like (the search text's quotes): nothing in it can be reused.
  if (keys.every((key) => typeof value[key] !== 'object' || value[key] === null)) {
    return JSON.stringify(value);
  }
  const members: string[] = [];
  for (const key of keys) {
    const text = compose(value[key], key);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
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
