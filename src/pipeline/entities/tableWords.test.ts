import { describe, expect, it } from 'vitest';
import { findTableWords, tableWordPattern } from './tableWords.ts';

const TABLE = new Map([
  ['Wales', 'GB'],
  ['New South Wales', 'AU'],
  ["Quai d'Orsay", 'FR'],
  ['U.S. Mint', 'US'],
]);
const PATTERN = tableWordPattern(TABLE.keys());
const found = (text: string): string[] =>
  findTableWords(text, PATTERN, TABLE).map((m) => `${m.text}@${m.start}:${m.country}`);

describe('findTableWords', () => {
  it.each([
    ['The premier of New South Wales spoke.', ['New South Wales@15:AU']],
    ['Wales and New South Wales', ['Wales@0:GB', 'New South Wales@10:AU']],
    ["A note from the Quai d'Orsay.", ["Quai d'Orsay@16:FR"]],
    ['The U.S. Mint said', ['U.S. Mint@4:US']],
    ['The UxSx Mint said', []],
    ['Walesa and wales', []],
    ['NewWales', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
