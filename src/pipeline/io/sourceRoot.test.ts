import { describe, expect, it } from 'vitest';
import { sourceRoot } from './sourceRoot.ts';

describe('sourceRoot', () => {
  it.each([
    ['file:///home/ed/app/src/pipeline/cli.ts', 'src/pipeline/cli.ts', {}, '/home/ed/app'],
    ['file:///home/ed/app/src/vite/datasetPlugin.ts', 'src/vite/datasetPlugin.ts', {}, '/home/ed/app'],
    ['file:///home/ed/app/dist/cli.mjs', 'src/pipeline/cli.ts', {}, null],
    ['file:///home/ed/app/xsrc/pipeline/cli.ts', 'src/pipeline/cli.ts', {}, null],
    [
      'file:///tmp/bundle/cli.mjs',
      'src/pipeline/cli.ts',
      { NEWS_TIMELINE_SOURCE_ROOT: '/srv/app' },
      '/srv/app',
    ],
  ])('%s expecting %s', (url, expected, env, root) => {
    expect(sourceRoot(url, expected, env)).toBe(root);
  });
});
