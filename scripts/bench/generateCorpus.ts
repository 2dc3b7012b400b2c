/**
 * Synthetic page corpora in the seed format (README "For editors"), deterministic from a seed number:
 * a main article with dated event sentences and a copyright line, aggregator chrome, then 2–4 related
 * blocks ("Outlet / 32 minutes ago / - Outlet / Headline / Body"). People come from a pool of 2,000
 * generated names (no real person), countries from a list. Every page states its capture day the way
 * real pages do: a wire dateline ("BERLIN, July 23 (Reuters) -") with the copyright year, or a weekday
 * with a date ("on Friday, July 4") plus a fresh related item reporting that weekday.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  addDays,
  futureDate,
  headlineFor,
  int,
  monthDay,
  pastDate,
  pastEvent,
  pick,
  pickCountries,
  plannedEvent,
  undated,
  weekdayOf,
  type Cast,
  type Person,
  type Rng,
} from './corpusSentences.ts';
import {
  COUNTRIES,
  FAMILY_ENDINGS,
  FAMILY_SYLLABLES,
  GIVEN_ENDINGS,
  GIVEN_SYLLABLES,
  OUTLETS,
  TITLES,
} from './corpusWords.ts';

export type CorpusOptions = {
  /** PRNG seed: the same seed and page count give the same bytes. */
  seed: number;
  pages: number;
  /** First capture day (UTC, yyyy-MM-dd); pages are spread over `spanDays` after it. */
  firstDay?: string;
  spanDays?: number;
  /** Size of the people pool. */
  people?: number;
};

export type CorpusPage = { file: string; text: string };

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; no Math.random anywhere in the generator. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `n` people with distinct family names built from syllables, each with a title and a country. */
export function makePeople(rng: Rng, n: number): Person[] {
  const people: Person[] = [];
  const families = new Set<string>();
  while (people.length < n) {
    const syllables = int(rng, 2, 3);
    let family = '';
    for (let i = 0; i < syllables; i += 1) family += pick(rng, FAMILY_SYLLABLES);
    family = cap(family + pick(rng, FAMILY_ENDINGS));
    if (families.has(family)) continue;
    families.add(family);
    const given = cap(pick(rng, GIVEN_SYLLABLES) + pick(rng, GIVEN_SYLLABLES) + pick(rng, GIVEN_ENDINGS));
    const honorific = rng() < 0.6 ? 'Mr' : 'Ms';
    people.push({ given, family, honorific, title: pick(rng, TITLES), country: pick(rng, COUNTRIES) });
  }
  return people;
}

/** Skewed towards the head of the pool, as news is: a few people recur often, most rarely. */
function pickPerson(rng: Rng, pool: Person[]): Person {
  return pool[Math.floor(pool.length * rng() ** 2.2)]!;
}

function namer(): (p: Person) => string {
  const seen = new Set<Person>();
  return (p) => {
    if (seen.has(p)) return `${p.honorific} ${p.family}`;
    seen.add(p);
    return `${p.country.demonym} ${p.title} ${p.given} ${p.family}`;
  };
}

function castFor(rng: Rng, pool: Person[], name = namer()): Cast {
  const a = pickPerson(rng, pool);
  let b = pickPerson(rng, pool);
  while (b === a) b = pickPerson(rng, pool);
  const [c1, c2] = pickCountries(rng);
  return { a, b, c1, c2, name, rng };
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 1) s += Math.floor(rng() * 16).toString(16);
  return s;
}

const CHROME =
  'Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\nRelated Articles\n\n';

type PageContext = { rng: Rng; pool: Person[]; captured: Date; withDateline: boolean };

