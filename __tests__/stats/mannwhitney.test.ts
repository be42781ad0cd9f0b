import { describe, expect, it } from 'vitest';
import { choose } from '../../src/stats/distributions.js';
import {
  MANN_WHITNEY_EXACT_LIMIT,
  MANN_WHITNEY_TIES_EXACT_LIMIT,
  mannWhitneyMinP,
  mannWhitneyU,
  minimumSamplesPerSide,
} from '../../src/stats/mannwhitney.js';
import { expectRelative } from './relative.js';

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

/**
 * Two-sided p by brute force: every way of giving the first sample n1 of the pooled values, with
 * midranks for ties; p = 2·P(U_s ≤ observed U_s) for the sample s with the smaller U, at most 1.
 */
function enumeratedP(x: number[], y: number[]): number {
  const pooled = [...x, ...y].sort((a, b) => a - b);
  const midrank = (v: number) => (pooled.indexOf(v) + 1 + pooled.lastIndexOf(v) + 1) / 2;
  const uOf = (sample: number[]) =>
    sample.reduce((s, v) => s + midrank(v), 0) - (sample.length * (sample.length + 1)) / 2;
  const ux = uOf(x);
  const uy = uOf(y);
  if (ux === uy) return 1;
  const [size, observed] = ux < uy ? [x.length, ux] : [y.length, uy];
  let hits = 0;
  const pick = (start: number, left: number, chosen: number[]): void => {
    if (left === 0) {
      if (uOf(chosen) <= observed) hits++;
      return;
    }
    for (let i = start; i <= pooled.length - left; i++)
      pick(i + 1, left - 1, [...chosen, pooled[i] as number]);
  };
  pick(0, size, []);
  return Math.min(1, (2 * hits) / choose(pooled.length, size));
}

