import type { PageReader, ParsedPageWithText } from '../pageReader.ts';
import type { PageFailure } from '../pageFormat.ts';
import { decodeHtml, gunzipCapped } from './decodeHtml.ts';
import { readHtml } from './readHtml.ts';

const HTML_FILE = /\.html?(?:\.gz)?$/i;

/**
 * Saved web pages (`.html`, `.htm`, and gzipped `.html.gz`/`.htm.gz`): one main article. The page
 * text is the headline, a blank line, then the body; the article's offset points at the body.
 */
export const htmlReader: PageReader = {
  name: 'html',
  label: 'web page',
  accepts: (fileName) => HTML_FILE.test(fileName),
  read: (bytes, fileName): ParsedPageWithText | PageFailure => {
    let raw = bytes;
    if (/\.gz$/i.test(fileName)) {
      const inflated = gunzipCapped(bytes);
      if (!inflated.ok) return inflated;
      raw = inflated.bytes;
    }
    const decoded = decodeHtml(raw);
    if (!decoded.ok) return decoded;
    const article = readHtml(decoded.html);
    if (!article.ok) return article;
    const warnings = [...article.warnings];
    if (decoded.replaced > 0) {
      warnings.push({
        line: null,
        message: `${decoded.replaced} byte sequence(s) are not valid ${decoded.encoding} (charset from ${decoded.clue}); shown as U+FFFD`,
      });
    }
    if (article.meta.language && article.meta.language !== 'en') {
      warnings.push({
        line: null,
        message: `the article is in language "${article.meta.language}": it is listed, but its events are not extracted`,
      });
    }
    const text = `${article.headline}\n\n${article.text}`;
    return {
      ok: true,
      format: 'html',
      warnings,
      text,
      articles: [
        {
          index: 0,
          role: 'main',
          outlet: article.outlet,
          syndicatedFrom: null,
          headline: article.headline,
          ageText: null,
          copyrightYear: null,
          meta: article.meta,
          pageOffset: article.headline.length + 2,
          text: article.text,
        },
      ],
    };
  },
};
