/** A line of a normalised page with its position, so parsers can cut verbatim slices. */
export type PageLine = { text: string; start: number; end: number; number: number };

export function splitLines(page: string): PageLine[] {
  const lines: PageLine[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = page.indexOf('\n', start);
    const end = nl === -1 ? page.length : nl;
    lines.push({ text: page.slice(start, end), start, end, number });
    if (nl === -1) return lines;
    start = nl + 1;
    number += 1;
  }
}

/**
 * The verbatim slice of `page` covering `lines`, without leading and trailing white space.
 * Interior white space (including trailing spaces on inner lines) is kept so offsets stay true.
 */
export function verbatimSlice(page: string, lines: PageLine[]): { text: string; offset: number } {
  const first = lines.find((l) => l.text.trim() !== '');
  const last = lines.findLast((l) => l.text.trim() !== '');
  if (!first || !last) return { text: '', offset: lines[0]?.start ?? 0 };
  const offset = first.start + (first.text.length - first.text.trimStart().length);
  const end = last.start + last.text.trimEnd().length;
  return { text: page.slice(offset, end), offset };
}
