/** Where a keyboard or button move goes, in chronological order. */
export type SelectionMove = 'previous' | 'next' | 'first' | 'last';

/**
 * The id a move selects among `ids` (already in chronological order), or null when it goes nowhere
 * (at either end, or no events). With no selection on the timeline (nothing selected, or an undated
 * event chosen in the list), `next` and `previous` start from `anchor`, the day in the middle of the
 * visible window, so the move lands on what the reader is looking at rather than jumping to an end.
 */
export function stepSelection(
  items: readonly { id: string; start: string }[],
  selectedId: string | null,
  move: SelectionMove,
  anchor?: string,
): string | null {
  if (items.length === 0) return null;
  const index = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
  let target: number;
  if (move === 'first') target = 0;
  else if (move === 'last') target = items.length - 1;
  else if (index >= 0) target = move === 'next' ? index + 1 : index - 1;
  else if (move === 'next') {
    const after = anchor === undefined ? 0 : items.findIndex((item) => item.start >= anchor);
    target = after === -1 ? items.length - 1 : after;
  } else {
    const before = anchor === undefined ? -1 : findLastIndex(items, (item) => item.start < anchor);
    target = before === -1 ? 0 : before;
  }
  const id = items[target]?.id;
  return id === undefined || id === selectedId ? null : id;
}

function findLastIndex<T>(list: readonly T[], test: (value: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const value = list[i];
    if (value !== undefined && test(value)) return i;
  }
  return -1;
}
