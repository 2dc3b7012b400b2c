import { franc } from 'franc-min';
import type { DomDocument } from './dom.ts';

/** franc-min's ISO 639-3 codes -> the 639-1 subtag where one exists. */
const ISO1: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  ron: 'ro',
  hau: 'ha',
  nld: 'nl',
  hun: 'hu',
  ces: 'cs',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  mar: 'mr',
  tgl: 'tl',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  zul: 'zu',
  som: 'so',
  yor: 'yo',
  ibo: 'ig',
  swh: 'sw',
  jav: 'jv',
};

/**
 * The page's language as an ISO 639-1 (or 639-3) code: the `<html lang>` subtag, else franc's guess
 * from at least 200 characters of the article text, else null.
 */
export function pageLanguage(doc: DomDocument, text: string): string | null {
  const htmlLang =
    /^([a-z]{2,3})\b/i.exec(doc.documentElement?.getAttribute('lang') ?? '')?.[1]?.toLowerCase() ?? null;
  if (htmlLang) return htmlLang;
  return text.length >= 200 ? (ISO1[franc(text.slice(0, 4000))] ?? null) : null;
}
