import { describe, expect, it } from 'vitest';
import { normalSurvival } from '../../src/stats/distributions.js';
import {
  fitVarianceMixture,
  mixtureNormalTest,
  posteriorMixture,
  type VarianceMixture,
  type VarianceObservation,
} from '../../src/stats/variance-mixture.js';
import { type Random, seededRandom } from '../helpers/random.js';

/** A sample variance with `df` degrees of freedom of normal draws with variance `variance`. */
function sampleVariance(random: Random, variance: number, df: number): number {
  let sum = 0;
  for (let i = 0; i < df; i++) sum += random.normal() ** 2;
  return (variance * sum) / df;
}

/** Probability the mixture puts on variances in [lo, hi]. */
function mass(m: VarianceMixture, lo: number, hi: number): number {
  return m.weights.reduce((s, w, k) => {
    const v = m.variances[k] as number;
    return v >= lo && v <= hi ? s + w : s;
  }, 0);
}

describe('fitVarianceMixture', () => {
  it('recovers two groups of series, a tenth as noisy as the others, from 4 degrees of freedom each', () => {
    const random = seededRandom(7);
    const truth = Array.from({ length: 2000 }, (_, i) => (i % 10 < 7 ? 1e-4 : 1e-2));
    const observations = truth.map((v) => ({ variance: sampleVariance(random, v, 4), df: 4 }));
    const fit = fitVarianceMixture(observations);
    expect(fit.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(mass(fit, 2.5e-5, 4e-4)).toBeGreaterThan(0.65);
    expect(mass(fit, 2.5e-3, 4e-2)).toBeGreaterThan(0.25);
    expect(mass(fit, 2.5e-5, 4e-4) + mass(fit, 2.5e-3, 4e-2)).toBeGreaterThan(0.97);
  });

  it('puts the mass at 0 when known sampling noise explains the whole spread', () => {
    const random = seededRandom(8);
    const observations = Array.from({ length: 500 }, () => ({
      variance: sampleVariance(random, 4e-4, 9),
      df: 9,
      offset: 4e-4,
    }));
    const fit = fitVarianceMixture(observations);
    expect(fit.variances[0]).toBe(0);
    // Extra variance below a tenth of the sampling noise: nothing of its own.
    expect(mass(fit, 0, 4e-5)).toBeGreaterThan(0.9);
  });

  it('gives a point mass at 0 when every sample variance is 0, and refuses no observations', () => {
    expect(fitVarianceMixture([{ variance: 0, df: 3 }])).toEqual({ variances: [0], weights: [1] });
    expect(() => fitVarianceMixture([])).toThrow(RangeError);
  });

  it('fits a suite of 10,000 series (from 2,000 of them, evenly spread) and still finds both groups', () => {
    const random = seededRandom(9);
    const observations = Array.from({ length: 10_000 }, (_, i) => ({
      variance: sampleVariance(random, i % 2 ? 1e-4 : 4e-3, 3),
      df: 3,
    }));
    const fit = fitVarianceMixture(observations);
    expect(mass(fit, 2e-5, 5e-4)).toBeGreaterThan(0.4);
    expect(mass(fit, 1e-3, 2e-2)).toBeGreaterThan(0.4);
  });
});

describe('posteriorMixture', () => {
  const prior: VarianceMixture = { variances: [1e-4, 1e-2], weights: [0.7, 0.3] };

  it('moves a series with a large spread of its own to the noisy group', () => {
    const post = posteriorMixture(prior, { variance: 1.2e-2, df: 9 });
    expect(post.weights[1]).toBeGreaterThan(0.999);
    expect(post.variances).toBe(prior.variances);
  });

  it('is Bayes’ rule on the grid: prior × χ² likelihood, normalized', () => {
    const own: VarianceObservation = { variance: 1e-3, df: 1 };
    const lik = prior.variances.map((v) => v ** -0.5 * Math.exp(-own.variance / (2 * v)));
    const joint = prior.weights.map((w, k) => w * (lik[k] as number));
    const post = posteriorMixture(prior, own);
    expect(post.weights[0]).toBeCloseTo(
      (joint[0] as number) / ((joint[0] as number) + (joint[1] as number)),
      12,
    );
  });

  it('with a weight below 1, counts the observation as fewer degrees of freedom', () => {
    const own: VarianceObservation = { variance: 1e-3, df: 10 };
    const tempered = posteriorMixture(prior, own, 0.5);
    expect(tempered.weights).toEqual(posteriorMixture(prior, { variance: 1e-3, df: 5 }).weights);
    // Less sure than the full update, and still on the same side.
    const full = posteriorMixture(prior, own);
    expect(tempered.weights[1] as number).toBeLessThan(full.weights[1] as number);
    expect(tempered.weights[1] as number).toBeGreaterThan(prior.weights[1] as number);
  });

  it('returns the prior when the series has no observation of its own', () => {
    expect(posteriorMixture(prior, undefined)).toBe(prior);
  });
});

describe('mixtureNormalTest', () => {
  it('is the normal test for a point mass: p = 2·Q(d/sd) and the margin 1.96·sd', () => {
    const point: VarianceMixture = { variances: [4e-4], weights: [1] };
    // factor 2 and 1e-4 known: sd = √(2·4e-4 + 1e-4) = 0.03.
    const t = mixtureNormalTest(0.06, point, 2, 1e-4, 0.95);
    expect(t.p).toBeCloseTo(2 * normalSurvival(2), 12);
    expect(t.margin / (1.959963984540054 * 0.03)).toBeCloseTo(1, 3);
  });

  it('weights the tails of the components', () => {
    const two: VarianceMixture = { variances: [1e-4, 1e-2], weights: [0.9, 0.1] };
    const t = mixtureNormalTest(0.05, two, 1, 0, 0.95);
    expect(t.p).toBeCloseTo(0.9 * 2 * normalSurvival(5) + 0.1 * 2 * normalSurvival(0.5), 12);
    expect(mixtureNormalTest(-0.05, two, 1, 0, 0.95).p).toBe(t.p);
    // The interval holds 95%: the tail at the margin is 5%.
    const atMargin = mixtureNormalTest(t.margin, two, 1, 0, 0.95).p;
    expect(atMargin).toBeCloseTo(0.05, 4);
  });

  it('gives calibrated p-values: series nine times as noisy as others, 3 runs each, no change', () => {
    // The use in compare(): each series' window of 3 run centers gives its sample variance (2 df);
    // the suite's mixture plus that decide how far the next run may move by chance.
    const random = seededRandom(11);
    const series = Array.from({ length: 4000 }, () => {
      const sd = 0.01 * Math.exp((2 * random.uniform() - 1) * Math.log(3));
      const centers = Array.from({ length: 3 }, () => sd * random.normal());
      const mean = centers.reduce((s, x) => s + x, 0) / 3;
      const variance = centers.reduce((s, x) => s + (x - mean) ** 2, 0) / 2;
      return { own: { variance, df: 2 }, distance: sd * random.normal() - mean };
    });
    const fit = fitVarianceMixture(series.map((s) => s.own));
    const p = series.map(
      (s) => mixtureNormalTest(s.distance, posteriorMixture(fit, s.own), 1 + 1 / 3, 0, 0.95).p,
    );
    const share = (t: number) => p.filter((x) => x < t).length / p.length;
    expect(share(0.05)).toBeGreaterThan(0.04);
    expect(share(0.05)).toBeLessThan(0.06);
    expect(share(0.01)).toBeLessThan(0.015);
    // The plug-in test (each series' own variance taken as the truth) is far too eager.
    const plugIn = series.map(
      (s) => 2 * normalSurvival(Math.abs(s.distance) / Math.sqrt((4 / 3) * s.own.variance)),
    );
    expect(plugIn.filter((x) => x < 0.01).length / plugIn.length).toBeGreaterThan(0.05);
  });
});

/**
 * The EM loop as first written (arrays, every grid point every time), kept to check that skipping the
 * grid points whose likelihood or weight is 0 changes no double. Observations ≤ 2,000, so the fit uses
 * all of them; grouped as the fit groups them.
 */
function plainFit(observations: VarianceObservation[]): VarianceMixture {
  const positive = observations.map((o) => o.variance).filter((v) => v > 0);
  if (positive.length === 0) return { variances: [0], weights: [1] };
  const lo = positive.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY) / 100;
  const hi = positive.reduce((m, v) => Math.max(m, v), 0) * 100;
  const variances = [
    0,
    ...Array.from({ length: 49 }, (_, k) => Math.exp(Math.log(lo) + (k / 48) * Math.log(hi / lo))),
  ];
  const byKey = new Map<string, { observation: VarianceObservation; count: number }>();
  for (const o of observations) {
    const bin = (x: number) => (x > 0 ? Math.round(Math.log(x) / 0.01) : '0');
    const key = `${o.df}:${bin(o.variance)}:${bin(o.offset ?? 0)}`;
    const group = byKey.get(key);
    if (group) group.count++;
    else byKey.set(key, { observation: o, count: 1 });
  }
  const groups = [...byKey.values()];
  const likelihoods = groups.map(({ observation: o }) => {
    const logs = variances.map((v) => {
      const total = v + (o.offset ?? 0);
      if (total === 0) return o.variance === 0 ? 0 : Number.NEGATIVE_INFINITY;
      return -(o.df / 2) * (Math.log(total) + o.variance / total);
    });
    const max = logs.reduce((most, x) => Math.max(most, x), Number.NEGATIVE_INFINITY);
    return logs.map((l) => Math.exp(l - max));
  });
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  let weights: number[] = new Array(50).fill(1 / 50);
  let previous = Number.NEGATIVE_INFINITY;
  for (let iteration = 0; iteration < 250; iteration++) {
    const next: number[] = new Array(50).fill(0);
    let logLikelihood = 0;
    groups.forEach((g, i) => {
      const lik = likelihoods[i] as number[];
      let marginal = 0;
      for (let k = 0; k < 50; k++) marginal += (weights[k] as number) * (lik[k] as number);
      if (marginal === 0) return;
      logLikelihood += g.count * Math.log(marginal);
      const share = g.count / marginal;
      for (let k = 0; k < 50; k++)
        next[k] = (next[k] as number) + share * (weights[k] as number) * (lik[k] as number);
    });
    const sum = next.reduce((acc, w) => acc + w, 0);
    weights = next.map((w) => w / sum);
    if (logLikelihood - previous < 1e-7 * total) break;
    previous = logLikelihood;
  }
  return { variances, weights };
}

describe('fitVarianceMixture against the plain EM loop', () => {
  it('gives the same doubles on 30 random suites (zeros, offsets, 1 to 500 series)', () => {
    const random = seededRandom(41);
    for (let c = 0; c < 30; c++) {
      const n = [1, 4, 30, 120, 500][c % 5] as number;
      const observations = Array.from({ length: n }, (): VarianceObservation => {
        const df = 1 + Math.floor(random.uniform() * 9);
        const variance =
          c % 7 === 0 && random.uniform() < 0.3
            ? 0
            : sampleVariance(random, 1e-4 * Math.exp(random.normal()), df);
        return c % 3 === 0 ? { variance, df, offset: 1e-4 * random.uniform() } : { variance, df };
      });
      const fit = fitVarianceMixture(observations);
      const plain = plainFit(observations);
      expect(fit.variances).toEqual(plain.variances);
      expect(fit.weights.every((w, k) => Object.is(w, plain.weights[k]))).toBe(true);
    }
  });
});
