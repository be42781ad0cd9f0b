// `npm run bench:trend`: the weekly watch's detection simulation (__tests__/bench/trend.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/trend.ts'],
    testTimeout: 1_800_000,
  },
});
