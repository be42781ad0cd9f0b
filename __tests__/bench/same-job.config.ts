// `npm run bench:ab`: the same-job A/B simulation (__tests__/bench/same-job.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/same-job.ts'],
    testTimeout: 900_000,
  },
});
