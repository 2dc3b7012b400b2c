/**
 * Dated news sentences for the synthetic corpus, in the seeds' style ("On Tuesday, Mr X and French
 * President Y held a phone call", "Z struck three sites in W on June 22"). Every template carries an event
 * verb the pipeline's trigger lexicon knows, and one date expression handed in by the caller.
 */
import { COUNTRIES, FILLER, LAWS, MONTHS, TOPICS, WEEKDAYS, type Country } from './corpusWords.ts';

export type Rng = () => number;

export type Person = { given: string; family: string; title: string; country: Country; honorific: string };

/** Names a person: title and full name the first time in an article, "Mr Family" afterwards. */
export type Namer = (p: Person) => string;

export type Cast = { a: Person; b: Person; c1: Country; c2: Country; name: Namer; rng: Rng };

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const DAY_MS = 86_400_000;

export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

/** "June 22" (US style) or "22 June" (UK style). */
export function monthDay(day: Date, uk: boolean): string {
  const m = MONTHS[day.getUTCMonth()]!;
  return uk ? `${day.getUTCDate()} ${m}` : `${m} ${day.getUTCDate()}`;
}

export function weekdayOf(day: Date): string {
  return WEEKDAYS[day.getUTCDay()]!;
}

/**
 * A past date expression relative to `dct` (the article's publication day). Weekdays ("on Tuesday") and
 * "overnight"/"yesterday" only when `weekdays` allows it, because a fresh item's weekday names the capture
 * day and the capture inference must not be misled.
 */
export function pastDate(rng: Rng, dct: Date, uk: boolean, weekdays: boolean): string {
  const r = rng();
  if (weekdays && r < 0.22) return `on ${weekdayOf(addDays(dct, -int(rng, 1, 6)))}`;
  if (weekdays && r < 0.28) return pick(rng, ['overnight', 'yesterday']);
  if (r < 0.8) return `on ${monthDay(addDays(dct, -int(rng, 2, 75)), uk)}`;
  if (r < 0.88) return pick(rng, ['last month', 'earlier this month', 'last week']);
  const back = addDays(dct, -int(rng, 120, 1400));
  return `in ${MONTHS[back.getUTCMonth()]} ${back.getUTCFullYear()}`;
}

/** A future date expression (planned events): "next week", "on July 30". */
export function futureDate(rng: Rng, dct: Date, uk: boolean): string {
  if (rng() < 0.4) return pick(rng, ['next week', 'next month', 'later this month']);
  return `on ${monthDay(addDays(dct, int(rng, 3, 40)), uk)}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Template = (c: Cast, d: string) => string;

const PAST: Template[] = [
  (c, d) => `${cap(d)}, ${c.name(c.a)} and ${c.name(c.b)} held a phone call about ${pick(c.rng, TOPICS)}.`,
  (c, d) => `${c.c1.name} struck ${pick(c.rng, ['three', 'four', 'several'])} sites in ${c.c2.name} ${d}.`,
  (c, d) => `${c.name(c.a)} signed ${pick(c.rng, LAWS)} into law ${d}, one day after lawmakers approved it.`,
  (c, d) => `${c.name(c.a)} met ${c.name(c.b)} in ${c.c2.city} ${d} to discuss ${pick(c.rng, TOPICS)}.`,
  (c, d) => `${c.name(c.a)} resigned ${d} after weeks of pressure over ${pick(c.rng, TOPICS)}.`,
  (c, d) => `The supreme court in ${c.c1.city} ruled ${d} that the government had overstepped its powers.`,
  (c, d) => `${c.name(c.a)} announced ${d} that ${c.c1.name} would cut tariffs on goods from ${c.c2.name}.`,
  (c, d) => `${c.c1.name} and ${c.c2.name} agreed ${d} to extend the truce by ${int(c.rng, 10, 90)} days.`,
  (c, d) => `${c.name(c.a)} visited ${c.c2.city} ${d}, the first such trip in years.`,
  (c, d) => `Lawmakers in ${c.c1.name} approved ${pick(c.rng, LAWS)} ${d} by a narrow margin.`,
  (c, d) => `${c.c1.name} suspended arms deliveries to ${c.c2.name} ${d}, citing low stockpiles.`,
  (c, d) =>
    `At least ${int(c.rng, 3, 60)} people were killed ${d} when ${c.c1.demonym} forces shelled towns in ${c.c2.name}.`,
  (c, d) =>
    `${c.name(c.a)} spoke by phone with ${c.name(c.b)} ${d}, ${pick(c.rng, ['aides', 'officials'])} said.`,
];

const PLANNED: Template[] = [
  (c, d) => `${c.name(c.a)} will meet ${c.name(c.b)} in ${c.c1.city} ${d}.`,
  (c, d) => `${c.name(c.a)} is expected to visit ${c.c2.name} ${d} for talks on ${pick(c.rng, TOPICS)}.`,
];

const QUOTES: Template[] = [
  (c) => `'We are ready to talk, but not at any price,' ${c.name(c.a)} said.`,
  (c) => `${c.name(c.b)} said the two sides remained far apart on ${pick(c.rng, TOPICS)}.`,
];

/** One dated past event sentence. */
export function pastEvent(c: Cast, date: string): string {
  return pick(c.rng, PAST)(c, date);
}

export function plannedEvent(c: Cast, date: string): string {
  return pick(c.rng, PLANNED)(c, date);
}

/** A sentence without a date (no event): a quote or a filler line. */
export function undated(c: Cast): string {
  return c.rng() < 0.5 ? pick(c.rng, QUOTES)(c, '') : pick(c.rng, FILLER);
}

/** A headline naming the cast, without any date (headlines feed the capture-day inference too). */
export function headlineFor(c: Cast): string {
  const forms = [
    `${c.a.family} and ${c.b.family} discuss ${pick(c.rng, TOPICS)} in phone call, officials say`,
    `${c.c1.name} and ${c.c2.name} trade accusations as talks stall`,
    `${c.a.family} under pressure as ${c.c1.demonym} coalition wobbles`,
    `${c.c1.demonym} strikes on ${c.c2.name} draw condemnation`,
    `${c.a.family} vows to press on with ${pick(c.rng, TOPICS)}`,
  ];
  return pick(c.rng, forms);
}

export function pickCountries(rng: Rng): [Country, Country] {
  const c1 = pick(rng, COUNTRIES);
  let c2 = pick(rng, COUNTRIES);
  while (c2 === c1) c2 = pick(rng, COUNTRIES);
  return [c1, c2];
}
