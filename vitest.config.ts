import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // CLI runs in tests keep no page cache (node_modules/.cache) unless a test gives them one.
    env: { NEWS_TIMELINE_CACHE: 'off' },
  },
});
