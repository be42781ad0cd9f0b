// The run-to-run test: is the current center within how far this series' run center moves between runs
// of the same code? The distance of the current center from the reference has variance W + k·B: W from
// the runs' own samples, B the run-to-run variance of one run center beyond them, k = 2 against one
// baseline run and 1 + π/(2R) against the median of R. The distance is taken after the current run's
// machine factor (the suite's typical move), as the window's centers are. Four forms, by what is known:
//   - no suite prior, ≥ 2 runs: the robust prediction of one more center from the window alone;
//   - the suite's mixture of run-to-run variances, narrowed by the series' own window (Bayes' rule);
//     it holds the samples' noise too, so with precisely known sampling noise it alone decides;
//   - runs of 2–5 samples with a window: the window's variance pooled with the suite's typical value,
//     referred to Student's t (heavy tails stand for the benchmarks noisier than the typical one);
//   - one baseline run: against the spread of the suite's moves, t tails fitted to them (move-tails).
import type { BenchmarkResult } from '../model/result.js';
import { studentTQuantile, studentTTwoSidedP } from '../stats/distributions.js';
import type { MoveTail } from '../stats/move-tails.js';
import { historyPredictionTest } from '../stats/run-noise.js';
import { mixtureNormalTest, posteriorMixture } from '../stats/variance-mixture.js';
import type { Evidence } from './evidence.js';
import {
  isPreciseSampling,
  type RunNoisePrior,
  referenceCenter,
  sampleVariance,
  type VarianceEstimate,
  windowVariance,
} from './noise-model.js';
import { LEVEL, OWN_WINDOW_WEIGHT } from './tuning.js';
import { type WindowSeries, worseLog } from './window.js';
import type { Sampling } from './within-run.js';

/** What the run-to-run test of one series needs. */
export interface RunToRunInput {
  window: WindowSeries;
  /** The current center, with any runner drift taken out, and the factor it was divided by. */
  currentCenter: number;
  scale: number;
  direction: BenchmarkResult['direction'];
  sampling: Sampling;
  prior: RunNoisePrior | undefined;
  sampleLogVariance: number | undefined;
  /** A within-run test of few samples found the runs' samples apart (evidence.ts): a window's test may decide alone. */
  guarded: boolean;
}

/** No sampling variance known: nothing to add (the run-to-run part then covers the samples too). */
const UNKNOWN: VarianceEstimate = { variance: 0, df: Number.POSITIVE_INFINITY };

export function runToRunTest(input: RunToRunInput): Evidence | undefined {
  const { window, prior } = input;
  if (!prior) return input.window.centers.length >= 2 ? predictionTest(input) : undefined;
  // Measured on the raw value: the typical move already holds any drift the current run was scaled for.
  const raw = input.currentCenter * input.scale;
  const distance =
    worseLog(raw, input.direction) - worseLog(referenceCenter(window), input.direction) - prior.typicalMove;
  if (prior.mixture && (isPreciseSampling(input.sampling.current) || input.guarded)) {
    return mixtureTest(input, prior, distance);
  }
  if (window.centers.length >= 2) return pooledWindowTest(input, prior, distance);
  return suiteMovesTest(input, prior, distance);
}

function evidence(p: number, logMargin: number, decidesAlone: boolean, reason: Evidence['reason']): Evidence {
  return {
    kind: 'run-to-run',
    p,
    margin: { lower: logMargin, upper: logMargin },
    canReachAlpha: true,
    decidesAlone,
    reason,
  };
}

function predictionTest({ window, currentCenter, guarded }: RunToRunInput): Evidence {
  const h = historyPredictionTest(window.centers, currentCenter, LEVEL);
  const logMargin = Math.max(Math.log(h.hi / h.center), Math.log(h.center / h.lo));
  return evidence(h.p, logMargin, guarded, { code: 'within-window-spread', runs: window.centers.length });
}

/** The median of R run centers has about π/(2R) of one center's variance (exactly 1/R for R ≤ 2). */
function medianShrink(runs: number): number {
  return runs <= 2 ? 1 / runs : Math.PI / (2 * runs);
}

/**
 * The suite's mixture of run-to-run variances τ², narrowed by this series' window. Each side's sampling
 * variance is added from its own samples — unless the window's runs did not all know theirs (runs of
 * 2–5 samples): then the series' τ² is of whole run centers, samples' noise included, and adding the
 * sampling variances again would count it twice.
 */
