import { describe, expect, it } from 'vitest';
import { fitVariancePrior, moderatedVariance } from '../../src/stats/moderated-t.js';
import { type Random, seededRandom } from '../helpers/random.js';

const chiSquare = (random: Random, df: number) => {
  let sum = 0;
  for (let i = 0; i < df; i++) sum += random.normal() ** 2;
  return sum;
};

/** Variances on `d` degrees of freedom of series whose true variances follow the prior (d0, s0²). */
function sampleVariances(seed: number, series: number, d: number, d0: number, s0: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: series }, () => {
    const sigma2 = Number.isFinite(d0) ? (d0 * s0) / chiSquare(random, d0) : s0;
    return (sigma2 * chiSquare(random, d)) / d;
  });
}

describe('the variance prior of the moderated t', () => {
  it('recovers the prior the variances were drawn from (d0 = 8, s0² = 1e-4, 4 df each)', () => {
    const variances = sampleVariances(1, 20_000, 4, 8, 1e-4);
    const prior = fitVariancePrior(variances, new Array(variances.length).fill(4));
    expect(prior?.df).toBeGreaterThan(6);
    expect(prior?.df).toBeLessThan(10.5);
    expect((prior?.variance ?? 0) / 1e-4).toBeGreaterThan(0.93);
    expect((prior?.variance ?? 0) / 1e-4).toBeLessThan(1.07);
  });

  it('finds no spread beyond χ² alone when every series has the same variance: a very strong prior', () => {
    const variances = sampleVariances(2, 20_000, 4, Number.POSITIVE_INFINITY, 1e-4);
    const prior = fitVariancePrior(variances, new Array(variances.length).fill(4));
    expect(prior?.df).toBeGreaterThan(100);
    expect((prior?.variance ?? 0) / 1e-4).toBeCloseTo(1, 1);
  });

  it('ignores zero variances and needs two usable series', () => {
    expect(fitVariancePrior([0, 1e-4], [4, 4])).toBeUndefined();
    expect(fitVariancePrior([1e-4, 2e-4, 0], [4, 4, 4])).toBeDefined();
  });

  it('shrinks a variance towards the prior and caps the degrees of freedom', () => {
    expect(moderatedVariance(0.01, 2, { df: 6, variance: 0.0025 }, 100)).toEqual({
      variance: 0.004375,
      df: 8,
    });
    expect(moderatedVariance(0.01, 2, { df: Number.POSITIVE_INFINITY, variance: 0.0025 }, 40)).toEqual({
      variance: 0.0025,
      df: 40,
    });
    expect(moderatedVariance(0.01, 2, undefined, 100)).toEqual({ variance: 0.01, df: 2 });
  });
});
