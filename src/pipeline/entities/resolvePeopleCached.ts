import type { PersonMention } from './findPeople.ts';
import { resolvePeople, type ArticleMentions } from './resolvePeople.ts';

type Resolution = ReturnType<typeof resolvePeople>;

/** The last resolution, and what it was made from. One slot: a dev server rebuilds one folder. */
let last: { input: ArticleMentions[]; output: Resolution } | null = null;

/**
 * resolvePeople, reusing the previous call's result when the mentions are the same ones in the same
 * articles in the same order: resolution reads the mentions' names, titles and evidence and how they
 * group into articles, never the article ids, which only key the result (a changed headline gives its
 * article a new id). That is what a rebuild after an edit that adds or drops no name asks for; anything
 * else is resolved afresh. Article ids in `input` are unique, as the pipeline makes them.
 */
export function resolvePeopleCached(input: ArticleMentions[]): Resolution {
  if (last && sameMentions(last.input, input)) {
    const previous = last;
    const personIds = new Map(
      input.map((a, i) => [a.articleId, previous.output.personIds.get(previous.input[i]!.articleId)!]),
    );
    last = { input, output: { people: previous.output.people, personIds } };
    return last.output;
  }
  const output = resolvePeople(input);
  last = { input, output };
  return output;
}

function sameMentions(a: readonly ArticleMentions[], b: readonly ArticleMentions[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!.mentions;
    const y = b[i]!.mentions;
    if (x === y) continue;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j += 1) if (!sameMention(x[j]!, y[j]!)) return false;
  }
  return true;
}

/** Equal in everything resolvePeople reads (offsets it does not read). */
function sameMention(x: PersonMention, y: PersonMention): boolean {
  return (
    x.text === y.text &&
    x.given === y.given &&
    x.family === y.family &&
    x.title === y.title &&
    x.evidence === y.evidence
  );
}
