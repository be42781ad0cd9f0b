import { describe, expect, it } from 'vitest';
import { betweenRunTest, historyPredictionTest, robustLogSpread } from '../../src/stats/run-noise.js';
import { boxMullerCosine, seededRandom } from '../helpers/random.js';
import { expectRelative } from './relative.js';

/** Deterministic standard normal draws (mulberry32 + Box–Muller), so the simulation is reproducible. */
function normalDraws(seed: number): () => number {
  const { uniform } = seededRandom(seed);
  return () => boxMullerCosine(uniform);
}

describe('robustLogSpread', () => {
  it('takes the median and 1.4826 × MAD of the logs', () => {
    const spread = robustLogSpread([100, 102, 98, 101, 99]);
    expectRelative(spread.center, 100, 1e-15);
    expectRelative(spread.logSd, 0.014900627936402084, 1e-14);
    expect(spread.n).toBe(5);
  });

  it('is not moved by one wild run', () => {
    const spread = robustLogSpread([100, 102, 98, 101, 99, 500]);
    expect(spread.logSd).toBeLessThan(0.03);
  });

  it('falls back to the mean absolute deviation when more than half the values are equal', () => {
    const spread = robustLogSpread([5, 5, 5, 6]);
    expectRelative(spread.logSd, (Math.sqrt(Math.PI / 2) * Math.log(1.2)) / 4, 1e-15);
    expect(robustLogSpread([7, 7, 7]).logSd).toBe(0);
  });

  it('refuses values that have no logarithm', () => {
    expect(() => robustLogSpread([1, 0])).toThrow(RangeError);
  });
});

describe('historyPredictionTest', () => {
  // References: numpy/scipy 1.17.1 with the same definition (z against t with 0.37·(n−1) df).
  it('finds 104 plausible after 98…102 and gives the 95% prediction interval', () => {
    const r = historyPredictionTest([100, 102, 98, 101, 99], 104);
    expectRelative(r.p, 0.191339575051088, 1e-12);
    expectRelative(r.lo, 90.0556803934568, 1e-12);
    expectRelative(r.hi, 111.0424123865326, 1e-12);
  });

  it('flags a 10% jump after ten runs within ±2%', () => {
    const r = historyPredictionTest([1.0, 1.01, 0.99, 1.02, 0.98, 1.0, 1.01, 0.99, 1.0, 1.02], 1.1);
    expectRelative(r.p, 0.0069257475845903955, 1e-12);
  });

  it('cannot say anything from fewer than 2 values', () => {
    expect(historyPredictionTest([5], 50)).toMatchObject({ p: 1, lo: 0, hi: Number.POSITIVE_INFINITY });
    expect(historyPredictionTest([], 50).p).toBe(1);
  });

  it('treats a constant history as exact', () => {
    expect(historyPredictionTest([3, 3, 3], 3)).toMatchObject({ p: 1 });
    expect(historyPredictionTest([3, 3, 3], 3.0001)).toMatchObject({ p: 0 });
  });

  it('keeps false alarms at or below α = 0.05 on stationary log-normal noise (simulation, 4000 draws per n)', () => {
    const draw = normalDraws(20240601);
    for (const n of [3, 5, 10, 20]) {
      let alarms = 0;
      const trials = 4000;
      for (let trial = 0; trial < trials; trial++) {
        const history = Array.from({ length: n }, () => 100 * Math.exp(0.05 * draw()));
        if (historyPredictionTest(history, 100 * Math.exp(0.05 * draw())).p < 0.05) alarms++;
      }
      expect(alarms / trials, `n = ${n}`).toBeLessThanOrEqual(0.06);
      expect(alarms / trials, `n = ${n}`).toBeGreaterThan(0.01);
    }
  });
});

describe('betweenRunTest', () => {
  const baselineRunMedians = [10.0, 10.3, 9.8, 10.1, 10.2, 9.9];

  // References: numpy/scipy 1.17.1 with the same definition.
  it('accepts a run whose center is within the run-to-run spread', () => {
    const r = betweenRunTest(baselineRunMedians, 10.4);
    expectRelative(r.logSd, 0.022130001582858442, 1e-13);
    expectRelative(r.p, 0.3113423779640463, 1e-12);
  });

  it('rejects a run 30% off, though six runs leave it only p ≈ 0.012 (the MAD of 6 values is uncertain)', () => {
    expectRelative(betweenRunTest(baselineRunMedians, 13).p, 0.011912476644775207, 1e-12);
  });
});
