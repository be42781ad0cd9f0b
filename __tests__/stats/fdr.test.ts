import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/fdr.js';

describe('benjaminiHochberg', () => {
  // Expected values agree with scipy 1.17.1 false_discovery_control(p, method='bh').
  it('adjusts evenly spaced p-values to the largest one', () => {
    const q = benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05]);
    for (const value of q) expect(value).toBeCloseTo(0.05, 15);
  });

  it('takes the running minimum from the largest p down, so q is monotone in p', () => {
    // Sorted p = 0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205; m = 8.
    const q = benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]);
    const expected = [0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.08457142857142856, 0.205];
    for (const [i, value] of q.entries()) expect(value).toBeCloseTo(expected[i] as number, 15);
  });

  it('returns q-values in the input order for unsorted input', () => {
    const q = benjaminiHochberg([0.205, 0.001, 0.06, 0.008]);
    expect(q.map((v) => Number(v.toFixed(6)))).toEqual([0.205, 0.004, 0.08, 0.016]);
  });

  it('caps q at 1', () => {
    expect(benjaminiHochberg([0.9, 0.95, 1])).toEqual([1, 1, 1]);
  });

  it('leaves NaN entries out of the count', () => {
    const q = benjaminiHochberg([0.01, Number.NaN, 0.04]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.02, 15);
    expect(q[2]).toBeCloseTo(0.04, 15);
  });

  it('handles no p-values', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
