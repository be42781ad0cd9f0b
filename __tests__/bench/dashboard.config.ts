// `npm run bench:dashboard`: the dashboard's first chart and scrolling in Chromium
// (__tests__/bench/dashboard.ts), kept out of `npm test`: timings on two shared cores are no assertion.
import { defineConfig } from 'vitest/config';
import { pageAssets } from '../../build/page-assets.js';

export default defineConfig({
  plugins: [pageAssets()],
  test: {
    include: ['__tests__/bench/dashboard.ts'],
    testTimeout: 900_000,
  },
});
