import { describe, expect, it } from 'vitest';
import { generalizedEsdOutliers } from '../../src/stats/esd.js';

// With one outlier at most the generalized ESD is Grubbs' test; its two-sided critical values at
// α = 0.05 are 1.715 for n = 5 and 2.290 for n = 10 (Grubbs 1969, table; NIST e-Handbook 1.3.5.17.1).
/** n − 1 points at ±1 alternating around 0 and one at `x`: its Grubbs statistic, computed directly. */
function sampleWith(n: number, x: number): { xs: number[]; g: number } {
  const xs = Array.from({ length: n - 1 }, (_, i): number => (i % 2 ? 1 : -1));
  xs.push(x);
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { xs, g: Math.abs(x - mean) / sd };
}

/** The outlier's value at which its Grubbs statistic is `g` (bisection). */
function valueAt(n: number, g: number): number {
  let lo = 0;
  let hi = 1e3;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (sampleWith(n, mid).g < g) lo = mid;
    else hi = mid;
  }
  return lo;
}

describe('generalized ESD', () => {
  it.each([
    [5, 1.715],
    [10, 2.29],
  ])('n = %i: a point is an outlier just above Grubbs critical value %f, not just below', (n, g) => {
    const above = sampleWith(n, valueAt(n, g + 0.002));
    const below = sampleWith(n, valueAt(n, g - 0.002));
    expect(generalizedEsdOutliers(above.xs, 1)).toEqual([n - 1]);
    expect(generalizedEsdOutliers(below.xs, 1)).toEqual([]);
  });

  it('finds two outliers where the first masks the second, and no more than asked', () => {
    const xs = [10.1, 9.9, 10, 10.2, 9.8, 10.05, 9.95, 10.1, 25, 26];
    expect(generalizedEsdOutliers(xs, 2).sort()).toEqual([8, 9]);
    expect(generalizedEsdOutliers(xs, 1)).toEqual([]);
    expect(generalizedEsdOutliers(xs, 3).sort()).toEqual([8, 9]);
  });

  it('never leaves fewer than 3 points and finds none in a sample without spread', () => {
    expect(generalizedEsdOutliers([1, 1, 5], 1)).toEqual([]);
    expect(generalizedEsdOutliers([2, 2, 2, 2, 2], 2)).toEqual([]);
  });
});
