import { describe, expect, it } from 'vitest';
import type { ArticleCopy } from '../../shared/schema.ts';
import { copiesLine } from './copiesLine.ts';

const copy = (file: string, outlet: string | null): ArticleCopy => ({
  file,
  outlet,
  headline: 'Talks',
  url: null,
  sameBy: 'url',
});

describe('copiesLine', () => {
  it.each([
    ['no copies field', undefined, null],
    ['an empty list', [], null],
    [
      'one copy with its outlet',
      [copy('feeds/wire.rss', 'Example Wire')],
      'Also captured in: Example Wire (feeds/wire.rss)',
    ],
    [
      'copies with and without an outlet',
      [copy('b.html', null), copy('c.rss', 'Wire')],
      'Also captured in: b.html, Wire (c.rss)',
    ],
  ])('%s', (_name, copies, line) => expect(copiesLine(copies)).toBe(line));
});
