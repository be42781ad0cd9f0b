// compare() on suites shaped like real output, as ratios within one run (the machine is shared and
// noisy: read the rows of one group against each other, not their absolute times). Figures in
// docs/speed.md.
import { median } from 'simple-statistics';
import { bench, describe } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { seededRandom } from '../helpers/random.js';
import { type Condition, simulateSuite } from './detect-suite.js';

/** Samples as go prints ns/op: 4 significant digits, so the samples of a run tie. */
function printed(result: BenchmarkResult): BenchmarkResult {
  const samples = (result.samples ?? []).map((x) => Number(x.toPrecision(4)));
  return { ...result, samples, value: median(samples) };
}

function suite(condition: Condition, series: number, tied: boolean) {
  const s = simulateSuite(condition, 0.1, seededRandom(99), series);
  if (!tied) return s;
  return {
    baseline: s.baseline.map((run) => ({ ...run, results: run.results.map(printed) })),
    current: s.current.map(printed),
  };
}

const once = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };
const window5 = { withinCv: 0.02, runCv: 0.02, runnerCv: 0, runs: 5, samples: 10 };

describe('ties: 10,000 series × 10 samples against 5 runs', () => {
  const untied = suite(window5, 10_000, false);
  const tied = suite(window5, 10_000, true);
  bench('full-precision samples', () => void compare(untied.baseline, untied.current), once);
  bench('4-digit samples (ties)', () => void compare(tied.baseline, tied.current), once);
});

describe('exact limit: 2,000 series of 4-digit samples against one run', () => {
  const at = (samples: number) => suite({ ...window5, runs: 1, samples }, 2_000, true);
  const exact = at(25);
  const normal = at(26);
  bench('25 samples a side (exact test with ties)', () => void compare(exact.baseline, exact.current), once);
  bench(
    '26 samples a side (normal approximation)',
    () => void compare(normal.baseline, normal.current),
    once,
  );
});

describe('suite size: 4-digit samples, 10 a side, against 5 runs (time per series should stay flat)', () => {
  for (const series of [1_000, 10_000, 100_000]) {
    const s = suite(window5, series, true);
    bench(`${series.toLocaleString('en-US')} series`, () => void compare(s.baseline, s.current), {
      ...once,
      iterations: series >= 100_000 ? 1 : 3,
    });
  }
});
