// The distribution-free test of a ratio of quantiles (src/stats/quantile-difference.ts): its order
// statistics, and its error rates on samples whose truth is known (seeded, so the same on every machine).
import { describe, expect, it } from 'vitest';
import { quantileInterval } from '../../src/stats/median-ci.js';
import { quantileRatioTest, quantileSummary, sortedQuantile } from '../../src/stats/quantile-difference.js';
import { seededRandom } from '../helpers/random.js';

describe('quantileSummary', () => {
  it('takes the ⌈nq⌉-th value as the quantile and the binomial interval orders as its ends', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    const s = quantileSummary(values, 0.95, 0.95);
    const { loOrder, hiOrder } = quantileInterval(200, 0.95, 0.95);
    expect(s?.quantile).toBe(190);
    expect(s?.below).toBeCloseTo(Math.log(190 / loOrder), 12);
    expect(s?.above).toBeCloseTo(Math.log(hiOrder / 190), 12);
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2);
  });

  it('is undefined when the interval would reach past the largest value, or a value is not positive', () => {
    expect(
      quantileSummary(
        Array.from({ length: 40 }, (_, i) => i + 1),
        0.99,
        0.95,
      ),
    ).toBeUndefined();
    expect(quantileSummary([0, ...Array.from({ length: 199 }, (_, i) => i + 1)], 0.95, 0.95)).toBeUndefined();
  });
});

/** n lognormal values (log sd 0.1), `slow` share of them × 2. */
function sample(r: ReturnType<typeof seededRandom>, n: number, slow = 0): number[] {
  return Array.from({ length: n }, () => Math.exp(0.1 * r.normal()) * (r.uniform() < slow ? 2 : 1));
}

describe('quantileRatioTest', () => {
  it('rejects equal p95s at about α and its interval covers the true ratio about 95% of the time', () => {
    const r = seededRandom(7);
    let rejected = 0;
    const trials = 2000;
    for (let i = 0; i < trials; i++) {
      const t = quantileRatioTest(sample(r, 200), sample(r, 200), 0.95, 0.95);
      if ((t?.p ?? 1) <= 0.05) rejected++;
    }
    // Order-statistic intervals are conservative: their coverage is at least the confidence asked.
    expect(rejected / trials).toBeGreaterThan(0.005);
    expect(rejected / trials).toBeLessThan(0.06);
  });

  it('finds 10% of the samples twice as slow at p95 and p99', () => {
    const r = seededRandom(8);
    const base = sample(r, 1000);
    const slowed = sample(r, 1000, 0.1);
    for (const q of [0.95, 0.99]) {
      const t = quantileRatioTest(base, slowed, q, 0.95);
      expect(t?.p).toBeLessThan(1e-6);
      expect(t?.ratio).toBeGreaterThan(1.6);
    }
  });

  it('widens with a run-to-run variance added and says so in its p', () => {
    const r = seededRandom(9);
    const a = sample(r, 500);
    const b = sample(r, 500).map((x) => x * 1.08);
    const alone = quantileRatioTest(a, b, 0.95, 0.95);
    const withLevel = quantileRatioTest(a, b, 0.95, 0.95, 0.05 ** 2);
    expect(withLevel?.lower).toBeGreaterThan(alone?.lower ?? Infinity);
    expect(withLevel?.p).toBeGreaterThan(alone?.p ?? 1);
  });
});
