import { describe, expect, it } from 'vitest';
import { fillTemplate, readDescription } from './htmlTemplate.ts';
import { BUILT_INDEX_HTML } from './pagesTestKit.ts';
import type { PageMeta } from './pageMeta.ts';

const meta: PageMeta = {
  title: 'A $& title — News timeline',
  shareTitle: 'A $& title',
  description: 'Costs $1 & more',
  canonicalUrl: 'https://news.example.org/timeline/events/a/',
  imageUrl: 'https://news.example.org/timeline/social-card.png',
  type: 'article',
};

describe('readDescription', () => {
  it('reads the multi-line description index.html was written with, as text', () => {
    expect(readDescription(BUILT_INDEX_HTML)).toBe('What happened when & who reported it.');
    expect(readDescription('<head><title>x</title></head>')).toBeNull();
  });
});

describe('fillTemplate', () => {
  const html = fillTemplate(BUILT_INDEX_HTML, { meta, root: '<main>static</main>' });

  it('replaces the title and description and adds the tags after the title', () => {
    expect(html).toContain('<title>A $&amp; title — News timeline</title>\n    <meta name="description"');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="Costs $1 &amp; more" />');
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/timeline/events/a/" />');
    expect(html).not.toContain('What happened when');
    expect(html).not.toMatch(/\n\s*\n/);
  });

  it('keeps the hashed script and style tags and fills the root', () => {
    expect(html).toContain(
      '<script type="module" crossorigin src="/timeline/assets/index-AbC123.js"></script>',
    );
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/timeline/assets/index-XyZ789.css">');
    expect(html).toContain('<div id="root">\n<main>static</main>\n    </div>');
  });

  it('leaves the root empty for the home view', () => {
    expect(fillTemplate(BUILT_INDEX_HTML, { meta, root: null })).toContain('<div id="root"></div>');
  });

  it('refuses a template without a title or an empty root', () => {
    expect(() => fillTemplate('<html></html>', { meta, root: null })).toThrow(/<title>/);
    expect(() =>
      fillTemplate(BUILT_INDEX_HTML.replace('<div id="root"></div>', ''), { meta, root: 'x' }),
    ).toThrow(/root/);
  });
});
