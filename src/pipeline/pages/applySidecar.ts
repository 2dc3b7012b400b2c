import type { PageWarning } from '../../shared/schema.ts';
import type { ParsedArticle } from './pageFormat.ts';
import type { Sidecar } from './sidecar.ts';

/**
 * The articles with what the editor's sidecar (named `sidecarName`) states about them: its
 * `publishedOn`, `url` and `outlet` replace the page's own clues on the file's main articles (an
 * aggregator's related items keep theirs), and the day's evidence says where it came from and what the
 * page alone gave. A url names one article, so a file with several main articles (a feed, a web
 * archive) takes the sidecar's day and outlet but not its url, with a warning. Pure; the articles
 * given are not changed.
 */
export function applySidecar(
  articles: readonly ParsedArticle[],
  sidecar: Sidecar | undefined,
  sidecarName: string,
): { articles: ParsedArticle[]; warnings: PageWarning[] } {
  const { publishedOn, url, outlet } = sidecar ?? {};
  if (publishedOn === undefined && url === undefined && outlet === undefined)
    return { articles: [...articles], warnings: [] };
  const mains = articles.filter((a) => a.role === 'main').length;
  const useUrl = url !== undefined && mains === 1;
  const warnings: PageWarning[] =
    url !== undefined && !useUrl
      ? [
          {
            line: null,
            message: `the sidecar ${sidecarName} gives one url but the file holds ${mains} articles, so it is not used`,
          },
        ]
      : [];
  const out = articles.map((a): ParsedArticle => {
    if (a.role !== 'main') return a;
    const meta = { ...a.meta };
    if (publishedOn !== undefined) {
      meta.publishedOn = publishedOn;
      const own = a.meta?.publishedOn;
      meta.publishedOnEvidence = [
        `Set by the editor: from the sidecar ${sidecarName}.`,
        ...(own && own !== publishedOn ? [`The page itself gives ${own}.`] : []),
      ];
    }
    if (useUrl) meta.url = url;
    return { ...a, outlet: outlet ?? a.outlet, meta };
  });
  return { articles: out, warnings };
}
