import { describe, expect, it } from 'vitest';
import { parsePage } from './parsePage.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const CHROME = [
  'Hashtags',
  '',
  'Try Our AI Features',
  'Explore what Daily8 AI can do for you:',
  'Comments',
  'No comments yet...',
  'Related Articles',
  '',
];

function page(lines: string[]): string {
  return lines.join('\n');
}

function parseOk(text: string) {
  const result = parsePage(bytes(text));
  if (!result.ok) throw new Error(`expected a parse, got: ${result.reason}`);
  // Every article text is a verbatim slice of the normalised page at its recorded offset.
  for (const a of result.articles)
    expect(result.text.slice(a.pageOffset, a.pageOffset + a.text.length)).toBe(a.text);
  return result;
}

const FULL = page([
  '',
  'Leaders meet in Oslo, officials say',
  'The two leaders met on Monday in Oslo.',
  'They agreed to meet again next month.',
  ...CHROME,
  '',
  'Daily Planet',
  '5 minutes ago',
  '- Daily Planet',
  'Storm closes harbour',
  'The harbour was closed on Tuesday after a storm.',
  '',
  '',
  'Wire Weekly',
  'an hour ago',
  '- Wire Weekly',
  'Talks resume in Geneva',
  'Photo caption here. © Reuters GENEVA (Reuters) -- Talks resumed on Wednesday.',
]);

describe('parsePage: structure', () => {
  it('finds the main article and each related block as separate articles', () => {
    const result = parseOk(FULL);
    expect(result.articles.map((a) => [a.role, a.outlet, a.ageText, a.headline])).toEqual([
      ['main', null, null, 'Leaders meet in Oslo, officials say'],
      ['related', 'Daily Planet', '5 minutes ago', 'Storm closes harbour'],
      ['related', 'Wire Weekly', 'an hour ago', 'Talks resume in Geneva'],
    ]);
    expect(result.articles[0]!.text).toBe(
      'The two leaders met on Monday in Oslo.\nThey agreed to meet again next month.',
    );
    expect(result.articles[1]!.text).toBe('The harbour was closed on Tuesday after a storm.');
    expect(result.warnings).toEqual([]);
  });

  it('drops aggregator chrome: no article contains it', () => {
    const result = parseOk(FULL);
    for (const a of result.articles)
      expect(a.text).not.toMatch(/Try Our AI Features|No comments yet|Related Articles/);
  });

  it('records the agency of a syndicated related item, and none for an unsyndicated one', () => {
    const result = parseOk(FULL);
    expect(result.articles.map((a) => a.syndicatedFrom)).toEqual([null, null, 'Reuters']);
  });

  it('takes the main outlet and year from a copyright line after the body', () => {
    const result = parseOk(page(['Headline here', 'Body text.', '© Thomson Reuters 2025.', '', ...CHROME]));
    expect(result.articles[0]).toMatchObject({
      outlet: 'Thomson Reuters',
      copyrightYear: 2025,
      text: 'Body text.',
    });
  });

  it('leaves the main outlet null when the page does not name one', () => {
    expect(parseOk(page(['Headline', 'Body.'])).articles[0]!.outlet).toBeNull();
  });
});

describe('parsePage: edge cases', () => {
  it.each([
    ['CRLF line endings', FULL.replace(/\n/g, '\r\n')],
    ['a UTF-8 BOM', `\uFEFF${FULL}`],
    ['trailing spaces on every line', FULL.replace(/\n/g, '   \n')],
    ['lone CR line endings', FULL.replace(/\n/g, '\r')],
  ])('%s give the same articles as the clean page', (_name, variant) => {
    const clean = parseOk(FULL).articles.map((a) => [a.outlet, a.headline, a.text.replace(/ +\n/g, '\n')]);
    const got = parseOk(variant).articles.map((a) => [a.outlet, a.headline, a.text.replace(/ +\n/g, '\n')]);
    expect(got).toEqual(clean);
  });

  it('reads a page without related articles or chrome', () => {
    const result = parseOk(page(['Only a headline', 'And one paragraph.', '']));
    expect(result.articles).toHaveLength(1);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a headline with no body, with a warning', () => {
    const result = parseOk(page(['A headline alone', ...CHROME]));
    expect(result.articles[0]).toMatchObject({ headline: 'A headline alone', text: '' });
    expect(result.warnings.map((w) => w.message)).toEqual(['the main article has no body']);
  });

  it('reports a related block cut off after its age and outlet lines', () => {
    const result = parseOk(
      page(['Head', 'Body.', ...CHROME, 'Daily Planet', '3 hours ago', '- Daily Planet', '']),
    );
    expect(result.articles).toHaveLength(1);
    expect(result.warnings).toEqual([
      { line: 11, message: 'related block from "Daily Planet" is cut off before its headline; skipped' },
    ]);
  });

  it('reports a block cut off after its outlet line as an unrecognised line', () => {
    const result = parseOk(page(['Head', 'Body.', ...CHROME, 'Daily Planet']));
    expect(result.warnings).toEqual([
      { line: 11, message: 'unrecognised line outside any article, skipped: "Daily Planet"' },
    ]);
  });

  it('reports unknown extra lines between the main article and related blocks', () => {
    const text = page(['Head', 'Body.', 'Comments', 'Sign up for our newsletter', 'Related Articles']);
    const result = parseOk(text);
    expect(result.articles[0]!.text).toBe('Body.');
    expect(result.warnings).toEqual([
      { line: 4, message: 'unrecognised line outside any article, skipped: "Sign up for our newsletter"' },
    ]);
  });

  it('keeps a related item whose headline has no body, with a warning', () => {
    const result = parseOk(page(['Head', 'Body.', 'Planet', '2 hours ago', '- Planet', 'Lonely headline']));
    expect(result.articles[1]).toMatchObject({ headline: 'Lonely headline', text: '' });
    expect(result.warnings.map((w) => w.message)).toEqual(['related article "Lonely headline" has no body']);
  });

  it('does not end a related body at chrome words inside it, but trims chrome after the last block', () => {
    const result = parseOk(
      page(['Head', 'Body.', 'Planet', '2 hours ago', '- Planet', 'H', 'Para one.', 'Para two.', 'Comments']),
    );
    expect(result.articles[1]!.text).toBe('Para one.\nPara two.');
  });

  it('does not take an age-like line without the "- Outlet" echo for a block start', () => {
    const result = parseOk(page(['Head', 'Planet', '2 hours ago', 'Planet again', 'More body.']));
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.text).toBe('Planet\n2 hours ago\nPlanet again\nMore body.');
  });
});

describe('parsePage: pages that cannot be read', () => {
  it.each([
    ['an empty file', '', /empty file/],
    ['white space only', '  \n\n \t\n', /empty file/],
    ['boilerplate only', CHROME.join('\n'), /no headline/],
    ['a page that starts with a related block', 'Planet\n2 hours ago\n- Planet\nHead\nBody', /no headline/],
  ])('%s', (_name, text, reason) => {
    const result = parsePage(bytes(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('binary bytes', () => {
    const result = parsePage(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
  });
});
