import { aggregatorPage } from './aggregatorPage.ts';
import { decodePage } from './decodePage.ts';
import type { PageFormat } from './pageFormat.ts';
import type { PageReader } from './pageReader.ts';

/** Text page formats in the order they are tried; the aggregator's plain-text capture reads any text page. */
export const PAGE_FORMATS: readonly PageFormat[] = [aggregatorPage];

/** `.txt` pages (the aggregator's text capture): decoded, then read by the first matching format. */
export const textReader: PageReader = {
  name: 'text',
  label: 'text page',
  accepts: (fileName) => /\.txt$/i.test(fileName),
  read: (bytes) => {
    const decoded = decodePage(bytes);
    if (!decoded.ok) return decoded;
    const format = PAGE_FORMATS.find((f) => f.matches(decoded.text));
    if (!format) return { ok: false, reason: 'no known page format matches' };
    const parsed = format.parse(decoded.text);
    if (!parsed.ok) return parsed;
    return { ...parsed, text: decoded.text };
  },
};
