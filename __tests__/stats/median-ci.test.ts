import { describe, expect, it } from 'vitest';
import {
  medianConfidenceInterval,
  medianSamplesNeeded,
  quantileInterval,
  relativeHalfWidth,
} from '../../src/stats/median-ci.js';
import { expectRelative } from './relative.js';

describe('quantileInterval (order statistics of the median interval)', () => {
  it('cannot bound the median of 5 values at 95%: the lower end is −∞', () => {
    // P(1 ≤ K < 5) = 1 − 2/32 = 0.9375 < 0.95, so the band grows to [0, 5): 31/32.
    expect(quantileInterval(5, 0.5, 0.95)).toEqual({ loOrder: 0, hiOrder: 5, confidence: 0.96875 });
  });

  it('bounds the median of 6 values by the extremes, with the left-biased band [1, 6)', () => {
    expect(quantileInterval(6, 0.5, 0.95)).toEqual({ loOrder: 1, hiOrder: 6, confidence: 0.96875 });
  });

  it('uses x₍₂₎ … x₍₉₎ for 10 values: coverage 1 − 2·(1 + 10)/1024', () => {
    expect(quantileInterval(10, 0.5, 0.95)).toEqual({ loOrder: 2, hiOrder: 9, confidence: 1 - 22 / 1024 });
  });

  it('uses x₍₆₎ … x₍₁₅₎ for 20 values', () => {
    expect(quantileInterval(20, 0.5, 0.95)).toEqual({
      loOrder: 6,
      hiOrder: 15,
      confidence: 0.95861053466796875,
    });
  });

  it('switches to the normal approximation above 30 values, rounding outwards then biasing left', () => {
    // Same orders and coverage as go-moremath's QuantileCI (checked against a Go transcription of it,
    // run with Go 1.19, for every n from 31 to 3000 at confidence 0.8, 0.9, 0.95 and 0.99).
    const n31 = quantileInterval(31, 0.5, 0.95);
    expect([n31.loOrder, n31.hiOrder]).toEqual([10, 22]);
    expectRelative(n31.confidence, 0.96885878940420334, 1e-14);
    const n100 = quantileInterval(100, 0.5, 0.95);
    expect([n100.loOrder, n100.hiOrder]).toEqual([40, 60]);
    expectRelative(n100.confidence, 0.9534190196211817, 1e-14);
    const n1000 = quantileInterval(1000, 0.5, 0.95);
    expect([n1000.loOrder, n1000.hiOrder]).toEqual([469, 532]);
    expect([quantileInterval(200, 0.5, 0.99).loOrder, quantileInterval(200, 0.5, 0.99).hiOrder]).toEqual([
      82, 119,
    ]);
  });

  it('covers everything with confidence 1', () => {
    expect(quantileInterval(10, 0.5, 1)).toEqual({ loOrder: 0, hiOrder: 11, confidence: 1 });
  });
});

describe('medianConfidenceInterval', () => {
  it('returns the median and the 2nd and 9th smallest of 10 values, whatever their order', () => {
    const values = [46.8, 44.6, 47.3, 50.7, 44.6, 46.3, 45.8, 44.3, 47.7, 50.6];
    expect(medianConfidenceInterval(values)).toEqual({
      median: (46.3 + 46.8) / 2,
      lo: 44.6,
      hi: 50.6,
      confidence: 1 - 22 / 1024,
      n: 10,
    });
  });

  it('has infinite ends below 6 values (benchstat "± ∞")', () => {
    const summary = medianConfidenceInterval([115, 114, 115, 115, 115]);
    expect(summary).toMatchObject({ median: 115, lo: Number.NEGATIVE_INFINITY, hi: 115 });
  });

  it('is undefined for no values', () => {
    expect(medianConfidenceInterval([])).toBeUndefined();
  });
});

describe('relativeHalfWidth (the ± % benchstat prints)', () => {
  it('takes the wider side relative to the center', () => {
    expect(relativeHalfWidth(100, 90, 105)).toBeCloseTo(0.1, 15);
    expect(relativeHalfWidth(100, 98, 110)).toBeCloseTo(0.1, 15);
  });

  it('is ∞ for an infinite end, 0 for an all-zero sample, undefined across zero', () => {
    expect(relativeHalfWidth(115, Number.NEGATIVE_INFINITY, 115)).toBe(Number.POSITIVE_INFINITY);
    expect(relativeHalfWidth(0, 0, 0)).toBe(0);
    expect(relativeHalfWidth(1, -1, 2)).toBeUndefined();
  });
});

describe('medianSamplesNeeded', () => {
  it('needs 6 values for a finite 95% interval (benchstat "need >= 6 samples")', () => {
    expect(medianSamplesNeeded(0.95)).toBe(6);
    expect(medianSamplesNeeded(0.99)).toBe(8);
  });
});
