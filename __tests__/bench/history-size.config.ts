// `npm run bench:history-size`: what 100 recordings of a 3,000-series × 10-sample suite cost on the
// gh-pages branch and in one cache entry (__tests__/bench/history-size.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';
import { pageAssets } from '../../build/page-assets.js';

export default defineConfig({
  plugins: [pageAssets()],
  test: {
    include: ['__tests__/bench/history-size.ts'],
    testTimeout: 3_600_000,
  },
});
