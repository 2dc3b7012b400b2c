import type { PageWarning } from '../../../shared/schema.ts';

/** How many warnings of one kind a page lists one by one before it only counts the rest. */
export const LISTED_PER_KIND = 10;

/**
 * Page warnings about many items (a feed's, a WARC's records), grouped by kind so that a hostile file
 * with 10,000 bad items gives ten named warnings and one count, not 10,000 lines: every item is still
 * accounted for. Kinds keep the order in which they first occurred.
 */
export class WarningTally {
  private readonly kinds = new Map<string, { listed: string[]; more: number; phrase: string }>();
  private readonly order: (string | { note: string })[] = [];

  /** One item's warning; `phrase` ends "and N more items …" once LISTED_PER_KIND are listed. */
  add(kind: string, message: string, phrase: string): void {
    let k = this.kinds.get(kind);
    if (!k) {
      k = { listed: [], more: 0, phrase };
      this.kinds.set(kind, k);
      this.order.push(kind);
    }
    if (k.listed.length < LISTED_PER_KIND) k.listed.push(message);
    else k.more += 1;
  }

  /** A warning about the file as a whole, listed once where it occurred. */
  note(message: string): void {
    this.order.push({ note: message });
  }

  warnings(): PageWarning[] {
    const out: PageWarning[] = [];
    for (const entry of this.order) {
      if (typeof entry !== 'string') {
        out.push({ line: null, message: entry.note });
        continue;
      }
      const k = this.kinds.get(entry);
      if (!k) continue;
      for (const message of k.listed) out.push({ line: null, message });
      if (k.more > 0)
        out.push({ line: null, message: `and ${k.more.toLocaleString('en-US')} more ${k.phrase}` });
    }
    return out;
  }
}
