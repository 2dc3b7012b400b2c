import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../pages/parsePage.ts';
import { parseAgeHours } from './captureClues.ts';
import { type CaptureInput, inferCaptureDate } from './inferCaptureDate.ts';
import { tagTimex } from './tagTimex.ts';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

function article(role: 'main' | 'related', text: string, extra: Partial<CaptureInput> = {}): CaptureInput {
  return { role, headline: 'Headline', text, ageText: null, copyrightYear: null, ...extra };
}

function seedArticles(prefix: string): CaptureInput[] {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  const page = parsePage(readFileSync(resolve(seedsDir, file)));
  if (!page.ok) throw new Error(page.reason);
  return page.articles;
}

describe('parseAgeHours', () => {
  it.each([
    ['32 minutes ago', 32 / 60],
    ['an hour ago', 1],
    ['2 hours ago', 2],
    ['3 days ago', 72],
    ['yesterday', 24],
    ['last updated', null],
    [null, null],
  ])('%s -> %s', (text, hours) => {
    expect(parseAgeHours(text)).toBe(hours);
  });
});

describe('inferCaptureDate on written pages', () => {
  it.each([
    {
      name: 'weekday stated with a date in a fresh item, year from the copyright line',
      articles: [
        article('main', 'Officials met in Rome to discuss the plan.', { copyrightYear: 2025 }),
        article(
          'related',
          'The president signed the bill at a ceremony on July 4. The president signed it on Friday after a long debate.',
          { ageText: '2 hours ago' },
        ),
      ],
      day: '2025-07-04',
    },
    {
      name: 'a fresh item names the next weekday after the paired date',
      articles: [
        article('main', 'Ministers met on Tuesday, March 4, to agree the budget.', { copyrightYear: 2025 }),
        article('related', 'The budget vote was held on Thursday.', { ageText: '20 minutes ago' }),
      ],
      day: '2025-03-06',
    },
    {
      name: 'a dateline in the main article',
      articles: [
        article('main', 'TOKYO, July 23 (Reuters) - Japan agreed a trade deal on Wednesday.', {
          copyrightYear: 2025,
        }),
      ],
      day: '2025-07-23',
    },
    {
      name: '"this year" compared with the same period of an explicit year fixes the year',
      articles: [
        article('main', 'Crossings reached 20,000 so far this year, up 52% on the same period in 2024.'),
        article(
          'related',
          'The ferry sank on Saturday, officials said. Rescuers said the ferry sank on 5 April.',
          { ageText: '1 hour ago' },
        ),
      ],
      day: '2025-04-05',
    },
  ])('$name', ({ articles, day }) => {
    const result = inferCaptureDate(articles);
    expect(result.capturedOn).toBe(day);
    expect(result.evidence.join(' ')).toMatch(/Captured on/);
  });

  it.each([
    {
      name: 'a weekday-date pair but no year',
      articles: [
        article('related', 'The bill was signed on July 4. He signed the bill on Friday.', {
          ageText: '2 hours ago',
        }),
      ],
      says: /nothing else on the page fixes the year/,
    },
    {
      name: 'a year and a weekday but no date tied to the weekday',
      articles: [
        article('main', 'A court ruled on 1 July.', { copyrightYear: 2025 }),
        article('related', 'The minister spoke on Friday.', { ageText: '10 minutes ago' }),
      ],
      says: /No capture day/,
    },
    {
      name: 'copyright years that disagree',
      articles: [
        article('main', 'Talks went on.', { copyrightYear: 2024 }),
        article('related', 'More talks.', { ageText: '5 minutes ago', copyrightYear: 2025 }),
      ],
      says: /disagree/,
    },
    {
      name: 'nothing dated at all',
      articles: [article('main', 'The council met and agreed the plan.')],
      says: /No capture day/,
    },
  ])('$name -> null', ({ articles, says }) => {
    const result = inferCaptureDate(articles);
    expect(result.capturedOn).toBeNull();
    expect(result.evidence.join(' ')).toMatch(says);
  });
});

describe('inferCaptureDate on the seed pages', () => {
  it('page 004: "on Friday" with "on July 4" and the 2025 copyright line -> 2025-07-04', () => {
    const result = inferCaptureDate(seedArticles('004_'));
    expect(result.capturedOn).toBe('2025-07-04');
    expect(result.evidence.join(' ')).toMatch(/July 4 was a Friday/);
    expect(result.evidence.join(' ')).toMatch(/copyright year 2025/);
  });

  it('page 000: year and weekday are fixed, no day is stated, so the recency rule sets it and says so', () => {
    const result = inferCaptureDate(seedArticles('000_'));
    expect(result.capturedOn).toBe('2025-07-04');
    const evidence = result.evidence.join(' ');
    expect(evidence).toMatch(/Year 2025: .*same period in 2024/);
    expect(evidence).toMatch(/Weekday Friday/);
    expect(evidence).toMatch(/On 1 July, a federal judge/);
    expect(result.assumption).toMatch(/at most 6 days old/);
  });

  it('page 004 needs no assumption: the day is stated', () => {
    expect(inferCaptureDate(seedArticles('004_')).assumption).toBeUndefined();
  });
});

describe('inferCaptureDate: the recency rule (rule 4)', () => {
  const fresh = (text: string) => article('related', text, { ageText: '40 minutes ago' });
  it.each([
    {
      name: 'first Friday on or after the latest date',
      articles: [
        fresh('Sales rose 5% so far this year, up on the same period in 2024.'),
        fresh('On 1 July, a judge ruled. On Friday, the minister said more.'),
      ],
      day: '2025-07-04',
    },
    {
      name: 'the latest date is itself the capture weekday',
      articles: [
        fresh('Sales rose so far this year, up on the same period in 2024.'),
        fresh('On 4 July, a judge ruled. On Friday, she said more.'),
      ],
      day: '2025-07-04',
    },
    {
      name: 'no year: nothing',
      articles: [fresh('On 1 July, a judge ruled. On Friday, the minister said more.')],
      day: null,
    },
    {
      name: 'no weekday: nothing',
      articles: [
        fresh('Sales rose so far this year, up on the same period in 2024.'),
        fresh('On 1 July, a judge ruled.'),
      ],
      day: null,
    },
  ])('$name', ({ articles, day }) => {
    const result = inferCaptureDate(articles);
    expect(result.capturedOn).toBe(day);
    expect(result.assumption !== undefined).toBe(day !== null);
  });

  it.each(['000_', '004_'])('every timex in seed %s quotes its text at its offsets', (prefix) => {
    for (const a of seedArticles(prefix)) {
      for (const dct of ['2025-07-04', null]) {
        for (const t of tagTimex(a.text, { dct })) {
          expect(a.text.slice(t.start, t.end)).toBe(t.text);
          expect(t.note.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
