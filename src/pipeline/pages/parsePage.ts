import { feedReader } from './feeds/feedReader.ts';
import { htmlReader } from './html/htmlReader.ts';
import { warcReader } from './warc/warcReader.ts';
import type { PageFailure } from './pageFormat.ts';
import type { PageReader, ParsedPageWithText } from './pageReader.ts';
import { PAGE_FORMATS, textReader } from './textReader.ts';

export type { ParsedPageWithText };
export { PAGE_FORMATS };

/**
 * Readers in the order they are tried; the first that accepts a file reads it. The feed reader sniffs
 * `.xml`/`.json` files by their first bytes, so it comes before the catch-all text reader.
 */
export const PAGE_READERS: readonly PageReader[] = [warcReader, htmlReader, feedReader, textReader];

/** The reader's label ("web page") by its name ("html"); the name itself for one not in PAGE_READERS. */
export function readerLabel(name: string): string {
  return PAGE_READERS.find((r) => r.name === name)?.label ?? name;
}

/** Inputs the folder accepts that no reader took, with what they were taken to be. */
const AWAITED = [{ test: /\.(?:xml|json)$/i, kind: 'not a news feed (no RSS, Atom or JSON Feed root)' }];

export type ReaderFailure = PageFailure & { reader: string | null };

/**
 * Raw bytes of one file -> its articles, or the reason it cannot be read (with the reader that tried).
 * Pure: the caller reads the file and reports the failure with the file's name. `fileName` picks the
 * reader (default: a text page, for callers that only have text pages).
 */
export function parsePage(
  bytes: Uint8Array,
  fileName = 'page.txt',
): (ParsedPageWithText & { reader: string }) | ReaderFailure {
  const head = bytes.subarray(0, 4096);
  const reader = PAGE_READERS.find((r) => r.accepts(fileName, head));
  if (!reader) {
    const awaited = AWAITED.find((a) => a.test.test(fileName));
    return {
      ok: false,
      reader: null,
      reason: awaited ? awaited.kind : 'no reader for this kind of file',
    };
  }
  let result;
  try {
    result = reader.read(bytes, fileName);
  } catch (error) {
    result = {
      ok: false as const,
      reason: `the ${reader.name} reader failed: ${(error as Error).message.split('\n')[0]}`,
    };
  }
  return result.ok ? { ...result, reader: reader.name } : { ...result, reader: reader.name };
}
