// `npm run bench:detect`: the detection simulation (__tests__/bench/detect.ts), kept out of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/bench/detect.ts'],
    testTimeout: 900_000,
  },
});
