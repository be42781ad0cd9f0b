import { defineConfig } from 'vitest/config';
import { pageAssets } from './build/page-assets.js';

export default defineConfig({
  // The pages' scripts and styles, inlined as dist/ inlines them (build/page-assets.js).
  plugins: [pageAssets()],
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The JSON results let .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    benchmark: {
      include: ['__tests__/bench/**/*.bench.ts'],
    },
  },
});
