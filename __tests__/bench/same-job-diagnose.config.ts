// `npm run bench:ab:diagnose`: which unchanged series the same-job test flags, and why (same-job-diagnose.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/same-job-diagnose.ts'],
    testTimeout: 900_000,
  },
});
