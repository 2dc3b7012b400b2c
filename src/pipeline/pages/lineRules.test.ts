import { describe, expect, it } from 'vitest';
import { findSyndication, isAgeLine, isBoilerplate, parseCopyrightLine } from './lineRules.ts';

describe('isBoilerplate', () => {
  it.each([
    ['Hashtags', true],
    ['Try Our AI Features', true],
    ['Explore what Daily8 AI can do for you:', true],
    ['Comments', true],
    ['No comments yet...', true],
    ['No comments yet…', true],
    ['  Related Articles  ', true],
    ['Comments were closed on Friday.', false],
    ['Related articles about the war', false],
    ['The Guardian', false],
  ])('%j -> %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});

describe('isAgeLine', () => {
  it.each([
    ['32 minutes ago', true],
    ['an hour ago', true],
    ['2 hours ago', true],
    ['a day ago', true],
    ['1 minute ago', true],
    ['just now', true],
    ['Yesterday', true],
    ['ago', false],
    ['32 minutes ago, officials said', false],
    ['three weeks ago the army moved', false],
  ])('%j -> %s', (line, expected) => {
    expect(isAgeLine(line)).toBe(expected);
  });
});

describe('parseCopyrightLine', () => {
  it.each([
    ['© Thomson Reuters 2025.', { holder: 'Thomson Reuters', year: 2025 }],
    ['© 2024 The Associated Press. All rights reserved.', { holder: 'The Associated Press', year: 2024 }],
    ['Copyright 2023 Nikkei Inc.', { holder: 'Nikkei Inc', year: 2023 }],
    ['(c) Agence France-Presse 2019', { holder: 'Agence France-Presse', year: 2019 }],
    ['© Reuters', null],
    ['The 2025 budget', null],
  ])('%j', (line, expected) => {
    expect(parseCopyrightLine(line)).toEqual(expected);
  });
});

describe('findSyndication', () => {
  it.each([
    ['Caption. © Reuters CAIRO/TEL AVIV (Reuters) -- Hamas said it had responded', 'Reuters'],
    ['WASHINGTON (Reuters) -- U.S. President Donald Trump signed', 'Reuters'],
    ['TOKYO, July 23 (Reuters) - Japan said on Wednesday', 'Reuters'],
    ['PARIS (AFP) — The French government', 'AFP'],
    ['A man walks past a shop. © Getty Images The shop closed.', 'Getty Images'],
    ['Zelenskyy said in a social media post on Friday that he had a call.', null],
    ['The U.S. (which had paused shipments) - said officials', null],
  ])('%j -> %s', (body, expected) => {
    expect(findSyndication(body)).toBe(expected);
  });
});

describe('line rules on hostile lines', () => {
  // Before the bounds, 200 KB of capitals took ~17 s in findSyndication (the dateline pattern
  // backtracked over the whole run from every word) and a long "Copyright , , ," line was quadratic too.
  it.each([
    ['a long run of capitals', () => findSyndication('BREAKING NEWS '.repeat(15_000))],
    ['a huge copyright-looking line', () => parseCopyrightLine(`Copyright ${' ,'.repeat(100_000)}x`)],
  ])('%s is read in linear time', (_name, run) => {
    const t0 = performance.now();
    expect(run()).toBeNull();
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it.each([
    ['\u200BComments', true],
    ['Related Articles\u200D', true],
    ['\u2060Share\u00AD', true],
  ])('chrome behind invisible characters is still chrome: %j', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });

  it('an age line behind a zero-width space is still an age line', () => {
    expect(isAgeLine('\u200B2 hours ago\u200B')).toBe(true);
  });
});
