import { describe, expect, it } from 'vitest';
import { outletSummary, type SummarySource } from './outletSummary.ts';

function from(articleId: string, outlet: string | null, file = 'page-a.txt'): SummarySource {
  return { source: { articleId }, article: { outlet, file } };
}
const missing = (articleId: string): SummarySource => ({ source: { articleId }, article: null });

describe('outletSummary', () => {
  it.each<[string, SummarySource[], string]>([
    ['one source', [from('a1', 'Reuters')], 'Reported by 1 outlet'],
    ['two outlets', [from('a1', 'Reuters'), from('a2', 'NHK')], 'Reported by 2 outlets'],
    [
      'one outlet, two articles',
      [from('a1', 'Nikkei Asia'), from('a2', 'Nikkei Asia')],
      'Reported by 1 outlet in 2 articles',
    ],
    [
      'two outlets, three articles',
      [from('a1', 'The Independent'), from('a2', 'The Independent'), from('a3', 'The Guardian')],
      'Reported by 2 outlets in 3 articles',
    ],
    [
      'two quotes from one article count once',
      [from('a1', 'The Guardian'), from('a1', 'The Guardian')],
      'Reported by 1 outlet',
    ],
    [
      'outlet names compared loosely',
      [from('a1', 'The  Guardian'), from('a2', 'the guardian ')],
      'Reported by 1 outlet in 2 articles',
    ],
    [
      'unnamed outlets on one page are one outlet',
      [from('a1', null, 'p1.txt'), from('a2', null, 'p1.txt')],
      'Reported by 1 outlet in 2 articles',
    ],
    [
      'unnamed outlets on different pages are two outlets',
      [from('a1', null, 'p1.txt'), from('a2', null, 'p2.txt')],
      'Reported by 2 outlets',
    ],
    [
      'an unnamed outlet never merges with a named one',
      [from('a1', null), from('a2', 'Reuters')],
      'Reported by 2 outlets',
    ],
    [
      'an article missing from the dataset counts on its own',
      [missing('x'), from('a2', 'Reuters')],
      'Reported by 2 outlets',
    ],
    ['no sources', [], 'No sources recorded'],
  ])('%s', (_, sources, expected) => {
    expect(outletSummary(sources)).toBe(expected);
  });
});
