// An empirical-Bayes model of how noisy the series of a suite are: the distribution of their
// variances, estimated from all of them at once, and what it says about one series.
//
// Each series i has an unknown variance τᵢ² (here: of its run centers on the log scale) and an
// observed sample variance sᵢ² with νᵢ degrees of freedom, νᵢ·sᵢ²/τᵢ² ~ χ²(νᵢ). The τᵢ² are drawn
// from a distribution G common to the suite. G is estimated without assuming its shape, as the
// nonparametric maximum-likelihood estimate on a fixed log-spaced grid (Kiefer–Wolfowitz; EM for the
// grid weights, as in Koenker & Mizera 2014 and the `vash` method of Lu & Stephens 2016). A series
// with few runs then borrows from the suite where its own data are silent, but only as far as the
// suite's benchmarks are alike: when some benchmarks are nine times as noisy as others, G says so,
// and a quiet-looking series with two runs keeps some probability of being one of the noisy ones.
// A scaled-inverse-χ² prior (limma) forces one shape on G and either overstates the tail (losing
// power) or understates it (false alarms) when the truth is bounded or bimodal.
//
// Written here because no maintained JavaScript package fits a nonparametric variance prior
// (simple-statistics has none; the methods above exist as R packages only).
import { normalSurvival } from './distributions.js';
import { evenlySpaced } from './evenly-spaced.js';

/**
 * One series' observed sample variance and its degrees of freedom (≥ 1). `offset`: a part of the
 * variance known from elsewhere (the runs' own sampling noise), so that νs²/(τ² + offset) ~ χ²(ν)
 * and the mixture describes τ² alone; absent when nothing is known (then τ² holds everything).
 */
export interface VarianceObservation {
  variance: number;
  df: number;
  offset?: number;
}

/** A discrete distribution of variances: grid points and their probabilities. */
export interface VarianceMixture {
  variances: number[];
  weights: number[];
}

/** Grid points of the estimate: 0 and log-spaced points over the observed range, widened below. */
const GRID_POINTS = 50;
/** The grid spans the observed variances widened by this factor on each side. */
const GRID_MARGIN = 100;
const MAX_ITERATIONS = 250;
/** EM stops when the mean log-likelihood gains less than this per iteration. */
const TOLERANCE = 1e-7;
/** Mixture weights below this are left out of tests (their share of any probability is below it). */
const NEGLIGIBLE_WEIGHT = 1e-9;
/** At most this many observations are used for the fit (evenly spaced); more change nothing visible. */
const MAX_FIT_OBSERVATIONS = 2000;
/** Observations are grouped by df and by ln(variance) in bins this wide (1%): same fit, less work. */
const LOG_BIN = 0.01;

/**
 * The nonparametric maximum-likelihood estimate of the distribution of the series' true variances
 * from their sample variances. Needs at least one observation; when every sample variance is 0 the
 * estimate is a point mass at 0.
 */
export function fitVarianceMixture(observations: readonly VarianceObservation[]): VarianceMixture {
  if (observations.length === 0) throw new RangeError('fitVarianceMixture needs observations');
  const positive = observations.map((o) => o.variance).filter((v) => v > 0);
  if (positive.length === 0) return { variances: [0], weights: [1] };
  const lo = positive.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY) / GRID_MARGIN;
  const hi = positive.reduce((m, v) => Math.max(m, v), 0) * GRID_MARGIN;
  // 0 and a log-spaced grid: with known offsets, many series may have no variance of their own.
  const variances = [
    0,
    ...Array.from({ length: GRID_POINTS - 1 }, (_, k) =>
      Math.exp(Math.log(lo) + (k / (GRID_POINTS - 2)) * Math.log(hi / lo)),
    ),
  ];
  const groups = groupObservations(evenlySpaced(observations, MAX_FIT_OBSERVATIONS));
  // One flat table of likelihoods, and each group's range of grid points where its likelihood is not
  // 0; below, the same for the weights. A 0 there adds exactly nothing to either sum (0 × a finite
  // likelihood is 0), so skipping it leaves every double as it was, at a third of the work.
  const likelihoods = new Float64Array(groups.length * GRID_POINTS);
  const from = new Int32Array(groups.length);
  const to = new Int32Array(groups.length);
  let finite = true;
  groups.forEach((g, i) => {
    const lik = relativeLikelihoods(g.observation, variances);
    likelihoods.set(lik, i * GRID_POINTS);
    if (lik.some((x) => !Number.isFinite(x))) finite = false;
    let first = 0;
    while (first < GRID_POINTS && lik[first] === 0) first++;
    let last = GRID_POINTS;
    while (last > first && lik[last - 1] === 0) last--;
    from[i] = first;
    to[i] = last;
  });
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  let weights = new Float64Array(GRID_POINTS).fill(1 / GRID_POINTS);
  let previous = Number.NEGATIVE_INFINITY;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = new Float64Array(GRID_POINTS);
    let logLikelihood = 0;
    let weightFrom = 0;
    let weightTo = GRID_POINTS;
    if (finite) {
      while (weightFrom < GRID_POINTS && weights[weightFrom] === 0) weightFrom++;
      while (weightTo > weightFrom && weights[weightTo - 1] === 0) weightTo--;
    }
    for (let i = 0; i < groups.length; i++) {
      const count = (groups[i] as { count: number }).count;
      const row = i * GRID_POINTS;
      const first = Math.max(from[i] as number, weightFrom);
      const last = Math.min(to[i] as number, weightTo);
      let marginal = 0;
      for (let k = first; k < last; k++)
        marginal += (weights[k] as number) * (likelihoods[row + k] as number);
      // Underflow: the weights left where this observation is likely are below 1e-308; it adds nothing.
      if (marginal === 0) continue;
      logLikelihood += count * Math.log(marginal);
      const share = count / marginal;
      for (let k = first; k < last; k++) {
        next[k] = (next[k] as number) + share * (weights[k] as number) * (likelihoods[row + k] as number);
      }
    }
    let sum = 0;
    for (let k = 0; k < GRID_POINTS; k++) sum += next[k] as number;
    for (let k = 0; k < GRID_POINTS; k++) next[k] = (next[k] as number) / sum;
    weights = next;
    if (logLikelihood - previous < TOLERANCE * total) break;
    previous = logLikelihood;
  }
  return { variances, weights: Array.from(weights) };
}

