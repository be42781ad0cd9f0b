import { describe, expect, it } from 'vitest';
import {
  binomialCdf,
  binomialPmf,
  choose,
  erfc,
  incompleteBetaTails,
  logBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  normalSurvival,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTDensity,
  studentTLogDensity,
  studentTQuantile,
  studentTSurvival,
  studentTTwoSidedP,
} from '../../src/stats/distributions.js';
import { expectRelative } from './relative.js';

// Reference values: mpmath 1.3.0 at 50 significant digits (python3 -c "import mpmath; mpmath.mp.dps = 50; …"),
// rounded to the nearest double.

describe('normal distribution', () => {
  it.each([
    [-37.5, 4.605353009581955e-308],
    [-20, 2.7536241186062337e-89],
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-1.96, 0.024997895148220435],
    [-1, 0.15865525393145705],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [3, 0.9986501019683699],
    [8, 0.9999999999999993],
  ])('Φ(%d) matches mpmath to 1e-15 relative', (z, expected) => {
    expectRelative(normalCdf(z), expected, 1e-15);
  });

  it('keeps relative precision in the upper tail instead of computing 1 − Φ', () => {
    expectRelative(normalSurvival(10), 7.619853024160525e-24, 1e-15);
    expectRelative(normalSurvival(5), 2.866515718791939e-7, 1e-15);
    expect(normalSurvival(-5) + normalSurvival(5)).toBe(1);
  });

  it.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798407],
    [1e-5, -4.264890793922825],
    [0.025, -1.9599639845400543],
    [0.05, -1.6448536269514726],
    [0.3, -0.5244005127080408],
    [0.975, 1.9599639845400543],
  ])('Φ⁻¹(%d) matches mpmath to 1e-15 relative', (p, expected) => {
    expectRelative(normalQuantile(p), expected, 1e-15);
  });

  it('inverts Φ: Φ(Φ⁻¹(p)) = p across twenty decades, up to the conditioning z² of the tail', () => {
    for (let e = -20; e <= -1; e++) {
      for (const m of [1, 2.5, 5]) {
        const p = m * 10 ** e;
        const z = normalQuantile(p);
        expectRelative(normalCdf(z), p, 5e-16 * Math.max(1, z * z));
      }
    }
  });

  it('has infinite quantiles at 0 and 1 and none outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it.each([
    [-2, 1.9953222650189528],
    [-0.3, 1.3286267594591274],
    [0.1, 0.8875370839817152],
    [0.46875, 0.507386526782062],
    [1, 0.15729920705028513],
    [3.5, 7.430983723414128e-7],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
  ])('erfc(%d) matches mpmath to 1e-15 relative', (x, expected) => {
    expectRelative(erfc(x), expected, 1e-15);
  });
});

describe('gamma and beta functions', () => {
  it.each([
    [0.5, 0.5723649429247001],
    [1.5, -0.12078223763524522],
    [3, Math.LN2],
    [7.5, 7.534364236758733],
    [10, 12.801827480081469],
    [25.5, 56.389167643719944],
    [1000, 5905.220423209181],
    [1e6, 12815504.569147611],
  ])('ln Γ(%d) matches mpmath to 2e-15 absolute', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(2e-15 * Math.max(1, Math.abs(expected)));
  });

  it('is exact enough at the integers for ln Γ(n) = ln (n−1)!', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(3e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(3e-15);
    expectRelative(logGamma(21), Math.log(2432902008176640000), 1e-15);
  });

  it.each([
    [0.5, 0.5, 1.1447298858494002],
    [2, 3, -2.4849066497880004],
    [0.5, 500000, -5.988816495777464],
    [30, 40, -48.30174909591612],
    [1e5, 2e5, -190958.88527911686],
  ])('ln B(%d, %d) matches mpmath without cancelling large arguments', (a, b, expected) => {
    expectRelative(logBeta(a, b), expected, 1e-14);
  });

  it.each([
    [0.3, 2, 5, 0.579825],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.001, 3, 4, 1.995503599e-8],
    [0.999, 50, 2, 0.9987659096068829],
    [0.5, 200, 200, 0.5],
  ])('I_%d(%d, %d) matches mpmath to 1e-13 relative', (x, a, b, expected) => {
    expectRelative(regularizedIncompleteBeta(x, a, b), expected, 1e-13);
  });

  it('returns both tails, the small one with full relative precision', () => {
    const [lower, upper] = incompleteBetaTails(0.999, 50, 2);
    expectRelative(upper, 1 - 0.9987659096068829, 1e-12);
    expect(lower + upper).toBeCloseTo(1, 15);
    expect(incompleteBetaTails(0, 2, 3)).toEqual([0, 1]);
    expect(incompleteBetaTails(1, 2, 3)).toEqual([1, 0]);
  });
});

