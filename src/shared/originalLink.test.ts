import { describe, expect, it } from 'vitest';
import { authorsLine, originalLink } from './originalLink.ts';

describe('originalLink', () => {
  it.each([
    [
      'https://www.example.org/news/a?b=1',
      { href: 'https://www.example.org/news/a?b=1', host: 'example.org' },
    ],
    ['http://news.example.com', { href: 'http://news.example.com/', host: 'news.example.com' }],
  ])('keeps the http(s) address %s', (url, expected) => {
    expect(originalLink(url)).toEqual(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/path',
    '//example.org/protocol-relative',
    'ftp://example.org/file',
    'https://',
    'http://exa mple.org/',
  ])('gives no link for %s', (url) => {
    expect(originalLink(url)).toBeNull();
  });
});

describe('authorsLine', () => {
  it.each([
    [[], ''],
    [['Ann Lee'], 'by Ann Lee'],
    [['Ann Lee', 'Bo Chen'], 'by Ann Lee and Bo Chen'],
    [['A', 'B', 'C'], 'by A, B and C'],
  ])('%j -> %s', (authors, line) => {
    expect(authorsLine(authors)).toBe(line);
  });
});
