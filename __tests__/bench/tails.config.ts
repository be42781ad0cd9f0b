// `npm run bench:tails`: the tail percentile simulation (__tests__/bench/tails.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/tails.ts'],
    testTimeout: 1_800_000,
  },
});
