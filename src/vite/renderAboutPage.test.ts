import { describe, expect, it } from 'vitest';
import { HOSTILE, makeDataset } from './pagesTestKit.ts';
import { renderAboutPage } from './renderAboutPage.ts';
import { resolveSiteUrls } from './siteUrls.ts';

const urls = resolveSiteUrls({ base: '/' });

describe('renderAboutPage', () => {
  it('lists every page with its capture day, evidence and warnings', () => {
    const html = renderAboutPage(makeDataset(), urls);
    expect(html).toContain('<h1 class="about-title">About the data</h1>');
    expect(html).toContain('1 event from 2 articles on 1 captured page. Built Sat 5 Jul 2025.');
    expect(html).toContain('<h3 class="page-file">000_page.txt</h3>');
    expect(html).toContain('Captured on <time datetime="2025-07-04">Fri 4 Jul 2025</time> · 2 articles');
    expect(html).toContain('<li>Captured on Fri 4 Jul 2025.</li>');
    expect(html).toContain('<li>line 12: a line outside any article</li>');
    expect(html).not.toContain('about-skipped');
  });

  it('says when a capture day is unknown, lists skipped files and escapes them', () => {
    const base = makeDataset();
    const html = renderAboutPage(
      makeDataset({
        pages: [{ ...base.pages[0]!, file: HOSTILE, capturedOn: null, evidence: [HOSTILE], warnings: [] }],
        skippedFiles: [{ file: 'notes.md', reason: HOSTILE }],
      }),
      urls,
    );
    expect(html).toContain('Capture day unknown');
    expect(html).toContain('<li>notes.md: &lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"onerror');
    expect(html).not.toContain('Warnings:');
  });
});
