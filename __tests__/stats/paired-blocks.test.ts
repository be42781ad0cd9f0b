import { describe, expect, it } from 'vitest';
import { pairedBlocksTest } from '../../src/stats/paired-blocks.js';

describe("Student's t on per-pass log ratios", () => {
  it('matches the textbook one-sample t-test: log ratios 0.1, 0.2, 0.3 → t = 2√3, df = 2', () => {
    // mean 0.2, sd 0.1, se 0.1/√3; t = 3.4641; two-sided p = 0.07418 (t tables, df = 2);
    // 95% interval 0.2 ± 4.3027 × 0.057735.
    const t = pairedBlocksTest([Math.exp(0.1), Math.exp(0.2), Math.exp(0.3)]);
    expect(t.ratio).toBeCloseTo(Math.exp(0.2), 12);
    expect(t.p).toBeCloseTo(0.07418, 4);
    expect(Math.log(t.lo)).toBeCloseTo(0.2 - 4.302653 * 0.057735, 5);
    expect(Math.log(t.hi)).toBeCloseTo(0.2 + 4.302653 * 0.057735, 5);
    expect(t.passes).toBe(3);
  });

  it('is symmetric: head/base and base/head give the same p and mirrored intervals', () => {
    const ratios = [1.12, 1.08, 1.15, 1.1, 1.09];
    const a = pairedBlocksTest(ratios);
    const b = pairedBlocksTest(ratios.map((r) => 1 / r));
    expect(b.p).toBeCloseTo(a.p, 12);
    expect(b.lo).toBeCloseTo(1 / a.hi, 12);
    expect(b.ratio).toBeCloseTo(1 / a.ratio, 12);
  });

  it('passes that agree exactly: p = 1 for no change, 0 for a change', () => {
    expect(pairedBlocksTest([1, 1, 1])).toMatchObject({ p: 1, ratio: 1, lo: 1, hi: 1 });
    expect(pairedBlocksTest([2, 2]).p).toBe(0);
  });

  it('needs two positive ratios', () => {
    expect(() => pairedBlocksTest([1.1])).toThrow(RangeError);
    expect(() => pairedBlocksTest([1.1, 0])).toThrow(RangeError);
    expect(() => pairedBlocksTest([1.1, Number.NaN])).toThrow(RangeError);
  });
});
