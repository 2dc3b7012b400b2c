import type { PersonMention } from './findPeople.ts';
import { nameKey, skeletonKey as skeletonKeyNow, slugify } from './nameKey.ts';

export type Person = { id: string; name: string; aliases: string[] };
export type ArticleMentions = { articleId: string; mentions: PersonMention[] };

type Ref = { article: number; index: number; mention: PersonMention };
type Cluster = {
  /** Name keys of the two parts of the full name, in the order first seen. */
  keys: [string, string];
  givenSkeleton: string;
  refs: Ref[];
  articles: Set<number>;
};

/**
 * Canonical people across articles. Full names ("Vladimir Putin", "Russian President Vladimir Putin") group
 * by transliteration-tolerant keys of both parts in either order ("Zelensky"/"Zelenskyy", "Shigeru
 * Ishiba"/"Ishiba Shigeru"); a given name with a different key but the same family is another person
 * ("Donald Trump", "Melania Trump"). A given-name form ("Sir Keir") joins the one full name with that given
 * name, in its article first. A bare surname ("Mr Putin", "Ushakov said") joins the one person with that
 * surname in its article, else the one across all articles; when two people share it, it stays null. A
 * surname with no full name anywhere is kept as a person named by the surname only if some mention of it
 * has a title or honorific or is attributed speech; a given name with no full name anywhere is kept as
 * "Title Given" ("Sir Keir", "King Charles"). `personIds.get(articleId)[i]` is the id for `mentions[i]`.
 */
export function resolvePeople(input: ArticleMentions[]): {
  people: Person[];
  personIds: Map<string, (string | null)[]>;
} {
  const refs = input.flatMap((a, article) =>
    a.mentions.map((mention, index) => ({ article, index, mention })),
  );
  const clusters: Cluster[] = [];
  const owner = new Map<Ref, Cluster>();
  // Indexes standing in for "the first cluster that matches" (sameFullName), so that resolution stays
  // near-linear in the number of mentions: each map keeps the earliest cluster for its key.
  const created = new Map<Cluster, number>();
  const byKeys = new Map<string, Cluster>();
  const byFamilySkeleton = new Map<string, Cluster>();
  const byReversedSkeletons = new Map<string, Cluster>();
  const remember = <K>(map: Map<K, Cluster>, key: K, c: Cluster) => {
    if (!map.has(key)) map.set(key, c);
  };

  for (const ref of refs) {
    const { given, family } = ref.mention;
    if (!given || !family) continue;
    const g = nameKey(given);
    const f = nameKey(family);
    const gs = skeletonKey(given);
    const fs = skeletonKey(family);
    const candidates = [
      byKeys.get(`${g}|${f}`),
      gs.length > 1 ? byFamilySkeleton.get(`${f}|${gs}`) : undefined,
      byKeys.get(`${f}|${g}`),
      byReversedSkeletons.get(`${f}|${gs}|${fs}`),
    ].filter((c): c is Cluster => c !== undefined);
    const found = candidates.sort((x, y) => (created.get(x) ?? 0) - (created.get(y) ?? 0))[0];
    const cluster = found ?? { keys: [g, f], givenSkeleton: gs, refs: [], articles: new Set() };
    if (!found) {
      created.set(cluster, clusters.length);
      clusters.push(cluster);
      remember(byKeys, `${g}|${f}`, cluster);
      remember(byFamilySkeleton, `${f}|${gs}`, cluster);
      remember(byReversedSkeletons, `${g}|${skeletonKey(cluster.keys[1])}|${gs}`, cluster);
    }
    cluster.refs.push(ref);
    cluster.articles.add(ref.article);
    owner.set(ref, cluster);
  }

  // Given-name forms, then bare surnames: same article first, then unambiguous across articles.
  // A cluster's given/family order only firms up as matching bare surnames join it, except after a
  // reversed-order match, which re-indexes that cluster.
  const byFamily = new Map<string, Cluster[]>();
  const byGiven = new Map<string, Cluster[]>();
  const byFirst = new Map<string, Cluster[]>();
  const add = (map: Map<string, Cluster[]>, key: string, c: Cluster) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  const order = new Map<Cluster, [string, string]>();
  const index = (c: Cluster) => {
    const [givenKey, familyKey] = orderOf(c);
    order.set(c, [givenKey, familyKey]);
    add(byGiven, givenKey, c);
    add(byFamily, familyKey, c);
  };
  const unindex = (c: Cluster) => {
    const [givenKey, familyKey] = order.get(c) ?? ['', ''];
    byGiven.set(
      givenKey,
      (byGiven.get(givenKey) ?? []).filter((x) => x !== c),
    );
    byFamily.set(
      familyKey,
      (byFamily.get(familyKey) ?? []).filter((x) => x !== c),
    );
  };
  for (const c of clusters) {
    index(c);
    add(byFirst, c.keys[0], c);
  }
  const inCreationOrder = (cs: Cluster[]) =>
    cs.length < 2 ? [...cs] : [...cs].sort((x, y) => (created.get(x) ?? 0) - (created.get(y) ?? 0));

  const partial = refs.filter((r) => !owner.has(r));
  const unresolved = new Map<string, Ref[]>();
  for (const ref of partial) {
    const { given, family } = ref.mention;
    const key = nameKey(family ?? given ?? '');
    const global = inCreationOrder((family ? byFamily : byGiven).get(key) ?? []);
    const local = global.filter((c) => c.articles.has(ref.article));
    const pick = local.length > 0 ? local : global;
    // A reversed-order full name ("Ishiba Shigeru") may be referred to by its first part alone.
    const swapped = pick.length === 0 && family ? (byFirst.get(key) ?? []) : [];
    const choice = pick.length === 1 ? pick[0] : swapped.length === 1 ? swapped[0] : undefined;
    if (choice) {
      choice.refs.push(ref);
      owner.set(ref, choice);
      if (pick.length !== 1) {
        unindex(choice);
        index(choice);
      }
    } else if (pick.length === 0 && swapped.length === 0) {
      const group = `${family ? 'f' : 'g'}:${key}`;
      unresolved.set(group, [...(unresolved.get(group) ?? []), ref]);
    }
  }

  const people: { person: Person; refs: Ref[] }[] = clusters.map((c) => ({
    person: describe(c),
    refs: c.refs,
  }));
  for (const [group, groupRefs] of unresolved) {
    const person = describeLone(group.startsWith('g:'), groupRefs);
    if (person) people.push({ person, refs: groupRefs });
  }
  return assignIds(input, refs, people);
}

