import type { TimelineItem } from './eventsToItems.ts';

/* The DataSet side of TimelineAdapter.tsx, the only module that uses it. */

/**
 * What the DataSet holds: the descriptor's dates and classes, with the label as a DOM element built
 * with textContent (never an HTML string: vis-timeline's xss option is global) and the tooltip text,
 * which `tooltip.template` turns into a text node as well. `key` detects changed items.
 */
export type VisItem = Omit<TimelineItem, 'text' | 'title'> & {
  content: HTMLElement;
  tooltip: string;
  key: string;
};

/** The part of vis-data's DataSet used here (only the adapter imports vis-timeline and vis-data). */
export type ItemStore = {
  get(): VisItem[];
  remove(ids: string[]): unknown;
  update(items: VisItem[]): unknown;
};

/**
 * Brings the DataSet in line with `items`: removes what is gone and updates what changed, without
 * touching unchanged items. Returns the new items, not yet added, `first` at the front.
 */
export function syncItems(data: ItemStore, items: readonly TimelineItem[], first: string | null): VisItem[] {
  const previous = new Map(data.get().map((item) => [item.id, item]));
  const next = items.map(toVisItem);
  const nextIds = new Set(next.map((item) => item.id));
  const gone = [...previous.keys()].filter((id) => !nextIds.has(id));
  // DataSet.update merges fields, so an item that loses its `end` is replaced, not merged.
  const reshaped = next.filter((item) => {
    const old = previous.get(item.id);
    return old !== undefined && old.key !== item.key && 'end' in old !== 'end' in item;
  });
  const removed = [...gone, ...reshaped.map((item) => item.id)];
  if (removed.length > 0) data.remove(removed);
  const reshapedIds = new Set(reshaped.map((item) => item.id));
  const changed = next.filter((item) => {
    const old = previous.get(item.id);
    return old !== undefined && !reshapedIds.has(item.id) && old.key !== item.key;
  });
  if (changed.length > 0) data.update(changed);
  const added = next.filter((item) => !previous.has(item.id) || reshapedIds.has(item.id));
  return added.sort((a, b) => Number(b.id === first) - Number(a.id === first));
}

function toVisItem({ text, title, ...item }: TimelineItem): VisItem {
  return {
    ...item,
    content: textElement('span', text),
    tooltip: title,
    key: JSON.stringify([item.start, item.end, item.type, item.className, text, title]),
  };
}

export function textElement(tag: 'span', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}
