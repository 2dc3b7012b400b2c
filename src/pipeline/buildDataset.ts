import {
  ArticleTextSchema,
  DatasetSchema,
  SCHEMA_VERSION,
  type ArticleSummary,
  type ArticleText,
  type Dataset,
  type Page,
} from '../shared/schema.ts';
import { articleId, compareNames, inputDigest, sha256Hex } from './ids.ts';
import { parsePage } from './pages/parsePage.ts';

export type SeedFile = { file: string; bytes: Uint8Array };
export type SkippedFile = { file: string; reason: string };
export type PageError = { file: string; reason: string };

export type BuildOptions = {
  /** ISO timestamp recorded as `generatedAt`; passed in so the stage stays pure and testable. */
  generatedAt: string;
  skippedFiles?: SkippedFile[];
};

export type BuildResult =
  { ok: true; dataset: Dataset; texts: ArticleText[] } | { ok: false; errors: PageError[] };

/**
 * Seed pages -> the dataset and the article texts. Every page that cannot be read at all is reported
 * (all of them, not just the first) and nothing is built; recoverable problems become page warnings.
 * The result is validated against the shared schema, so a contract break fails here, not in a browser.
 */
export function buildDataset(seeds: readonly SeedFile[], options: BuildOptions): BuildResult {
  const errors: PageError[] = [];
  const pages: Page[] = [];
  const articles: ArticleSummary[] = [];
  const texts: ArticleText[] = [];
  const sorted = [...seeds].sort((a, b) => compareNames(a.file, b.file));

  for (const seed of sorted) {
    const parsed = parsePage(seed.bytes);
    if (!parsed.ok) {
      errors.push({ file: seed.file, reason: parsed.reason });
      continue;
    }
    const page: Page = {
      file: seed.file,
      format: parsed.format,
      digest: sha256Hex(seed.bytes),
      articleIds: [],
      warnings: [...parsed.warnings],
    };
    const seen = new Map<string, number>();
    for (const a of parsed.articles) {
      const id = articleId(seed.file, a.headline, a.text);
      const first = seen.get(id);
      if (first !== undefined) {
        page.warnings.push({
          line: null,
          message: `article ${a.index} ("${a.headline}") repeats article ${first} word for word; kept once`,
        });
        continue;
      }
      seen.set(id, a.index);
      page.articleIds.push(id);
      const { text, ...rest } = a;
      articles.push({ id, file: seed.file, ...rest, textLength: text.length });
      texts.push(ArticleTextSchema.parse({ id, text }));
    }
    pages.push(page);
  }
  if (errors.length > 0) return { ok: false, errors };

  const result = DatasetSchema.safeParse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: options.generatedAt,
    inputDigest: inputDigest(sorted),
    pages,
    articles,
    skippedFiles: options.skippedFiles ?? [],
  });
  if (!result.success) {
    throw new Error(`the built dataset breaks the schema: ${result.error.message}`);
  }
  return { ok: true, dataset: result.data, texts };
}

export function formatPageError(error: PageError): string {
  return `${error.file}: cannot be parsed: ${error.reason}`;
}
