import { aggregatorPage } from './aggregatorPage.ts';
import { decodePage } from './decodePage.ts';
import type { PageFailure, PageFormat } from './pageFormat.ts';
import type { ParsedPageWithText } from './pageReader.ts';

export type { ParsedPageWithText };

/** Page formats in the order they are tried; the aggregator's plain-text capture reads any text page. */
export const PAGE_FORMATS: readonly PageFormat[] = [aggregatorPage];

/**
 * Raw bytes of one page -> its articles, or the reason it cannot be read at all.
 * Pure: the caller reads the file and reports the failure with the file's name.
 */
export function parsePage(bytes: Uint8Array): ParsedPageWithText | PageFailure {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return decoded;
  const format = PAGE_FORMATS.find((f) => f.matches(decoded.text));
  if (!format) return { ok: false, reason: 'no known page format matches' };
  const parsed = format.parse(decoded.text);
  if (!parsed.ok) return parsed;
  return { ...parsed, text: decoded.text };
}
