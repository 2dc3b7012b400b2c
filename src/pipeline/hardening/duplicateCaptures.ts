/**
 * One story captured three times: a saved web page, the same story as an item of a feed in a
 * sub-folder (a shorter summary, its link with tracking parameters) and a second save of the page's
 * text under another address; beside them a page about something else.
 */
import { file, type CorpusEntry } from './badPagesCorpus.ts';

export const STORY_URL = 'https://news.example/2025/07/03/talks';
export const STORY_HEADLINE = 'Ministers agree to resume talks in Geneva';
const STORY = [
  'The ministers met in Vienna on July 3, 2025 and agreed to resume the talks next month in Geneva.',
  'Both delegations said the meeting had been useful, and officials will prepare the agenda.',
];

const html = (canonical: string, headline: string, paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>` +
  `<link rel="canonical" href="${canonical}"><meta property="og:site_name" content="News Example">` +
  `<meta property="article:published_time" content="2025-07-03T12:00:00Z"></head>` +
  `<body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title>
<link>https://wire.example/</link>
<item><title>${STORY_HEADLINE}</title><link>${STORY_URL}?utm_source=rss&amp;utm_medium=feed</link>
<description>The ministers agreed to resume the talks.</description><pubDate>Thu, 03 Jul 2025 12:00:00 GMT</pubDate></item>
<item><title>Harbour reopens after storm</title><link>https://wire.example/harbour</link>
<description>The harbour reopened on July 8, 2025 after the storm had passed.</description><pubDate>Tue, 08 Jul 2025 09:00:00 GMT</pubDate></item>
</channel></rss>`;

export const DUPLICATE_ENTRIES: CorpusEntry[] = [
  file('a_story.html', html(STORY_URL, STORY_HEADLINE, STORY)),
  file('b_story-again.html', html('https://mirror.example/talks', `${STORY_HEADLINE} (mirror)`, STORY)),
  { name: 'feeds', folder: [file('wire.rss', rss)] },
];
