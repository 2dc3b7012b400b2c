import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/vite/cspPlugin.ts';
import { datasetPlugin } from './src/vite/datasetPlugin.ts';

/**
 * SEEDS_DIR points the build at another folder of pages (tests use temp copies);
 * BASE_PATH hosts the app under a sub-path, e.g. BASE_PATH=/timeline/; SITE_URL (https://news.example.org)
 * makes canonical and Open Graph URLs absolute for the real host.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    cspPlugin(),
    datasetPlugin({ seedsDir: process.env.SEEDS_DIR ?? 'seeds', siteUrl: process.env.SITE_URL }),
  ],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173 },
});
