import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * An article's id: a digest of the page file name and the article's own headline and text. It does not
 * depend on the article's position or on other pages, so adding a page never changes an existing id.
 */
export function articleId(file: string, headline: string, text: string): string {
  return sha256Hex(`${file}\u0000${headline}\u0000${text}`).slice(0, 16);
}

/** Digest over every input file's name and bytes, in name order. */
export function inputDigest(files: readonly { file: string; bytes: Uint8Array }[]): string {
  return inputDigestOf(files.map((f) => ({ file: f.file, digest: sha256Hex(f.bytes) })));
}

/** inputDigest from the files' sha256Hex digests, for a caller that has them already. */
export function inputDigestOf(files: readonly { file: string; digest: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => compareNames(a.file, b.file))) {
    hash.update(f.file).update('\u0000').update(f.digest).update('\u0000');
  }
  return hash.digest('hex');
}

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
