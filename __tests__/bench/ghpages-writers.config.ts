// `npm run bench:writers`: many processes recording into one gh-pages branch at once
// (__tests__/bench/ghpages-writers.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/ghpages-writers.ts'],
    testTimeout: 3_600_000,
  },
});
