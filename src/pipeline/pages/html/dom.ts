import { parseHTML } from 'linkedom';
import type { TextNodeLike } from './blocksToText.ts';

/**
 * The part of the DOM the HTML reader uses, typed here because the pipeline's TypeScript project has
 * no DOM library (linkedom's and Readability's own types name DOM globals).
 */
export type DomElement = TextNodeLike & {
  tagName: string;
  textContent: string | null;
  parentNode: DomElement | null;
  getAttribute: (name: string) => string | null;
  querySelector: (selector: string) => DomElement | null;
  querySelectorAll: (selector: string) => ArrayLike<DomElement>;
  remove: () => void;
};

export type DomDocument = {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector: (selector: string) => DomElement | null;
  querySelectorAll: (selector: string) => ArrayLike<DomElement>;
};

/** HTML text -> a linkedom document (no scripts run, nothing fetched). */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  return document;
}

/** `selector`'s matches as an array. */
export function all(root: { querySelectorAll: DomDocument['querySelectorAll'] }, selector: string) {
  return Array.from(root.querySelectorAll(selector));
}

/** Text of an element with white space collapsed. */
export function textOf(el: DomElement | null): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** True when `el` or an ancestor matches `test`. */
export function hasAncestor(el: DomElement, test: (e: DomElement) => boolean): boolean {
  for (let e: DomElement | null = el; e; e = e.parentNode) if (e.nodeType === 1 && test(e)) return true;
  return false;
}
