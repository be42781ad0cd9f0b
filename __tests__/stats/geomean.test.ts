import { describe, expect, it } from 'vitest';
import { centerRatio, geometricMean } from '../../src/stats/geomean.js';

describe('geometricMean', () => {
  it('is the n-th root of the product', () => {
    expect(geometricMean([100e-9, 10e-6])).toBeCloseTo(1e-6, 20);
    expect(geometricMean([2, 8])).toBeCloseTo(4, 14);
  });

  it('is undefined with no values or any value ≤ 0 (benchstat: "summaries must be >0")', () => {
    expect(geometricMean([])).toBeUndefined();
    expect(geometricMean([1, 0])).toBeUndefined();
    expect(geometricMean([1, -2])).toBeUndefined();
  });
});

describe('centerRatio', () => {
  it('divides head by base', () => {
    expect(centerRatio(4, 5)).toBe(1.25);
  });

  it('calls equal centers, even 0 and 0, exactly 1', () => {
    expect(centerRatio(0, 0)).toBe(1);
    expect(centerRatio(0.1 + 0.2, 0.1 + 0.2)).toBe(1);
  });

  it('has no ratio from a zero base (benchstat prints "?")', () => {
    expect(centerRatio(0, 100)).toBeUndefined();
  });
});
