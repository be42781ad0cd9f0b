import { describe, expect, it } from 'vitest';
import { pairedBlocksTest, passRatios } from '../../src/stats/paired-blocks.js';

describe("Student's t on per-pass log ratios", () => {
  it('matches the textbook one-sample t-test: log ratios 0.1, 0.2, 0.3 → t = 2√3, df = 2', () => {
    // mean 0.2, sd 0.1, se 0.1/√3; t = 3.4641; two-sided p = 0.07418 (t tables, df = 2);
    // 95% interval 0.2 ± 4.3027 × 0.057735.
    const t = pairedBlocksTest(passRatios([Math.exp(0.1), Math.exp(0.2), Math.exp(0.3)]));
    expect(t.ratio).toBeCloseTo(Math.exp(0.2), 12);
    expect(t.p).toBeCloseTo(0.07418, 4);
    expect(Math.log(t.lo)).toBeCloseTo(0.2 - 4.302653 * 0.057735, 5);
    expect(Math.log(t.hi)).toBeCloseTo(0.2 + 4.302653 * 0.057735, 5);
    expect(t.passes).toBe(3);
  });

  it('is symmetric: head/base and base/head give the same p and mirrored intervals', () => {
    const ratios = [1.12, 1.08, 1.15, 1.1, 1.09];
    const a = pairedBlocksTest(passRatios(ratios));
    const b = pairedBlocksTest(passRatios(ratios.map((r) => 1 / r)));
    expect(b.p).toBeCloseTo(a.p, 12);
    expect(b.lo).toBeCloseTo(1 / a.hi, 12);
    expect(b.ratio).toBeCloseTo(1 / a.ratio, 12);
  });

  it('passes that agree exactly: p = 1 for no change, 0 for a change', () => {
    expect(pairedBlocksTest(passRatios([1, 1, 1]))).toMatchObject({ p: 1, ratio: 1, lo: 1, hi: 1 });
    expect(pairedBlocksTest(passRatios([2, 2])).p).toBe(0);
  });

  it('a moderated variance borrows the prior: more degrees of freedom, the prior variance weighed in', () => {
    const r = passRatios([Math.exp(0.1), Math.exp(0.2), Math.exp(0.3)]);
    // own variance 0.01 on 2 df, prior 0.0025 on 6: (6 × 0.0025 + 2 × 0.01) / 8 = 0.004375 on 8 df.
    const t = pairedBlocksTest(r, 0.95, { df: 6, variance: 0.0025 }, 100);
    expect(t.df).toBe(8);
    const se = Math.sqrt(0.004375 / 3);
    expect(Math.log(t.hi) - 0.2).toBeCloseTo(2.306004 * se, 5);
    expect(pairedBlocksTest(r, 0.95, { df: 6, variance: 0.0025 }, 5).df).toBe(5);
  });

  it('leaves out one pass a burst hit, and keeps passes that merely spread', () => {
    const burst = passRatios([1.05, 1.051, 1.049, 1.4, 1.05], 1);
    expect(burst.outliers).toEqual([3]);
    expect(Math.exp(burst.mean)).toBeCloseTo(1.05, 3);
    expect(passRatios([1.05, 1.06, 1.04, 1.07, 1.03], 1).outliers).toEqual([]);
    expect(passRatios([1.05, 1.051, 1.049, 1.4, 1.05], 0).outliers).toEqual([]);
  });

  it('needs two positive ratios', () => {
    expect(() => passRatios([1.1])).toThrow(RangeError);
    expect(() => passRatios([1.1, 0])).toThrow(RangeError);
    expect(() => passRatios([1.1, Number.NaN])).toThrow(RangeError);
  });
});
