import type { ArticleCopy, ArticleSummary, ArticleText, Page } from '../../shared/schema.ts';

/** Bodies shorter than this (letters and digits, after normalising) are never matched by text alone. */
export const MIN_MATCHED_BODY = 100;

/** Query parameters that track a reader rather than name a page. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$/i;

/** The build's pages, articles, texts and analysis inputs, in build order (not changed here). */
type MatchKey = { key: string; sameBy: ArticleCopy['sameBy'] };

/**
 * Keys by article object: a rebuild hands out the same (never changed) article objects for pages that
 * did not change, so their text is not normalised again. An article's id digests its text, and the
 * object holds its url, so the keys cannot go stale.
 */
const keysMemo = new WeakMap<ArticleSummary, MatchKey[]>();

export type DuplicateInput<I extends { id: string }> = {
  pages: Page[];
  articles: ArticleSummary[];
  texts: ArticleText[];
  inputs: I[];
};

export type MergedArticles<I extends { id: string }> = DuplicateInput<I> & {
  /** Each article not kept, by id: the article kept in its place. */
  mergedInto: Map<string, string>;
};

/**
 * The same article captured more than once (a web page and a feed item, two saves of one story, the
 * same related story on two aggregator pages) -> one article. Two articles are the same when their
 * addresses are the same (scheme, `www.`, fragment, trailing slash and tracking parameters aside) or
 * their bodies are the same letters and digits (at least MIN_MATCHED_BODY of them). The copy with
 * the longest text is kept (the first in build order on a tie) and lists the others in `copies`; the
 * others leave `articles`, `texts`, `inputs` and their page's `articleIds`, and their page gets one
 * warning naming where each is listed. Pure; objects not affected are passed through as they are.
 */
export function mergeDuplicateArticles<I extends { id: string }>(
  input: DuplicateInput<I>,
): MergedArticles<I> {
  const textOf = new Map(input.texts.map((t) => [t.id, t.text]));
  const groups: { members: number[]; sameBy: (ArticleCopy['sameBy'] | null)[] }[] = [];
  const groupOfKey = new Map<string, number>();
  input.articles.forEach((article, i) => {
    let keys = keysMemo.get(article);
    if (!keys) keysMemo.set(article, (keys = matchKeys(article, textOf.get(article.id) ?? '')));
    const hit = keys.find((k) => groupOfKey.has(k.key));
    const g = hit ? groupOfKey.get(hit.key)! : groups.push({ members: [], sameBy: [] }) - 1;
    groups[g]!.members.push(i);
    groups[g]!.sameBy.push(hit ? hit.sameBy : null);
    for (const k of keys) if (!groupOfKey.has(k.key)) groupOfKey.set(k.key, g);
  });

  const mergedInto = new Map<string, string>();
  const how = new Map<string, ArticleCopy['sameBy']>();
  const copiesOf = new Map<number, ArticleCopy[]>();
  for (const { members, sameBy } of groups) {
    if (members.length < 2) continue;
    const kept = longest(members, input.articles);
    const copies: ArticleCopy[] = [];
    members.forEach((m, j) => {
      if (m === kept) return;
      const a = input.articles[m]!;
      // The first member joined no one; it is matched to the kept copy the way the kept one joined it.
      const by = sameBy[j] ?? sameBy[members.indexOf(kept)] ?? 'text';
      copies.push({ file: a.file, outlet: a.outlet, headline: a.headline, url: a.url, sameBy: by });
      mergedInto.set(a.id, input.articles[kept]!.id);
      how.set(a.id, by);
    });
    copiesOf.set(kept, copies);
  }
  if (mergedInto.size === 0) return { ...input, mergedInto };

  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const articles = input.articles.flatMap((a, i) => {
    if (mergedInto.has(a.id)) return [];
    const copies = copiesOf.get(i);
    return [copies ? { ...a, copies } : a];
  });
  const pages = input.pages.map((page) => {
    const gone = page.articleIds.filter((id) => mergedInto.has(id));
    if (gone.length === 0) return page;
    const listed = gone.map((id) => {
      const a = byId.get(id)!;
      const k = byId.get(mergedInto.get(id)!)!;
      const where = k.file === page.file ? 'this page' : k.file;
      const same = how.get(id) === 'url' ? 'same address' : 'same text';
      return `article ${a.index} ("${clip(a.headline)}") is article ${k.index} of ${where} (${same})`;
    });
    const shown = listed.slice(0, 3).join('; ');
    const more = listed.length > 3 ? `; and ${listed.length - 3} more` : '';
    const message = `${gone.length} ${gone.length === 1 ? 'article is a copy' : 'articles are copies'}, listed once under the other capture: ${shown}${more}`;
    return {
      ...page,
      articleIds: page.articleIds.filter((id) => !mergedInto.has(id)),
      warnings: [...page.warnings, { line: null, message }],
    };
  });
  return {
    pages,
    articles,
    texts: input.texts.filter((t) => !mergedInto.has(t.id)),
    inputs: input.inputs.filter((x) => !mergedInto.has(x.id)),
    mergedInto,
  };
}

/** The keys an article is matched by: its normalised address, its normalised body. */
export function matchKeys(article: Pick<ArticleSummary, 'url'>, text: string): MatchKey[] {
  const keys: MatchKey[] = [];
  const url = article.url ? normaliseUrl(article.url) : null;
  if (url) keys.push({ key: `url ${url}`, sameBy: 'url' });
  const body = normaliseBody(text);
  if (body.length >= MIN_MATCHED_BODY) keys.push({ key: `text ${body}`, sameBy: 'text' });
  return keys;
}

/** host + path + query, without scheme, `www.`, fragment, trailing slash or tracking parameters. */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${url.hostname.replace(/^www\./, '')}${path}${query}`;
}

/** Letters and digits, lower-cased, runs of anything else as one space. */
export function normaliseBody(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function longest(members: number[], articles: readonly ArticleSummary[]): number {
  let best = members[0]!;
  for (const m of members) if (articles[m]!.textLength > articles[best]!.textLength) best = m;
  return best;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
