import { htmlReader } from './html/htmlReader.ts';
import type { PageFailure } from './pageFormat.ts';
import type { PageReader, ParsedPageWithText } from './pageReader.ts';
import { PAGE_FORMATS, textReader } from './textReader.ts';

export type { ParsedPageWithText };
export { PAGE_FORMATS };

/**
 * Readers in the order they are tried; the first that accepts a file reads it.
 * The lead adds `feedReader` (pages/feeds/) and `warcReader` (pages/warc/) here, before textReader.
 */
export const PAGE_READERS: readonly PageReader[] = [htmlReader, textReader];

/** Inputs the folder accepts whose reader is not in PAGE_READERS yet, with what they are. */
const AWAITED = [
  { test: /\.(?:xml|rss|atom|json)$/i, kind: 'a news feed' },
  { test: /\.warc(?:\.gz)?$/i, kind: 'a web archive (WARC)' },
];

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
  const head = bytes.subarray(0, 512);
  const reader = PAGE_READERS.find((r) => r.accepts(fileName, head));
  if (!reader) {
    const awaited = AWAITED.find((a) => a.test.test(fileName));
    return {
      ok: false,
      reader: null,
      reason: awaited
        ? `${awaited.kind}: no reader for it in this build yet`
        : 'no reader for this kind of file',
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
