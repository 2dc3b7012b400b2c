/**
 * Bad pages that must build, by what their text holds: markup, scripts in other directions, emoji,
 * invisible characters, dates that are dense or impossible, odd names and files that are not pages.
 */
import { bytes, file, hundredsOfDates, page, relatedBlock, type BadPageCase } from './badPagesCorpus.ts';

const HEAD = 'Parliament passes budget';
const BODY = 'The parliament passed the budget on July 3, 2025 after a long debate.';
const simple = page(HEAD, [BODY]);

export const TEXT_CASES: BadPageCase[] = [
  {
    name: 'HTML and <script> in headlines and bodies',
    entries: [
      file(
        'html.txt',
        page(
          '<script>alert(1)</script> Leaders <b>meet</b>',
          [
            '<img src=x onerror="alert(1)"> The leaders met on July 3, 2025 &amp; <a href="javascript:alert(1)">talked</a>.',
          ],
          '\n',
          [relatedBlock('Planet', '<iframe src=//evil></iframe>', '</textarea><svg onload=alert(1)> Body.')],
        ),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'html.txt',
        headlines: ['<script>alert(1)</script> Leaders <b>meet</b>', '<iframe src=//evil></iframe>'],
        bodyIncludes: [
          '<img src=x onerror="alert(1)"> The leaders met',
          '&amp; <a href="javascript:alert(1)">talked</a>',
          '</textarea><svg onload=alert(1)> Body.',
        ],
      },
    ],
  },
  {
    name: 'Arabic (right-to-left, with RLM marks)',
    entries: [
      file(
        'arabic.txt',
        page('\u200Fقمة القادة في القاهرة', ['التقى الزعيمان في القاهرة يوم 3 يوليو 2025. \u202Bنص\u202C']),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'arabic.txt',
        headlines: ['\u200Fقمة القادة في القاهرة'],
        bodyIncludes: ['التقى الزعيمان في القاهرة يوم 3 يوليو 2025. \u202Bنص\u202C'],
      },
    ],
  },
  {
    name: 'Hebrew with Latin dates',
    entries: [file('hebrew.txt', page('פגישה בירושלים', ['השרים נפגשו ב-July 3, 2025 בירושלים.']))],
    outcome: 'builds',
    pages: [
      {
        file: 'hebrew.txt',
        headlines: ['פגישה בירושלים'],
        bodyIncludes: ['השרים נפגשו ב-July 3, 2025 בירושלים.'],
      },
    ],
  },
  {
    name: 'Cyrillic and CJK',
    entries: [
      file(
        'cjk.txt',
        page('Встреча в Москве 北京会谈', [
          'Министры встретились 3 июля 2025 года. 两国领导人于2025年7月3日会面。',
        ]),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'cjk.txt',
        headlines: ['Встреча в Москве 北京会谈'],
        bodyIncludes: ['两国领导人于2025年7月3日会面。'],
      },
    ],
  },
  {
    name: 'hundreds of dates',
    entries: [file('dates.txt', hundredsOfDates())],
    outcome: 'builds',
    pages: [{ file: 'dates.txt', headlines: ['Three hundred meetings'] }],
  },
  {
    name: 'dates that do not exist',
    entries: [
      file(
        'impossible.txt',
        page('Vote held', [
          'The parliament voted on February 30, 2025 in Oslo.',
          'Talks began on 31 June 2025 in Rome.',
          'The minister resigned on 2025-02-29.',
        ]),
      ),
    ],
    outcome: 'builds',
    pages: [{ file: 'impossible.txt', headlines: ['Vote held'] }],
  },
  {
    name: 'emoji and surrogate pairs around dates',
    entries: [
      file(
        'emoji.txt',
        page('🔥 Parade 🎉', [
          '🎆On July 4, 2025🎆 the parade was held in Boston 🇺🇸.',
          '👩‍👩‍👧 families 😀met on 5 July 2025😀.',
        ]),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'emoji.txt',
        headlines: ['🔥 Parade 🎉'],
        bodyIncludes: ['🎆On July 4, 2025🎆', '👩‍👩‍👧 families'],
      },
    ],
  },
  {
    name: 'zero-width characters around lines',
    entries: [
      file(
        'zw.txt',
        [
          '\u200B' + HEAD + '\u200B',
          'The\u200B parliament\u2060 met on July 3, 2025.',
          '\u200BComments',
          'Related Articles\u200D',
          '\u200BPlanet',
          '2 hours ago\u200B',
          '- Planet',
          'Story',
          'Body.',
        ].join('\n'),
      ),
    ],
    outcome: 'builds',
    pages: [
      {
        file: 'zw.txt',
        headlines: [HEAD, 'Story'],
        bodyIncludes: ['The\u200B parliament\u2060 met on July 3, 2025.'],
      },
    ],
    noWarning: /unrecognised line/,
  },
  {
    name: 'tabs and trailing spaces',
    entries: [file('tabs.txt', `\t${HEAD}\t\n\tThe parliament\tmet on July 3, 2025.  \n`)],
    outcome: 'builds',
    pages: [{ file: 'tabs.txt', headlines: [HEAD], bodyIncludes: ['The parliament\tmet on July 3, 2025.'] }],
  },
  {
    name: 'lines of only punctuation in a body',
    entries: [file('punct.txt', page(HEAD, [BODY, '----', '* * *', '...', '"""', 'More text.']))],
    outcome: 'builds',
    pages: [
      { file: 'punct.txt', headlines: [HEAD], bodyIncludes: [`${BODY}\n----\n* * *\n...\n"""\nMore text.`] },
    ],
  },
  {
    name: 'a shouting page (long run of capitals)',
    entries: [
      file('caps.txt', page(HEAD, [`${'BREAKING NEWS '.repeat(4000)}ON JULY 3, 2025 (Reuters) - done.`])),
    ],
    outcome: 'builds',
    pages: [{ file: 'caps.txt', headlines: [HEAD] }],
  },
  {
    name: 'a file name with spaces and Unicode',
    entries: [
      file('Été 2025 – 東京 news.txt', simple),
      file('Été 2025 – 東京 news.meta.json', '{ "capturedOn": "2025-07-04" }'),
    ],
    outcome: 'builds',
    pages: [{ file: 'Été 2025 – 東京 news.txt', headlines: [HEAD] }],
  },
  {
    name: 'upper-case .TXT extension',
    entries: [file('SHOUT.TXT', simple)],
    outcome: 'builds',
    pages: [{ file: 'SHOUT.TXT', headlines: [HEAD] }],
  },
  {
    name: 'a sidecar with a BOM and a note',
    entries: [
      file('p.txt', simple),
      file(
        'p.meta.json',
        bytes([0xef, 0xbb, 0xbf], '{ "capturedOn": "2025-07-04", "note": "<b>archive</b>" }'),
      ),
    ],
    outcome: 'builds',
    pages: [{ file: 'p.txt', headlines: [HEAD] }],
  },
  {
    name: 'files that are not pages, and a page in a sub-folder',
    entries: [
      file('notes.html', '<p>hi</p>'),
      file('page.txt.bak', simple),
      file('.draft.txt', simple),
      file('README.md', '# seeds'),
      { name: 'archive', folder: [file('old.txt', simple)] },
      { name: 'folder.txt', folder: [] },
      { name: 'dangling.txt', linkTo: 'does-not-exist.txt' },
      { name: 'linked.txt', linkTo: 'notes.html' },
    ],
    outcome: 'builds',
    pages: [
      { file: 'archive/old.txt', headlines: [HEAD] },
      { file: 'linked.txt', headlines: ['<p>hi</p>'], warnings: [/the main article has no body/] },
    ],
    skipped: [
      { file: 'notes.html', reason: /^not read as a web page: no headline/ },
      { file: 'page.txt.bak', reason: /^not a page \(\.txt, \.html/ },
      { file: '.draft.txt', reason: /^hidden file$/ },
      { file: 'README.md', reason: /^documentation, not a page$/ },
      { file: 'dangling.txt', reason: /^a link to a file that is not there$/ },
    ],
  },
];
