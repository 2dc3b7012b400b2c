import type { PageFailure, ParsedPage } from './pageFormat.ts';

/** A read page: its articles and the normalised text their `pageOffset`s point into. */
export type ParsedPageWithText = ParsedPage & { text: string };

/**
 * One kind of input file (text page, saved web page, feed, web archive). `accepts` decides from the
 * file's name and first bytes; readers are tried in order and the first that accepts reads the file.
 * `read` is pure: it gets the raw bytes and either finds the articles or says why the file cannot be
 * read at all. One file is one page in the dataset, however many articles it holds (a feed's items, a
 * WARC's HTML responses), each article with its own metadata.
 */
export type PageReader = {
  name: string;
  /** What the reader takes a file to be, for people: "text page", "web page", "feed", "web archive". */
  label: string;
  accepts: (fileName: string, head: Uint8Array) => boolean;
  read: (bytes: Uint8Array, fileName: string) => ParsedPageWithText | PageFailure;
};