/** The main article: headline, 8–12 paragraphs (most with one dated event), copyright line. */
function mainArticle({ rng, pool, captured, withDateline }: PageContext): string {
  const name = namer();
  const story = castFor(rng, pool, name);
  const outlet = withDateline
    ? pick(
        rng,
        OUTLETS.filter((o) => o.agency),
      )
    : pick(rng, OUTLETS);
  const uk = rng() < 0.5;
  const lines: string[] = [];
  if (withDateline) {
    const where = story.c1.city.toUpperCase();
    const first = pastEvent(story, pastDate(rng, captured, uk, false));
    lines.push(`${where}, ${monthDay(captured, false)} (${outlet.agency}) - ${first}`);
  } else {
    // A weekday with the date: the pipeline pairs it with the fresh item's weekday.
    const law = pick(rng, ['a budget package', 'a new security law']);
    const when = `${weekdayOf(captured)}, ${monthDay(captured, false)}`;
    lines.push(`${name(story.a)} signed ${law} into law on ${when}, one day after lawmakers approved it.`);
  }
  const paragraphs = int(rng, 8, 12);
  for (let i = 0; i < paragraphs; i += 1) {
    const c = rng() < 0.7 ? story : castFor(rng, pool, name);
    const r = rng();
    if (r < 0.72) lines.push(pastEvent(c, pastDate(rng, captured, uk, withDateline)));
    else if (r < 0.8) lines.push(plannedEvent(c, futureDate(rng, captured, uk)));
    else lines.push(undated(c));
    if (rng() < 0.35) lines[lines.length - 1] += ` ${undated(c)}`;
  }
  return `\n${headlineFor(story)}\n${lines.join('\n')}\n© ${outlet.holder} ${captured.getUTCFullYear()}.\n\n`;
}

/** One related block. A fresh one (minutes or hours old) may report the capture weekday. */
function relatedBlock(ctx: PageContext, fresh: boolean, statesWeekday: boolean): string {
  const { rng, pool, captured } = ctx;
  const outlet = pick(rng, OUTLETS);
  const days = fresh ? 0 : int(rng, 1, 4);
  const age = fresh
    ? pick(rng, [`${int(rng, 2, 59)} minutes ago`, 'an hour ago', `${int(rng, 2, 5)} hours ago`])
    : days === 1
      ? 'a day ago'
      : `${days} days ago`;
  const dct = addDays(captured, -days);
  const c = castFor(rng, pool);
  const uk = rng() < 0.5;
  const body: string[] = [];
  if (statesWeekday) {
    body.push(
      `${c.name(c.a)} said on ${weekdayOf(captured)} that ${c.c1.name} had responded to the proposal in a positive spirit.`,
    );
  }
  const events = int(rng, 1, 3);
  for (let i = 0; i < events; i += 1) body.push(pastEvent(c, pastDate(rng, dct, uk, false)));
  body.push(undated(c));
  return `${outlet.name}\n${age}\n- ${outlet.name}\n${headlineFor(c)}\n${body.join(' ')}\n\n\n`;
}

/** Page `index` of a corpus; its own PRNG stream keeps pages independent of each other's length. */
export function generatePage(options: CorpusOptions, index: number, pool: Person[]): CorpusPage {
  const rng = makeRng((options.seed * 1_000_003 + index * 7919) >>> 0);
  const first = Date.parse(`${options.firstDay ?? '2020-01-06'}T00:00:00Z`);
  const span = options.spanDays ?? 2000;
  const offset = Math.floor((index * span) / Math.max(1, options.pages)) + int(rng, 0, 2);
  const captured = new Date(first + offset * 86_400_000);
  const ctx: PageContext = { rng, pool, captured, withDateline: rng() < 0.6 };
  let text = mainArticle(ctx) + CHROME;
  const blocks = int(rng, 2, 4);
  for (let i = 0; i < blocks; i += 1) {
    const fresh = i === 0 || rng() < 0.4;
    text += relatedBlock(ctx, fresh, fresh && i === 0 && !ctx.withDateline);
  }
  const file = `${String(index).padStart(5, '0')}_${hex(rng, 16)}.txt`;
  return { file, text };
}

/** Every page of a corpus, in file-name order. Pure and deterministic. */
export function generatePages(options: CorpusOptions): CorpusPage[] {
  const pool = makePeople(makeRng(options.seed ^ 0x5eed), options.people ?? 2000);
  return Array.from({ length: options.pages }, (_, i) => generatePage(options, i, pool));
}

/** Writes a corpus into `dir` (created); returns the page count and total UTF-8 bytes. */
export async function writeCorpus(
  dir: string,
  options: CorpusOptions,
): Promise<{ pages: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const page of generatePages(options)) {
    const data = Buffer.from(page.text, 'utf8');
    bytes += data.length;
    await writeFile(path.join(dir, page.file), data);
  }
  return { pages: options.pages, bytes };
}
