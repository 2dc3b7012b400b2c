/**
 * The by-eye body check of `npm run bench:webpages`: a person read the extracted body of 20 dev pages
 * against the page and recorded a verdict per page in bench/webpages/bodyCheck.json. The verdicts
 * hold no page text (the pages are third parties'): only what leaked or went missing, in a few words,
 * and SHA-256 fingerprints of the body that was judged, so a later run can tell which verdicts no
 * longer describe what the reader now extracts.
 */
import { createHash } from 'node:crypto';

/** How a judged body compared with the page it came from. */
export type BodyVerdict = 'article only' | 'with chrome' | 'missing text' | 'no article in the page';

/** Fingerprint of one extracted body: paragraph count and short hashes of the first, last and whole text. */
export type BodyFingerprint = { paragraphs: number; first: string; last: string; body: string };

export type BodyJudgement = {
  verdict: BodyVerdict;
  /** What besides the article the body holds (e.g. "image captions", "related links"); empty if none. */
  chrome: string[];
  /** What of the article the body lacks, if anything. */
  missing?: string;
  note?: string;
  fingerprint: BodyFingerprint;
};

export type BodyCheckFile = {
  licence: string;
  pickedBy: string;
  judgedOn: string;
  pages: Record<string, BodyJudgement>;
};

/** The deterministic sample: every 7th page of the sorted file names, from the first. */
export function pickBodyCheckPages(sortedFiles: readonly string[]): string[] {
  return sortedFiles.filter((_, i) => i % 7 === 0).slice(0, 20);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function fingerprintBody(body: string): BodyFingerprint {
  const paragraphs = body.split('\n\n').filter(Boolean);
  return {
    paragraphs: paragraphs.length,
    first: hash(paragraphs[0] ?? ''),
    last: hash(paragraphs.at(-1) ?? ''),
    body: hash(body),
  };
}

/** Where a body differs from the one judged: '' when it is the same text. */
export function bodyChange(judged: BodyFingerprint, now: BodyFingerprint): string {
  if (judged.body === now.body) return '';
  const parts: string[] = [];
  if (judged.first !== now.first) parts.push('first paragraph');
  if (judged.last !== now.last) parts.push('last paragraph');
  if (judged.paragraphs !== now.paragraphs)
    parts.push(`${judged.paragraphs} -> ${now.paragraphs} paragraphs`);
  return parts.length > 0 ? parts.join(', ') : 'text between first and last paragraph';
}

/**
 * The check's printed lines: the tally of verdicts (how many bodies are the article only, which
 * kinds of chrome leaked in how many, how many miss text) and the pages whose body changed since
 * it was judged, or that were judged but are no longer in the sample.
 */
export function bodyCheckReport(record: BodyCheckFile, bodies: ReadonlyMap<string, string>): string[] {
  const judged = Object.entries(record.pages);
  const n = judged.length;
  const count = (v: BodyVerdict) => judged.filter(([, j]) => j.verdict === v).length;
  const chrome = new Map<string, number>();
  for (const [, j] of judged) for (const c of j.chrome) chrome.set(c, (chrome.get(c) ?? 0) + 1);
  const leaks = [...chrome].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const parts = [`${count('article only')}/${n} article only`];
  if (count('with chrome') > 0) parts.push(`${count('with chrome')} with chrome`);
  if (count('missing text') > 0) parts.push(`${count('missing text')} missing text`);
  if (count('no article in the page') > 0)
    parts.push(`${count('no article in the page')} pages hold no article text to take (empty body is right)`);
  const lines = [`body check by eye (${n} pages, judged ${record.judgedOn}): ${parts.join('; ')}`];
  if (leaks.length > 0) lines.push(`  chrome in bodies: ${leaks.map(([c, k]) => `${c} ${k}`).join(', ')}`);
  const changed: string[] = [];
  for (const [file, j] of judged) {
    const body = bodies.get(file);
    if (body === undefined) changed.push(`${file}: not read this run`);
    else {
      const change = bodyChange(j.fingerprint, fingerprintBody(body));
      if (change) changed.push(`${file}: ${change}`);
    }
  }
  lines.push(
    changed.length === 0
      ? `  every judged body is unchanged since the check`
      : `  ${changed.length} bodies changed since judged (verdict out of date, read again): ${changed.join('; ')}`,
  );
  return lines;
}
