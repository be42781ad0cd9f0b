import { describe, expect, it } from 'vitest';
import { welchLogTest } from '../../src/stats/welch.js';
import { expectRelative } from './relative.js';

// References: scipy 1.17.1 ttest_ind_from_stats(ln m₂, s₂/m₂, n₂, ln m₁, s₁/m₁, n₁, equal_var=False),
// i.e. Welch's test on the log scale with the delta-method standard deviation s/m, and
// exp(ln(m₂/m₁) ± t.ppf(0.975, df)·se) for the interval.

describe('welchLogTest', () => {
  it('finds a 10% slowdown over 10 and 12 runs with a few % noise', () => {
    const r = welchLogTest({ mean: 100, stddev: 5, n: 10 }, { mean: 110, stddev: 8, n: 12 });
    expectRelative(r.ratio, 1.1, 1e-15);
    expectRelative(r.t, 3.6263701441337055, 1e-14);
    expectRelative(r.df, 19.39206099700167, 1e-14);
    expectRelative(r.p, 0.001750152503621549, 1e-12);
    expectRelative(r.lo, 1.0412015592135089, 1e-13);
    expectRelative(r.hi, 1.1621188897507955, 1e-13);
    expectRelative(r.logSe, 0.026282529365764227, 1e-14);
  });

  it('calls a 2% difference with 5 noisy runs insignificant', () => {
    const r = welchLogTest({ mean: 2.5e-3, stddev: 1e-4, n: 30 }, { mean: 2.45e-3, stddev: 3e-4, n: 5 });
    expectRelative(r.p, 0.73250613028307, 1e-12);
    expectRelative(r.df, 4.143365960352062, 1e-14);
    expectRelative(r.lo, 0.8423845572185338, 1e-13);
    expectRelative(r.hi, 1.1400968735361685, 1e-13);
  });

  it('is scale-free: the units of the summaries do not matter', () => {
    const ns = welchLogTest({ mean: 100, stddev: 5, n: 10 }, { mean: 110, stddev: 8, n: 12 });
    const s = welchLogTest({ mean: 100e-9, stddev: 5e-9, n: 10 }, { mean: 110e-9, stddev: 8e-9, n: 12 });
    expectRelative(s.p, ns.p, 1e-12);
  });

  it('treats zero spread on both sides as exact', () => {
    expect(welchLogTest({ mean: 5, stddev: 0, n: 3 }, { mean: 5, stddev: 0, n: 3 }).p).toBe(1);
    expect(welchLogTest({ mean: 5, stddev: 0, n: 3 }, { mean: 6, stddev: 0, n: 3 }).p).toBe(0);
  });

  it('refuses summaries it cannot test', () => {
    expect(() => welchLogTest({ mean: 5, stddev: 1, n: 1 }, { mean: 6, stddev: 1, n: 3 })).toThrow(
      RangeError,
    );
    expect(() => welchLogTest({ mean: 0, stddev: 1, n: 4 }, { mean: 6, stddev: 1, n: 3 })).toThrow(
      RangeError,
    );
  });
});
