import type { ArticleSummary, Dataset } from '../shared/schema.ts';
import { compareNames } from './ids.ts';
import { readerLabel } from './pages/parsePage.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const sameBy = (by: 'url' | 'text') => (by === 'url' ? 'same address' : 'same text');

/**
 * What the build says about each file of the seeds folder, in name order: the reader that took it
 * ("web page", "feed"), how many articles it gave, which of its articles are copies of an article
 * listed under another file (and which files hold copies of its own), its warnings; for a file not
 * read, why. `readers` is the build's (buildDataset's `readers`). Pure: the CLI prints the lines.
 */
export function fileSummary(
  dataset: Pick<Dataset, 'pages' | 'articles' | 'skippedFiles'>,
  readers: ReadonlyMap<string, string>,
): string[] {
  // Copies by the file they were captured in, with the article kept in their place.
  const copiesIn = new Map<string, { kept: ArticleSummary; by: 'url' | 'text' }[]>();
  for (const kept of dataset.articles) {
    for (const c of kept.copies ?? []) {
      copiesIn.set(c.file, [...(copiesIn.get(c.file) ?? []), { kept, by: c.sameBy }]);
    }
  }
  const entries: { file: string; lines: string[] }[] = [];
  for (const page of dataset.pages) {
    const mine = dataset.articles.filter((a) => a.file === page.file);
    const related = mine.filter((a) => a.role === 'related').length;
    const roles = related > 0 ? ` (${mine.length - related} main, ${related} related)` : '';
    const copies = copiesIn.get(page.file) ?? [];
    const ofFiles = [...new Set(copies.map((c) => c.kept.file))].join(', ');
    const dup = copies.length > 0 ? `, ${plural(copies.length, 'duplicate')} of ${ofFiles}` : '';
    const reader = readers.get(page.file);
    const label = reader ? readerLabel(reader) : page.format;
    const lines = [
      `${page.file}: ${label}, ${plural(mine.length, 'article')}${roles}${dup}, ${plural(page.warnings.length, 'warning')}`,
    ];
    for (const a of mine) {
      if (!a.copies?.length) continue;
      const where = a.copies.map((c) => `${c.file} (${sameBy(c.sameBy)})`).join(', ');
      lines.push(`  "${a.headline}" also captured in ${where}`);
    }
    for (const w of page.warnings) lines.push(`  warning${w.line ? ` (line ${w.line})` : ''}: ${w.message}`);
    entries.push({ file: page.file, lines });
  }
  for (const s of dataset.skippedFiles)
    entries.push({ file: s.file, lines: [`${s.file}: skipped, ${s.reason}`] });
  return entries.sort((a, b) => compareNames(a.file, b.file)).flatMap((e) => e.lines);
}
