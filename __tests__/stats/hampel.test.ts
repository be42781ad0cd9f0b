import { describe, expect, it } from 'vitest';
import { hampelFilterHigh } from '../../src/stats/hampel.js';
import { hodgesLehmannShift } from '../../src/stats/hodges-lehmann.js';

const wobble = (n: number) => Array.from({ length: n }, (_, i) => [0, 0.01, -0.01, 0.005][i % 4] as number);

describe('hampelFilterHigh', () => {
  it('replaces a lone high value and two in a row by their neighbourhood median, and keeps the rest', () => {
    const values = wobble(20);
    values[5] = 0.5;
    values[12] = 0.4;
    values[13] = 0.45;
    const out = hampelFilterHigh(values, 2, 5);
    expect(out[5]).toBeLessThan(0.02);
    expect(out[12]).toBeLessThan(0.02);
    expect(out[13]).toBeLessThan(0.02);
    expect(out.filter((v, i) => v !== values[i])).toHaveLength(3);
  });

  it('keeps a low value, and a step once it has three runs', () => {
    const values = wobble(20);
    values[4] = -0.5;
    for (let i = 17; i < 20; i++) values[i] = (values[i] as number) + 0.3;
    expect(hampelFilterHigh(values, 2, 5)).toEqual(values);
  });

  it('leaves a constant sequence and a short one alone', () => {
    expect(hampelFilterHigh([1, 1, 1, 5, 1], 2, 5)).toEqual([1, 1, 1, 5, 1]);
    expect(hampelFilterHigh([1, 9], 2, 5)).toEqual([1, 9]);
  });
});

describe('hodgesLehmannShift', () => {
  it('is the median of the pairwise differences', () => {
    expect(hodgesLehmannShift([0, 1], [10, 12])).toBe(10.5);
    expect(hodgesLehmannShift([0, 1, 2], [5])).toBe(4);
    expect(hodgesLehmannShift([], [1])).toBeNaN();
  });

  it('does not follow one outlier of four after', () => {
    const shift = hodgesLehmannShift([0, 0.01, -0.01, 0], [0.1, 0.11, 0.09, 0.9]);
    expect(shift).toBeGreaterThan(0.09);
    expect(shift).toBeLessThan(0.12);
  });
});
