/** Test support: a small dataset shaped like the pipeline's, with one hostile string in every field. */
import { SCHEMA_VERSION, type ArticleSummary, type Dataset, type TimelineEvent } from '../shared/schema.ts';

export const HOSTILE = `<script>alert("x")</script> & "onerror=alert(1) 'q'`;

export function makeArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id: 'a1',
    file: '000_page.txt',
    index: 0,
    role: 'main',
    outlet: 'Thomson Reuters',
    syndicatedFrom: null,
    headline: 'Trump, Putin talk',
    ageText: null,
    copyrightYear: 2025,
    pageOffset: 0,
    publishedOn: null,
    publishedOnEvidence: [],
    modifiedOn: null,
    url: null,
    authors: [],
    language: null,
    textLength: 500,
    ...overrides,
  };
}

export function makeEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: '2025-07-03-putin-and-trump-speak-by-phone',
    title: 'Putin and Trump speak by phone',
    type: 'call',
    status: 'happened',
    date: { start: '2025-07-03', precision: 'day', label: 'Thu 3 Jul 2025' },
    people: ['vladimir-putin', 'donald-trump'],
    countries: ['UA', 'US'],
    sources: [
      {
        articleId: 'a1',
        quote: 'Trump pushed for a halt in a Thursday phone call with Putin.',
        start: 100,
        end: 160,
        dateText: 'Thursday',
        dateStart: 128,
        dateEnd: 136,
        dateNote: "'Thursday' in text dated Fri 4 Jul 2025 → Thu 3 Jul 2025",
      },
    ],
    warnings: [],
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2025-07-05T10:00:00.000Z',
    inputDigest: '0'.repeat(64),
    pages: [
      {
        file: '000_page.txt',
        format: 'aggregator',
        digest: '1'.repeat(64),
        articleIds: ['a1', 'a2'],
        warnings: [{ line: 12, message: 'a line outside any article' }],
        capturedOn: '2025-07-04',
        evidence: ['Captured on Fri 4 Jul 2025.'],
      },
    ],
    articles: [makeArticle(), makeArticle({ id: 'a2', outlet: null, index: 1, role: 'related' })],
    events: [makeEvent()],
    people: [
      {
        id: 'donald-trump',
        name: 'Donald Trump',
        aliases: [],
        country: null,
        countryClues: [],
        countryNote: '',
      },
      {
        id: 'vladimir-putin',
        name: 'Vladimir Putin',
        aliases: [],
        country: null,
        countryClues: [],
        countryNote: '',
      },
    ],
    countries: [
      { id: 'UA', name: 'Ukraine' },
      { id: 'US', name: 'United States' },
    ],
    aliases: [],
    skippedFiles: [],
    ...overrides,
  };
}

/** index.html as `vite build` writes it: hashed script and style tags, an empty root. */
export const BUILT_INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="What happened when &amp; who reported it."
    />
    <link rel="icon" href="/timeline/favicon.svg" type="image/svg+xml" />
    <title>News timeline</title>
    <script type="module" crossorigin src="/timeline/assets/index-AbC123.js"></script>
    <link rel="stylesheet" crossorigin href="/timeline/assets/index-XyZ789.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