describe('Student t distribution', () => {
  it.each([
    [2, 5, 0.05096973941492918],
    [0.5, 2.5, 0.32884895993485735],
    [10, 4, 0.00028100181135799556],
    [50, 30, 9.357708829611357e-31],
    [1.5, 1000, 0.06696501941104309],
    [-2, 9, 0.9617235881146495],
    [40, 3, 1.7190340394579263e-5],
    [3, 0.37, 0.22315796290505518],
  ])('P(T > %d) with %d df matches mpmath to 1e-13 relative', (t, df, expected) => {
    expectRelative(studentTSurvival(t, df), expected, 1e-13);
  });

  it('stays within 1e-11 relative with 100000 df', () => {
    expectRelative(studentTSurvival(1.96, 100000), 0.024999281597150817, 1e-11);
  });

  it('gives two-sided p = 0.05 at the tabulated t(0.975, 3) = 3.182446305284263', () => {
    // The textbook value is itself rounded: the exact two-sided p there is 0.04999999999997876 (mpmath).
    expectRelative(studentTTwoSidedP(3.182446305284263, 3), 0.049999999999978756, 1e-13);
    expectRelative(studentTTwoSidedP(-3.182446305284263, 3), 0.05, 1e-12);
  });

  it('matches the closed forms for 1 df (Cauchy) and 2 df in the lower tail', () => {
    for (const t of [-1e3, -30, -2, -0.3]) {
      const r = Math.sqrt(2 + t * t);
      expectRelative(studentTCdf(t, 1), Math.atan(-1 / t) / Math.PI, 1e-14);
      expectRelative(studentTCdf(t, 2), 1 / (r * (r - t)), 1e-14);
    }
  });

  it('tends to the normal distribution as df grows', () => {
    expect(studentTSurvival(1.5, Number.POSITIVE_INFINITY)).toBe(normalSurvival(1.5));
    expect(Math.abs(studentTSurvival(1.5, 1e6) - normalSurvival(1.5))).toBeLessThan(1e-6);
  });

  it.each([
    [0.975, 3, 3.1824463052837095],
    [0.975, 1, 12.706204736174705],
    [0.975, 10, 2.228138851986275],
    [0.995, 30, 2.7499956535672254],
    [1e-10, 5, -156.8255927088943],
    [0.9, 2.5, 1.7302509288071766],
    [0.6, 100, 0.25402218245822783],
    [0.975, 0.37, 1126.1153099019907],
    [0.025, 1.2, -8.648826510748872],
  ])('quantile %d with %d df matches mpmath to 1e-13 relative', (p, df, expected) => {
    expectRelative(studentTQuantile(p, df), expected, 1e-13);
  });

  it('inverts its CDF', () => {
    for (const df of [1.5, 4, 17.3, 250]) {
      for (const p of [1e-8, 0.001, 0.2, 0.5, 0.75, 0.99]) {
        expectRelative(studentTCdf(studentTQuantile(p, df), df), p, 1e-12);
      }
    }
  });

  it('has a density that integrates to the CDF (midpoint rule on a fine grid)', () => {
    let area = 0;
    const step = 1e-4;
    for (let t = -1 + step / 2; t < 1; t += step) area += studentTDensity(t, 5) * step;
    expectRelative(area, studentTCdf(1, 5) - studentTCdf(-1, 5), 1e-8);
  });

  it('has a log density that is the log of the density, and finite where the density underflows', () => {
    for (const df of [1.5, 4, 30, Number.POSITIVE_INFINITY]) {
      for (const t of [0, 0.7, 3, 12])
        expect(studentTLogDensity(t, df)).toBeCloseTo(Math.log(studentTDensity(t, df)), 10);
    }
    expect(studentTDensity(40, Number.POSITIVE_INFINITY)).toBe(0);
    expect(studentTLogDensity(40, Number.POSITIVE_INFINITY)).toBeCloseTo(
      -800 - 0.5 * Math.log(2 * Math.PI),
      10,
    );
  });
});

describe('binomial distribution', () => {
  it('computes binomial coefficients exactly', () => {
    expect(choose(20, 10)).toBe(184756);
    expect(choose(50, 25)).toBe(126410606437752);
    expect(choose(5, 7)).toBe(0);
  });

  it('gives exact dyadic probabilities for p = ½', () => {
    expect(binomialPmf(5, 10, 0.5)).toBe(252 / 1024);
    expect(binomialPmf(11, 10, 0.5)).toBe(0);
  });

  it.each([
    [3, 10, 0.5, 0.171875],
    [0, 20, 0.3, 0.00079792266297612],
    [50, 100, 0.5, 0.5397946186935894],
    [10, 1000, 0.05, 2.7977985614856666e-12],
    [999, 1000, 0.99, 0.9999568287525893],
  ])('P(X ≤ %d) for Binomial(%d, %d) matches mpmath to 2e-14 relative', (k, n, p, expected) => {
    expectRelative(binomialCdf(k, n, p), expected, 2e-14);
  });

  it('is 0 below the support and 1 above it', () => {
    expect(binomialCdf(-1, 10, 0.3)).toBe(0);
    expect(binomialCdf(10, 10, 0.3)).toBe(1);
  });
});