/**
 * Given and family keys of a cluster. Both orders may have been seen; the family is the part that also
 * occurs alone in its articles' bare mentions, else the order seen most often (first seen on a tie).
 */
function orderOf(c: Cluster): [string, string] {
  const [a, b] = c.keys;
  let forward = 0;
  for (const r of c.refs) {
    if (r.mention.given && r.mention.family) {
      forward += nameKey(r.mention.family) === b ? 1 : -1;
    } else if (r.mention.family) {
      forward += nameKey(r.mention.family) === b ? 10 : -10;
    }
  }
  return forward >= 0 ? [a, b] : [b, a];
}

function describe(c: Cluster): Person {
  const [givenKey] = orderOf(c);
  const counts = new Map<string, number>();
  for (const r of c.refs) {
    const { given, family } = r.mention;
    if (!given || !family) continue;
    const name = nameKey(given) === givenKey ? `${given} ${family}` : `${family} ${given}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const name = mostCommon(counts) ?? c.refs[0]?.mention.text ?? '';
  return { id: slugify(name), name, aliases: aliasesOf(c.refs, name) };
}

/** A person known only by a surname or by title and given name, when the evidence says it is a person. */
function describeLone(givenOnly: boolean, refs: Ref[]): Person | null {
  const strong = refs.some((r) => r.mention.title !== null || r.mention.evidence === 'speech');
  if (!strong) return null;
  const counts = new Map<string, number>();
  for (const r of refs) {
    const { given, family, title } = r.mention;
    const name = givenOnly ? `${title ?? ''} ${given ?? ''}`.trim() : (family ?? '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const name = mostCommon(counts) ?? '';
  return { id: slugify(name), name, aliases: aliasesOf(refs, name) };
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

function aliasesOf(refs: Ref[], name: string): string[] {
  const forms = new Set<string>();
  for (const r of refs) {
    const { given, family } = r.mention;
    forms.add(r.mention.text);
    if (family) forms.add([given, family].filter((p) => p !== null).join(' '));
  }
  forms.delete(name);
  return [...forms].sort();
}

/** Ids are slugs of the canonical names; a clash gets a numeric suffix in order of first mention. */
function assignIds(
  input: ArticleMentions[],
  refs: Ref[],
  people: { person: Person; refs: Ref[] }[],
): { people: Person[]; personIds: Map<string, (string | null)[]> } {
  const position = new Map(refs.map((r, i) => [r, i]));
  const firstSeen = new Map(
    people.map((p) => [p, p.refs.reduce((min, r) => Math.min(min, position.get(r) ?? 0), Infinity)]),
  );
  const ordered = [...people].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
  const used = new Map<string, number>();
  const personIds = new Map(input.map((a) => [a.articleId, a.mentions.map((): string | null => null)]));
  for (const { person, refs: own } of ordered) {
    const n = (used.get(person.id) ?? 0) + 1;
    used.set(person.id, n);
    if (n > 1) person.id = `${person.id}-${n}`;
    for (const r of own) {
      const ids = personIds.get(input[r.article]?.articleId ?? '');
      if (ids) ids[r.index] = person.id;
    }
  }
  return { people: ordered.map((p) => p.person).sort((a, b) => a.id.localeCompare(b.id)), personIds };
}

const skeletons = new Map<string, string>();

/** skeletonKey, memoised: a rebuild asks again for the same few thousand names. */
function skeletonKey(name: string): string {
  let key = skeletons.get(name);
  if (key === undefined) {
    if (skeletons.size > 100_000) skeletons.clear();
    key = skeletonKeyNow(name);
    skeletons.set(name, key);
  }
  return key;
}
