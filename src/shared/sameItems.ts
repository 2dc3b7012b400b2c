/**
 * Whether two lists hold the very same items (===) in the same order: how the incremental build and
 * the app's memos tell that what they were given is what they were given last time.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
