/**
 * A DOM subtree -> plain text paragraphs, one per block element, joined by a blank line. Inline
 * white space collapses to single spaces; `<br>` breaks a paragraph; nothing but text comes out (no
 * markup, no attribute values, no URLs). The walk is iterative, so 50,000 nested tags cost no stack.
 */

/** The small part of a DOM node the walk reads (linkedom and jsdom both provide it). */
export type TextNodeLike = {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNodeLike>;
};

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FIGCAPTION',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export function blocksToText(root: TextNodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (p && /[\p{L}\p{N}]/u.test(p)) paragraphs.push(p);
    current = '';
  };
  // Iterative pre-order walk; a block's end is marked by a sentinel so the paragraph closes after it.
  const stack: Array<TextNodeLike | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    } else if (name === 'TD' || name === 'TH') current += ' ';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs.join('\n\n');
}
