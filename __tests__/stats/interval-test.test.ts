import { describe, expect, it } from 'vitest';
import { intervalTest, logSeFromInterval } from '../../src/stats/interval-test.js';
import { expectRelative } from './relative.js';

// References: scipy 1.17.1, se = (ln hi − ln lo) / (2·norm.ppf(0.975)) per side, p = 2·norm.sf(|ln ratio| / se).

describe('logSeFromInterval', () => {
  it('reads a symmetric log-scale interval as ±1.96 standard errors at 95%', () => {
    const se = 0.01;
    const z = 1.959963984540054;
    expectRelative(
      logSeFromInterval({ estimate: 1, lo: Math.exp(-z * se), hi: Math.exp(z * se), level: 0.95 }),
      se,
      1e-14,
    );
  });

  it('refuses intervals that are not positive or not ordered', () => {
    expect(() => logSeFromInterval({ estimate: 1, lo: 0, hi: 2, level: 0.95 })).toThrow(RangeError);
    expect(() => logSeFromInterval({ estimate: 1, lo: 2, hi: 1, level: 0.95 })).toThrow(RangeError);
    expect(() => logSeFromInterval({ estimate: 1, lo: 0.9, hi: 1.1, level: 95 })).toThrow(RangeError);
  });
});

describe('intervalTest', () => {
  it('finds a 5% slowdown between two criterion-style intervals', () => {
    const r = intervalTest(
      { estimate: 1.0e-6, lo: 0.98e-6, hi: 1.03e-6, level: 0.95 },
      { estimate: 1.05e-6, lo: 1.03e-6, hi: 1.08e-6, level: 0.95 },
    );
    expectRelative(r.ratio, 1.05, 1e-15);
    expectRelative(r.p, 0.00538801831803563, 1e-12);
    expectRelative(r.lo, 1.0145320442747043, 1e-14);
    expectRelative(r.hi, 1.0867079125018515, 1e-14);
    expectRelative(r.logSe, 0.017532310992369692, 1e-14);
  });

  it('calls overlapping intervals insignificant', () => {
    const r = intervalTest(
      { estimate: 50, lo: 49, hi: 51.2, level: 0.95 },
      { estimate: 50.3, lo: 49.1, hi: 51, level: 0.95 },
    );
    expectRelative(r.p, 0.686274224198777, 1e-12);
    expectRelative(r.lo, 0.9772181792629779, 1e-14);
    expectRelative(r.hi, 1.0356295262162252, 1e-14);
  });

  it('treats zero-width intervals as exact values', () => {
    expect(
      intervalTest({ estimate: 2, lo: 2, hi: 2, level: 0.95 }, { estimate: 2, lo: 2, hi: 2, level: 0.95 }).p,
    ).toBe(1);
    expect(
      intervalTest({ estimate: 2, lo: 2, hi: 2, level: 0.95 }, { estimate: 3, lo: 3, hi: 3, level: 0.95 }).p,
    ).toBe(0);
  });
});
