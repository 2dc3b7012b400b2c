/**
 * Bad pages that must build: each row names the articles that must survive (headlines, verbatim body
 * pieces) and the warnings that must say what was skipped.
 */
import {
  bytes,
  file,
  fiveMegabyteLine,
  page,
  relatedBlock,
  tenThousandLines,
  utf16,
  type BadPageCase,
} from './badPagesCorpus.ts';

const HEAD = 'Parliament passes budget';
const BODY = 'The parliament passed the budget on July 3, 2025 after a long debate.';
const simple = page(HEAD, [BODY]);

const blocks = Array.from({ length: 400 }, (_, i) => relatedBlock(`Outlet ${i}`, `Story ${i}`, `Body ${i}.`));

export const PAGE_CASES: BadPageCase[] = [
  {
    name: 'UTF-8 with BOM',
    entries: [file('bom8.txt', bytes([0xef, 0xbb, 0xbf], simple))],
    outcome: 'builds',
    pages: [{ file: 'bom8.txt', headlines: [HEAD], bodyIncludes: [BODY] }],
  },
  {
    name: 'UTF-16 LE with BOM and CRLF',
    entries: [
      file(
        'utf16le.txt',
        utf16(page('Київ – talks resume', ['Переговори 🇺🇦 resumed on July 3, 2025.'], '\r\n'), 'le'),
      ),
    ],
    outcome: 'builds',
    pages: [{ file: 'utf16le.txt', headlines: ['Київ – talks resume'], bodyIncludes: ['Переговори 🇺🇦'] }],
  },
  {
    name: 'UTF-16 BE with BOM',
    entries: [
      file('utf16be.txt', utf16(page('東京で会談', ['首脳は2025年7月3日に会談した。 Talks 😀 held.']), 'be')),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'utf16be.txt',
        headlines: ['東京で会談'],
        bodyIncludes: ['首脳は2025年7月3日に会談した。 Talks 😀 held.'],
      },
    ],
  },
  {
    name: 'CRLF line endings',
    entries: [
      file(
        'crlf.txt',
        page(HEAD, [BODY, 'Second line.'], '\r\n', [relatedBlock('Planet', 'Story', 'Body.')]),
      ),
    ],
    outcome: 'builds',
    pages: [{ file: 'crlf.txt', headlines: [HEAD, 'Story'], bodyIncludes: [`${BODY}\nSecond line.`] }],
  },
  {
    name: 'lone CR line endings',
    entries: [file('cr.txt', page(HEAD, [BODY, 'Second line.'], '\r'))],
    outcome: 'builds',
    pages: [{ file: 'cr.txt', headlines: [HEAD], bodyIncludes: [`${BODY}\nSecond line.`] }],
  },
  {
    name: 'Unicode line separators',
    entries: [file('u2028.txt', page(HEAD, [BODY], '\u2028'))],
    outcome: 'builds',
    pages: [{ file: 'u2028.txt', headlines: [HEAD], bodyIncludes: [BODY] }],
  },
  {
    name: 'BOM in the middle (two files joined)',
    entries: [file('joined.txt', `\uFEFF${HEAD}\n${BODY}\n\uFEFFSecond part.`)],
    outcome: 'builds',
    pages: [{ file: 'joined.txt', headlines: [HEAD], bodyIncludes: [`${BODY}\nSecond part.`] }],
  },
  {
    name: 'a 5 MB single line',
    entries: [file('huge-line.txt', fiveMegabyteLine())],
    outcome: 'builds',
    pages: [
      {
        file: 'huge-line.txt',
        warnings: [
          /the main article has no body/,
          /the headline is \d{7} characters long: the page may have lost its line breaks/,
        ],
      },
    ],
  },
  {
    name: 'a 10,000-line page',
    entries: [file('long.txt', tenThousandLines())],
    outcome: 'builds',
    pages: [{ file: 'long.txt', headlines: ['A very long page'], bodyIncludes: ['line 9999 of notes.'] }],
  },
  {
    name: 'a very long headline',
    entries: [file('long-head.txt', page('Long '.repeat(200).trim(), [BODY]))],
    outcome: 'builds',
    pages: [
      {
        file: 'long-head.txt',
        headlines: ['Long '.repeat(200).trim()],
        warnings: [/the headline is 999 characters long/],
      },
    ],
  },
  {
    name: 'a headline with no body',
    entries: [file('no-body.txt', `${HEAD}\n\n`)],
    outcome: 'builds',
    pages: [{ file: 'no-body.txt', headlines: [HEAD], warnings: [/the main article has no body/] }],
  },
  {
    name: 'related block cut off after its outlet line',
    entries: [file('cut-outlet.txt', page(HEAD, [BODY], '\n', [['Daily Planet']]))],
    outcome: 'builds',
    pages: [
      {
        file: 'cut-outlet.txt',
        headlines: [HEAD],
        warnings: [/unrecognised line outside any article, skipped: "Daily Planet"/],
      },
    ],
  },
  {
    name: 'related block cut off after its "- Outlet" line',
    entries: [
      file('cut-dash.txt', page(HEAD, [BODY], '\n', [['Daily Planet', '5 minutes ago', '- Daily Planet']])),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'cut-dash.txt',
        headlines: [HEAD],
        warnings: [/related block from "Daily Planet" is cut off before its headline; skipped/],
      },
    ],
  },
  {
    name: 'related headline with no body',
    entries: [
      file('rel-nobody.txt', page(HEAD, [BODY], '\n', [relatedBlock('Planet', 'Lonely headline', '')])),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'rel-nobody.txt',
        headlines: [HEAD, 'Lonely headline'],
        warnings: [/related article "Lonely headline" has no body/],
      },
    ],
  },
  {
    name: 'the same related story twice',
    entries: [
      file(
        'rel-twice.txt',
        page(HEAD, [BODY], '\n', [
          relatedBlock('Planet', 'Twice', 'Same.'),
          relatedBlock('Planet', 'Twice', 'Same.'),
        ]),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'rel-twice.txt',
        headlines: [HEAD, 'Twice'],
        warnings: [/article 2 \("Twice"\) repeats article 1 word for word; kept once/],
      },
    ],
  },
  {
    name: 'the same page under two names',
    entries: [file('001_copy a.txt', simple), file('002_copy b.txt', simple)],
    outcome: 'builds',
    pages: [
      { file: '001_copy a.txt', headlines: [HEAD] },
      { file: '002_copy b.txt', headlines: [HEAD] },
    ],
  },
  {
    name: '400 related blocks',
    entries: [file('many-blocks.txt', page(HEAD, [BODY], '\n', blocks))],
    outcome: 'builds',
    pages: [{ file: 'many-blocks.txt', headlines: [HEAD, 'Story 0', 'Story 399'] }],
  },
];
