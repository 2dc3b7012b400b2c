/**
 * Keys that let one name match its other romanisations. The rules fold the spelling choices that differ
 * between outlets' transliteration systems (y/i/iy/yy endings, ks/x, kh/h, w/v, doubled letters, accents),
 * so "Zelensky", "Zelenskyy" and "Zelenskiy" share a key, as do "Dmitry" and "Dmitri". It is a rule, not a
 * list: it works on names it has never seen.
 */
export function nameKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

/** Memo of nameKey: the same few thousand capitalised words recur across a build. */
const keyCache = new Map<string, string>();

function computeKey(name: string): string {
  return fold(name)
    .replace(/sch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/([aeiou])j/g, '$1y')
    .replace(/j$/, 'y')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A looser key for given names, whose vowels vary more than surnames' between romanisations ("Mohammed",
 * "Muhammad"): the consonant skeleton of nameKey, keeping the first letter.
 */
export function skeletonKey(name: string): string {
  const key = nameKey(name);
  return (key.slice(0, 1) + key.slice(1).replace(/[aeiou]/g, '')).replace(/(.)\1+/g, '$1');
}

/** A stable URL-safe id from a display name: "Volodymyr Zelensky" → "volodymyr-zelensky". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person'
  );
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^a-z]/g, '');
}