/**
 * The mixture given one series' own observation (Bayes' rule on the grid); the prior without one.
 * `weight` < 1 raises the observation's likelihood to that power (a tempered, "safe" Bayesian
 * update): the observation then counts as if it had `weight`·ν degrees of freedom, which hedges a
 * model that is only nearly right.
 */
export function posteriorMixture(
  prior: VarianceMixture,
  own: VarianceObservation | undefined,
  weight = 1,
): VarianceMixture {
  if (!own || own.df <= 0 || prior.variances.length === 1) return prior;
  const lik = relativeLikelihoods({ ...own, df: own.df * weight }, prior.variances);
  const unnormalized = prior.weights.map((w, k) => w * (lik[k] as number));
  const sum = unnormalized.reduce((s, x) => s + x, 0);
  if (!(sum > 0)) return prior;
  return { variances: prior.variances, weights: unnormalized.map((x) => x / sum) };
}

/**
 * Two-sided test of a distance that is normal with mean 0 and variance factor·τ² + extra, τ² drawn
 * from the mixture: the tail probability p and the half-width of the central `level` interval.
 */
export function mixtureNormalTest(
  distance: number,
  mixture: VarianceMixture,
  factor: number,
  extra: number,
  level: number,
): { p: number; margin: number } {
  // Components with negligible weight change no probability that matters; skipping them keeps a
  // report of 10,000 series fast (a posterior sits on a handful of grid points).
  const components: { w: number; sd: number }[] = [];
  mixture.weights.forEach((w, k) => {
    if (w > NEGLIGIBLE_WEIGHT)
      components.push({ w, sd: Math.sqrt(factor * (mixture.variances[k] as number) + extra) });
  });
  const p = Math.min(1, twoSidedTail(components, Math.abs(distance)));
  // The interval's half-width: where the tail reaches 1 − level, to 4 significant digits (a report
  // shows 2). Components below a weight of 1e-6 move it by less than that.
  const heavy = components.filter((c) => c.w > 1e-6);
  const target = 1 - level;
  let lo = 0;
  let hi = heavy.reduce((most, c) => Math.max(most, c.sd), Number.NEGATIVE_INFINITY) * 4;
  if (!(hi > 0)) return { p, margin: 0 };
  for (let i = 0; i < 60 && hi - lo > 1e-4 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (twoSidedTail(heavy, mid) > target) lo = mid;
    else hi = mid;
  }
  return { p, margin: (lo + hi) / 2 };
}

/** P(|X| ≥ x) for X a mixture of centered normals (weight w, standard deviation sd). */
function twoSidedTail(components: readonly { w: number; sd: number }[], x: number): number {
  let sum = 0;
  for (const { w, sd } of components) sum += sd === 0 ? (x === 0 ? w : 0) : 2 * w * normalSurvival(x / sd);
  return sum;
}

/** Log-likelihood of each grid variance for one observation, shifted so that the largest is 0, exponentiated. */
function relativeLikelihoods(o: VarianceObservation, variances: readonly number[]): number[] {
  // ν·s²/τ² ~ χ²(ν): up to terms without τ², ln L(τ²) = −(ν/2)·(ln τ² + s²/τ²).
  const offset = o.offset ?? 0;
  const logs = variances.map((v) => {
    const total = v + offset;
    if (total === 0) return o.variance === 0 ? 0 : Number.NEGATIVE_INFINITY;
    return -(o.df / 2) * (Math.log(total) + o.variance / total);
  });
  const max = logs.reduce((most, x) => Math.max(most, x), Number.NEGATIVE_INFINITY);
  return logs.map((l) => Math.exp(l - max));
}

function groupObservations(
  observations: readonly VarianceObservation[],
): { observation: VarianceObservation; count: number }[] {
  const byKey = new Map<string, { observation: VarianceObservation; count: number }>();
  for (const o of observations) {
    const bin = (x: number) => (x > 0 ? Math.round(Math.log(x) / LOG_BIN) : '0');
    const key = `${o.df}:${bin(o.variance)}:${bin(o.offset ?? 0)}`;
    const group = byKey.get(key);
    if (group) group.count++;
    else byKey.set(key, { observation: o, count: 1 });
  }
  return [...byKey.values()];
}
