/**
 * Bad pages that must stop the build: each names the file and a pattern for the reason.
 */
import { bytes, file, page, relatedBlock, utf16, type BadPageCase } from './badPagesCorpus.ts';

const HEAD = 'Parliament passes budget';
const BODY = 'The parliament passed the budget on July 3, 2025 after a long debate.';
const simple = page(HEAD, [BODY]);

export const FATAL_CASES: BadPageCase[] = [
  {
    name: 'empty file',
    entries: [file('empty.txt', '')],
    outcome: 'fatal',
    errors: [{ file: 'empty.txt', reason: /^empty file \(0 bytes\)$/ }],
  },
  {
    name: 'white space only',
    entries: [file('blank.txt', ' \n\t\r\n   \n')],
    outcome: 'fatal',
    errors: [{ file: 'blank.txt', reason: /^empty file \(only white space/ }],
  },
  {
    name: 'invisible characters only',
    entries: [file('invisible.txt', '\u200B \uFEFF\n\u2060\u200D\n')],
    outcome: 'fatal',
    errors: [{ file: 'invisible.txt', reason: /^empty file \(only white space or invisible characters\)$/ }],
  },
  {
    name: 'binary bytes (a PNG)',
    entries: [
      file('image.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])),
    ],
    outcome: 'fatal',
    errors: [
      { file: 'image.txt', reason: /^binary data or not valid UTF-8 text \(byte 0x89 at offset 0, line 1\)/ },
    ],
  },
  {
    name: 'invalid UTF-8 (Latin-1 café)',
    entries: [file('latin1.txt', bytes('Headline\nLe caf', [0xe9], ' est ouvert.'))],
    outcome: 'fatal',
    errors: [
      {
        file: 'latin1.txt',
        reason: /not valid UTF-8 text \(byte 0xE9 at offset 15, line 2\); save the page as UTF-8/,
      },
    ],
  },
  {
    name: 'NUL in the middle',
    entries: [file('nul.txt', `${HEAD}\n${BODY}\nmore\u0000text`)],
    outcome: 'fatal',
    errors: [{ file: 'nul.txt', reason: /^binary data: control character NUL on line 3$/ }],
  },
  {
    name: 'UTF-16 without a BOM',
    entries: [file('utf16-nobom.txt', utf16(simple, 'le', false))],
    outcome: 'fatal',
    errors: [{ file: 'utf16-nobom.txt', reason: /UTF-16 text without a byte-order mark/ }],
  },
  {
    name: 'UTF-16 with a broken surrogate',
    entries: [file('utf16-broken.txt', utf16(`${HEAD}\n\uD83D body`, 'le'))],
    outcome: 'fatal',
    errors: [{ file: 'utf16-broken.txt', reason: /^not valid UTF-16LE text/ }],
  },
  {
    name: 'UTF-32 with BOM',
    entries: [file('utf32.txt', bytes([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]))],
    outcome: 'fatal',
    errors: [{ file: 'utf32.txt', reason: /UTF-32 text is not supported/ }],
  },
  {
    name: 'boilerplate only',
    entries: [file('chrome.txt', 'Hashtags\nComments\nNo comments yet...\nRelated Articles\n')],
    outcome: 'fatal',
    errors: [{ file: 'chrome.txt', reason: /^no headline: .*line 1, "Hashtags"\) is aggregator chrome/ }],
  },
  {
    name: 'boilerplate behind a zero-width space',
    entries: [file('zw-chrome.txt', '\u200BComments\nNo comments yet...\n')],
    outcome: 'fatal',
    errors: [{ file: 'zw-chrome.txt', reason: /^no headline: .* is aggregator chrome/ }],
  },
  {
    name: 'only a copyright line',
    entries: [file('copyright.txt', '© Thomson Reuters 2025.\n')],
    outcome: 'fatal',
    errors: [{ file: 'copyright.txt', reason: /^no headline: .* is a copyright line/ }],
  },
  {
    name: 'only punctuation lines',
    entries: [file('dashes.txt', '----\n* * *\n...\n')],
    outcome: 'fatal',
    errors: [{ file: 'dashes.txt', reason: /^no headline: .*"----"\) has no letters or digits/ }],
  },
  {
    name: 'starts with a related block',
    entries: [file('related-first.txt', relatedBlock('Planet', 'Story', 'Body.').join('\n'))],
    outcome: 'fatal',
    errors: [{ file: 'related-first.txt', reason: /^no headline: .* is aggregator chrome/ }],
  },
  {
    name: 'sidecar that is not JSON',
    entries: [file('p.txt', simple), file('p.meta.json', '{ capturedOn: 2025 ')],
    outcome: 'fatal',
    errors: [{ file: 'p.meta.json', reason: /^sidecar is not valid JSON/ }],
  },
  {
    name: 'sidecar with an impossible day',
    entries: [file('p.txt', simple), file('p.meta.json', '{ "capturedOn": "2025-02-30" }')],
    outcome: 'fatal',
    errors: [{ file: 'p.meta.json', reason: /capturedOn 2025-02-30 is not a real day/ }],
  },
  {
    name: 'sidecar of the wrong shape',
    entries: [file('p.txt', simple), file('p.meta.json', '[1, 2]')],
    outcome: 'fatal',
    errors: [{ file: 'p.meta.json', reason: /^sidecar content: / }],
  },
  {
    name: 'web page sidecar with a javascript: url',
    entries: [
      file('story.html', `<html><body><article><h1>${HEAD}</h1><p>${BODY}</p></article></body></html>`),
      file('story.html.meta.json', '{ "url": "javascript:alert(1)", "outlet": "Desk" }'),
    ],
    outcome: 'fatal',
    errors: [{ file: 'story.html.meta.json', reason: /^sidecar url: url must be an absolute http/ }],
  },
  {
    name: 'sidecar naming a missing page',
    entries: [file('gone.meta.json', '{ "capturedOn": "2025-07-04" }')],
    outcome: 'fatal',
    errors: [{ file: 'gone.meta.json', reason: /names a page that is not there \((?:f\d+_)?gone\.txt\)/ }],
  },
];
