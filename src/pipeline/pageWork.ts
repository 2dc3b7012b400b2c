import { analyseArticle, analysisKey, type ArticleAnalysisResult } from './analyseArticle.ts';
import type { Sidecar } from './pages/sidecar.ts';
import { pageEntries, readPage, type ReadPage } from './readPage.ts';

/** One page to read and analyse, as buildDataset would: its file name, bytes, digest and sidecar. */
export type PageTask = { file: string; bytes: Uint8Array; digest: string; sidecar: Sidecar | undefined };

/** A page read (entries made under the task's file name) and its articles' analyses, by analysisKey. */
export type PageWork = { read: ReadPage; analyses: Array<[string, ArticleAnalysisResult]> };

/**
 * The per-page half of a build, on its own: plain data in, plain data out, so that it can run in a
 * worker thread. buildDataset, given these results in its cache, builds what it would have built.
 */
export function workOnPage(task: PageTask): PageWork {
  const read = readPage(task.bytes, task.sidecar, task.file);
  const entries = pageEntries(read, task.file, task.digest);
  const analyses = new Map<string, ArticleAnalysisResult>();
  for (const input of entries?.inputs ?? []) {
    const key = analysisKey(input);
    if (!analyses.has(key)) analyses.set(key, analyseArticle(input));
  }
  return { read, analyses: [...analyses] };
}

/** Each task's work, or null for a page whose work throws (the build in-process then reports it). */
export function workOnPages(tasks: readonly PageTask[]): Array<PageWork | null> {
  return tasks.map((task) => {
    try {
      return workOnPage(task);
    } catch {
      return null;
    }
  });
}
