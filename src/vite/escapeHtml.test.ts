import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['" onerror="alert(1)', '&quot; onerror=&quot;alert(1)'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['"onerror=', '&quot;onerror='],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['</div><img src=x onerror=alert(1)>', '&lt;/div&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ['plain text, “curly” quotes – and ünïcödé', 'plain text, “curly” quotes – and ünïcödé'],
    ['', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('leaves no character that could open a tag or close an attribute', () => {
    const hostile = `<>"'&`.repeat(3) + '<svg/onload=alert(1)>';
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
  });
});
