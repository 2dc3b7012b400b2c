import type { PageWarning } from '../../shared/schema.ts';

/**
 * The same page saved twice under two names (a re-download, a copy with a new name). Both pages stay in
 * the dataset, and the later file in name order gets a warning naming the first, so an editor can
 * delete one; its articles are listed once where mergeDuplicateArticles can match them (a long enough
 * body), else under both files with their own ids (an id names one page capture). Pages are compared by their
 * decoded, newline-normalised text, so a CRLF or UTF-16 copy of a page is still the same page.
 *
 * Pure: pass the pages in the order they are built (name order); returns warnings by file name.
 */
export function findDuplicatePages(
  pages: readonly { file: string; text: string }[],
): Map<string, PageWarning> {
  const firstWith = new Map<string, string>();
  const warnings = new Map<string, PageWarning>();
  for (const page of pages) {
    const first = firstWith.get(page.text);
    if (first === undefined) firstWith.set(page.text, page.file);
    else warnings.set(page.file, { line: null, message: duplicatePageMessage(first) });
  }
  return warnings;
}

export function duplicatePageMessage(firstFile: string): string {
  return `same content as ${firstFile}: the page is in the folder twice; remove one of the files`;
}
