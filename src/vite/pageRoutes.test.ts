import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connect } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectToPageFolders, serveAppPages } from './pageRoutes.ts';

type Answer = { url: string | undefined; status?: number; location?: string; next: boolean };

function run(handler: Connect.NextHandleFunction, url: string, method = 'GET'): Answer {
  const req = { url, method } as Connect.IncomingMessage;
  const answer: Answer = { url: undefined, next: false };
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: string) => {
      if (name === 'Location') answer.location = value;
    },
    end: () => {
      answer.status = res.statusCode;
    },
  };
  handler(req, res as unknown as Parameters<Connect.NextHandleFunction>[1], () => {
    answer.next = true;
  });
  answer.url = req.url;
  return answer;
}

describe('serveAppPages', () => {
  it.each([
    ['/timeline/events/abc', '/timeline/index.html'],
    ['/timeline/events/abc/', '/timeline/index.html'],
    ['/timeline/events/abc/?person=donald-trump', '/timeline/index.html?person=donald-trump'],
    ['/timeline/about', '/timeline/index.html'],
    ['/timeline/data/dataset.json', '/timeline/data/dataset.json'],
    ['/timeline/src/app/main.tsx', '/timeline/src/app/main.tsx'],
  ])('%s → %s', (url, expected) => {
    expect(run(serveAppPages('/timeline/'), url)).toEqual({ url: expected, next: true });
  });

  it('leaves other methods alone', () => {
    expect(run(serveAppPages('/'), '/about', 'POST').url).toBe('/about');
  });
});

describe('redirectToPageFolders', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'pages-'));
  mkdirSync(path.join(outDir, 'events', 'abc'), { recursive: true });
  writeFileSync(path.join(outDir, 'events', 'abc', 'index.html'), '<!doctype html>');
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const handler = redirectToPageFolders('/', outDir);

  it('redirects a page path without its slash to the folder, keeping the query', () => {
    expect(run(handler, '/events/abc?q=x')).toMatchObject({
      status: 301,
      location: '/events/abc/?q=x',
      next: false,
    });
  });

  it.each(['/events/abc/', '/events/unknown', '/about', '/assets/x.js'])('passes %s on', (url) => {
    expect(run(handler, url)).toMatchObject({ url, next: true });
  });
});