describe('mannWhitneyU', () => {
  it('gives p = 0.1 for [1,2,3] against [4,5,6], the smallest p three values allow', () => {
    const r = mannWhitneyU([1, 2, 3], [4, 5, 6]);
    expect(r).toMatchObject({ u: 0, n1: 3, n2: 3, method: 'exact' });
    expect(r.degenerate).toBeUndefined();
    expectRelative(r.p, 0.1, 1e-15);
    const mirrored = mannWhitneyU([4, 5, 6], [1, 2, 3]);
    expect(mirrored.u).toBe(9);
    expectRelative(mirrored.p, 0.1, 1e-15);
  });

  it('counts U as the pairs where the first sample is larger, ties as one half', () => {
    expect(mannWhitneyU([1, 3, 5], [2, 3, 4]).u).toBe(4.5);
  });

  it('gives p = 1 when U is at the center of its distribution', () => {
    expect(mannWhitneyU([1, 4], [2, 3])).toMatchObject({ u: 2, p: 1 });
  });

  it('reports all-equal samples as p = 1 (benchstat: "all samples are equal")', () => {
    expect(mannWhitneyU([100, 100, 100, 100, 100, 100], [100, 100, 100, 100, 100, 100])).toMatchObject({
      p: 1,
      degenerate: 'all-equal',
    });
  });

  it('reports an empty sample as p = 1', () => {
    expect(mannWhitneyU([], [1, 2])).toMatchObject({ p: 1, degenerate: 'empty-sample' });
  });

  it('gives p = 1 for one value against one value (benchstat smallSample)', () => {
    expect(mannWhitneyU([100e-9], [101e-9])).toMatchObject({ u: 0, p: 1, method: 'exact' });
  });

  it('uses the exact distribution with ties: five equal values below five others give p = 2/252', () => {
    // benchstat issue19634: 115,114,115,115,115 ns against 5 × 78.8 ns prints p=0.008.
    const r = mannWhitneyU([115, 114, 115, 115, 115], [78.8, 78.8, 78.8, 78.8, 78.8]);
    expect(r.method).toBe('exact');
    expectRelative(r.p, 2 / 252, 1e-15);
  });

  it('matches brute-force enumeration of the tie pattern on small samples', () => {
    const cases: [number[], number[]][] = [
      [
        [1, 1, 2, 3],
        [2, 2, 4],
      ],
      [
        [5, 5, 5, 1],
        [5, 6],
      ],
      [
        [0, 1, 1, 1, 2, 2],
        [1, 2, 3, 3, 3, 3, 4],
      ],
      [
        [10, 20, 20, 30],
        [20, 30, 30, 40, 40],
      ],
      [
        [3, 1, 4, 1, 5],
        [9, 2, 6, 5, 3, 5],
      ],
      [
        [7, 7, 8],
        [7, 8, 8, 8, 9, 9, 9, 9],
      ],
    ];
    for (const [x, y] of cases) expectRelative(mannWhitneyU(x, y).p, enumeratedP(x, y), 1e-14);
  });

  it('takes the tail of the sample with the smaller U, where benchstat (unequal sizes with ties) would print p = 0', () => {
    // Under this tie pattern U of [1, 1] is 0.5, 0.5 or 2 with probability ⅓ each; benchstat doubles
    // P(U ≤ 0) = 0 of the first sample instead of P(U ≥ 2) = ⅓.
    expectRelative(mannWhitneyU([1, 1], [0]).p, 2 / 3, 1e-15);
  });

  it('matches scipy 1.17.1 mannwhitneyu(method="exact") without ties up to 50 values a side', () => {
    const x = range(30, (i) => ((i * 7919) % 101) + 0.5);
    const y = range(40, (i) => ((i * 104729) % 103) + 10.25);
    expect(mannWhitneyU(x, y).method).toBe('exact');
    expectRelative(mannWhitneyU(x, y).p, 0.17914220338666267, 1e-13);
    const a = range(50, (i) => (i * 37) % 50);
    const b = range(50, (i) => ((i * 53) % 50) + 0.5 + i / 100);
    expectRelative(mannWhitneyU(a, b).p, 0.8664717523984022, 1e-13);
  });

  it('matches scipy 1.17.1 mannwhitneyu(method="asymptotic", use_continuity=True) above the exact limits', () => {
    const x = range(40, (i) => (i * 7) % 13);
    const y = range(60, (i) => (i * 5) % 15);
    expect(mannWhitneyU(x, y).method).toBe('normal');
    expectRelative(mannWhitneyU(x, y).p, 0.2524637594516267, 1e-14);
    const a = range(26, (i) => (i * 7) % 9);
    const b = range(26, (i) => (i * 5) % 11);
    expect(mannWhitneyU(a, b).method).toBe('normal');
    expectRelative(mannWhitneyU(a, b).p, 0.34836028319514, 1e-14);
  });

  it('switches to the normal approximation at 25 values with ties and 50 without, as benchstat', () => {
    expect(MANN_WHITNEY_TIES_EXACT_LIMIT).toBe(25);
    expect(MANN_WHITNEY_EXACT_LIMIT).toBe(50);
    const tied = (n: number) => range(n, (i) => i % 7);
    expect(
      mannWhitneyU(
        tied(25),
        tied(25).map((v) => v + 1),
      ).method,
    ).toBe('exact');
    expect(
      mannWhitneyU(
        tied(26),
        tied(25).map((v) => v + 1),
      ).method,
    ).toBe('normal');
    expect(
      mannWhitneyU(
        range(50, (i) => i),
        range(50, (i) => i + 0.5),
      ).method,
    ).toBe('exact');
    expect(
      mannWhitneyU(
        range(51, (i) => i),
        range(50, (i) => i + 0.5),
      ).method,
    ).toBe('normal');
  });

  it('computes the exact tie distribution for 25 + 25 values quickly', () => {
    const started = performance.now();
    const r = mannWhitneyU(
      range(25, (i) => i % 11),
      range(25, (i) => (i % 13) + 1),
    );
    expect(r.method).toBe('exact');
    expect(r.p).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('minimum sample sizes', () => {
  it('knows the smallest p of n against n values is 2 / C(2n, n) (benchstat uTestMinP)', () => {
    expect(mannWhitneyMinP(1)).toBe(1);
    expect(mannWhitneyMinP(2)).toBeCloseTo(1 / 3, 15);
    expect(mannWhitneyMinP(3)).toBe(0.1);
    expect(mannWhitneyMinP(5)).toBe(0.007936507936507936);
    expect(mannWhitneyMinP(9)).toBe(4.113533525298231e-5);
  });

  it('needs 4 samples per side at α = 0.05 and 5 at α = 0.01', () => {
    expect(minimumSamplesPerSide(0.05)).toBe(4);
    expect(minimumSamplesPerSide(0.01)).toBe(5);
    expect(minimumSamplesPerSide(0)).toBe(Number.POSITIVE_INFINITY);
  });
});
