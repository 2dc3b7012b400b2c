import { existsSync } from 'node:fs';
import path from 'node:path';

/** The e2e suite drives the production build; say so plainly when there is none. */
export default function globalSetup(): void {
  if (!existsSync(path.resolve('dist/index.html'))) {
    throw new Error('No production build in dist/. Run `npm run build` first (npm test does both).');
  }
}
