import { readArticleDay } from './articleDay.ts';
import { inferCaptureDate } from './inferCaptureDate.ts';

/**
 * The reference day of a plain text article (headline line, then the text) read as the pipeline reads
 * it: the article's own date line, else the page's inferred capture day; null when neither is stated.
 */
export function inferDay(page: string): string | null {
  const cut = page.indexOf('\n');
  const headline = cut < 0 ? page : page.slice(0, cut);
  const text = cut < 0 ? '' : page.slice(cut + 1);
  const own = readArticleDay(headline, text);
  if (own.day) return own.day;
  return inferCaptureDate([{ role: 'main', headline, text, ageText: null, copyrightYear: null }]).capturedOn;
}
