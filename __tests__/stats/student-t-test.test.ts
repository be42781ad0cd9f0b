import { describe, expect, it } from 'vitest';
import { bestSplit, PairDistances } from '../../src/stats/e-divisive.js';
import { meanAndPopulationSd, pooledTTest, tInterval } from '../../src/stats/student-t-test.js';

describe('pooledTTest (scipy.stats.ttest_ind_from_stats, equal_var=True)', () => {
  it('matches scipy on equal sizes: means 1 and 2, sd 1, n 10 each → p 0.0382496', () => {
    const r = pooledTTest({ mean: 1, sd: 1, n: 10 }, { mean: 2, sd: 1, n: 10 });
    expect(r.df).toBe(18);
    expect(r.p).toBeCloseTo(0.03824961451611385, 12);
  });

  it('matches scipy on unequal sizes and spreads: (5, 0.5, 3) vs (6, 2, 7) → p 0.431634', () => {
    expect(pooledTTest({ mean: 5, sd: 0.5, n: 3 }, { mean: 6, sd: 2, n: 7 }).p).toBeCloseTo(
      0.4316340429814816,
      12,
    );
  });

  it('says nothing with two values in all, and is exact when neither side varies', () => {
    expect(pooledTTest({ mean: 1, sd: 0, n: 1 }, { mean: 9, sd: 0, n: 1 }).p).toBe(1);
    expect(pooledTTest({ mean: 3, sd: 0, n: 4 }, { mean: 3, sd: 0, n: 4 }).p).toBe(1);
    expect(pooledTTest({ mean: 3, sd: 0, n: 4 }, { mean: 4, sd: 0, n: 4 }).p).toBe(0);
  });

  it('gives a t interval that holds the estimate in its middle', () => {
    const [lo, hi] = tInterval(0.1, 0.02, 10, 0.95);
    expect((lo + hi) / 2).toBeCloseTo(0.1, 12);
    expect(hi - lo).toBeCloseTo(2 * 2.228138851986274 * 0.02, 9);
  });

  it('takes the population standard deviation, as numpy.std', () => {
    expect(meanAndPopulationSd([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: Math.sqrt(1.25), n: 4 });
    expect(meanAndPopulationSd([7])).toEqual({ mean: 7, sd: 0, n: 1 });
  });
});

describe('bestSplit (E-divisive, α = 1)', () => {
  it('splits a clean step at its first new value', () => {
    const values = [10, 10.1, 9.9, 10, 10.2, 20, 20.1, 19.8, 20, 20.2];
    expect(bestSplit(new PairDistances(values), 0, values.length).index).toBe(5);
  });

  it('searches only inside the stretch it is given', () => {
    const values = [1, 1, 1, 5, 5, 5, 9, 9, 9];
    expect(bestSplit(new PairDistances(values), 3, 9).index).toBe(6);
  });

  it('computes Q of the two-value split as their distance', () => {
    const split = bestSplit(new PairDistances([2, 7]), 0, 2);
    expect(split).toEqual({ index: 1, q: 5 });
  });
});