function mixtureTest(input: RunToRunInput, prior: RunNoisePrior, distance: number): Evidence {
  const { window, sampling } = input;
  const runs = window.centers.length;
  const shrink = medianShrink(runs);
  const own = runs >= 2 ? windowVariance(window, input.sampleLogVariance) : undefined;
  const posterior = posteriorMixture(
    prior.mixture as NonNullable<RunNoisePrior['mixture']>,
    own,
    OWN_WINDOW_WEIGHT,
  );
  const samplingInWindow = own !== undefined && own.offset === undefined;
  const known = samplingInWindow
    ? 0
    : (sampling.current?.variance ?? 0) + shrink * (own?.offset ?? (sampling.baseline ?? UNKNOWN).variance);
  const { p, margin } = mixtureNormalTest(distance, posterior, 1 + shrink, known, LEVEL);
  const precise = isPreciseSampling(sampling.current);
  return evidence(
    p,
    margin,
    precise || input.guarded,
    runs >= 2
      ? { code: 'within-window-and-suite-spread', runs, series: prior.series }
      : { code: 'within-suite-typical-spread' },
  );
}

/** Runs of 2–5 samples with a window: B pools the window's own variance with the suite's typical one. */
function pooledWindowTest(input: RunToRunInput, prior: RunNoisePrior, distance: number): Evidence {
  const { window } = input;
  const runs = window.centers.length;
  const shrink = medianShrink(runs);
  const current = input.sampling.current ?? UNKNOWN;
  const baseline = input.sampling.baseline ?? UNKNOWN;
  const ownDf = runs - 1;
  const ownExcess = Math.max(0, sampleVariance(window.centers.map(Math.log)) - baseline.variance);
  const excess = (prior.df * prior.excessVariance + ownDf * ownExcess) / (prior.df + ownDf);
  const { p, logMargin } = noiseTest(distance, [
    current,
    { variance: baseline.variance * shrink, df: baseline.df },
    { variance: (1 + shrink) * excess, df: prior.df + ownDf },
  ]);
  return evidence(p, logMargin, input.guarded, {
    code: 'within-window-and-suite-spread',
    runs,
    series: prior.series,
  });
}

/**
 * One baseline run: the move against both runs' sampling noise and a run-to-run part given as weighted
 * scaled t's: p is the weighted mean of each one's p, the margin the widest among those with a weight
 * of at least 1% (solving for the mixture's own quantile would take a t tail per series per step).
 * A guarding within-run test lets it decide alone only on a quiet machine.
 */
function suiteMovesTest(input: RunToRunInput, prior: RunNoisePrior, distance: number): Evidence {
  const current = input.sampling.current ?? UNKNOWN;
  const baseline = input.sampling.baseline ?? UNKNOWN;
  const tails: readonly MoveTail[] = prior.tails ?? [
    { runVariance: prior.excessVariance, df: prior.df, weight: 1 },
  ];
  let p = 0;
  let logMargin = 0;
  for (const tail of tails) {
    const one = noiseTest(distance, [current, baseline, { variance: 2 * tail.runVariance, df: tail.df }]);
    p += tail.weight * one.p;
    if (tail.weight >= 0.01) logMargin = Math.max(logMargin, one.logMargin);
  }
  return evidence(
    Math.min(1, p),
    logMargin,
    input.guarded && prior.quiet === true,
    prior.source === 'suite'
      ? { code: 'within-suite-moves', series: prior.series }
      : { code: 'within-suite-typical-spread' },
  );
}

/**
 * Two-sided test of a log distance whose variance is a sum of estimated parts, referred to Student's t
 * with Welch–Satterthwaite's degrees of freedom (a part treated as known adds none of its own).
 */
function noiseTest(distance: number, parts: VarianceEstimate[]): { p: number; logMargin: number } {
  const variance = parts.reduce((sum, part) => sum + part.variance, 0);
  if (variance === 0) return { p: distance === 0 ? 1 : 0, logMargin: 0 };
  const spread = parts.reduce(
    (sum, { variance: v, df }) => (v === 0 || df === Number.POSITIVE_INFINITY ? sum : sum + v ** 2 / df),
    0,
  );
  const df = spread === 0 ? Number.POSITIVE_INFINITY : variance ** 2 / spread;
  // Far beyond any table: the normal distribution (and no slow continued fractions for huge df).
  const effectiveDf = df > 1e4 ? Number.POSITIVE_INFINITY : df;
  const sd = Math.sqrt(variance);
  return {
    p: studentTTwoSidedP(distance / sd, effectiveDf),
    logMargin: sd * studentTQuantile(1 - (1 - LEVEL) / 2, effectiveDf),
  };
}
