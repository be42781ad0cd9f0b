// The noise model: how far a benchmark's center moves when nothing changed, estimated from the
// baseline window, the current run and the whole suite. evidence.ts tests changes against it.
//
// Two kinds of noise (docs/statistics.md):
//   - within-run (sampling) noise: how precisely one run pins its own center down (centerLogVariance,
//     from the samples, a summary or the tool's interval);
//   - run-to-run noise: on shared machines a whole benchmark moves between runs of the same code while
//     its samples stay tight. A window of a few runs says little about one series, so the suite speaks
//     for it too: the distribution of run-to-run variances over all series of the window (an
//     empirical-Bayes mixture, stats/variance-mixture.ts), or for runs of 2–5 samples one typical value
//     with heavy tails (as limma does for gene-expression variances); with one baseline run, the
//     spread of all series' moves (estimateRunNoise).
import { median } from 'simple-statistics';
import type { SideStats } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { isTiming } from '../model/units.js';
import { studentTTwoSidedP } from '../stats/distributions.js';
import { isLogInterval, logSeFromInterval } from '../stats/interval-test.js';
import { type MoveTail, moveTails, type SuiteMove, type TailPrior } from '../stats/move-tails.js';
import { type RobustLogSpread, robustLogSpread } from '../stats/run-noise.js';
import {
  fitVarianceMixture,
  type VarianceMixture,
  type VarianceObservation,
} from '../stats/variance-mixture.js';
import { sideOf } from './side.js';
import {
  HISTORY_PRIOR_DF,
  LIGHTER_TAILS_LOG_RATIO,
  LIGHTER_TAILS_PRIOR,
  MIN_SAMPLES_FOR_SD,
  MIN_SAMPLES_FOR_SPREAD,
  MOVED_BETTER_SHARE,
  MOVED_SUITE_P,
  PRECISE_DF,
  PRIOR_MIN_HISTORY_SERIES,
  PRIOR_MIN_SUITE_SERIES,
  QUIET_MARGIN,
  QUIET_MIN_SERIES,
  SAMPLE_PRIOR_DF,
  SAMPLING_RUNS,
  SUITE_MOVE_DF,
} from './tuning.js';
import { type Window, type WindowSeries, worseLog } from './window.js';

/** The tails assumed for a one-run suite's moves and what lighter ones must show (tuning.ts). */
export const SUITE_TAIL_PRIOR: TailPrior = {
  heavyDf: SUITE_MOVE_DF,
  lighterLogRatio: LIGHTER_TAILS_LOG_RATIO,
  lighterPrior: LIGHTER_TAILS_PRIOR,
};
/** Median of χ² with 1 degree of freedom. */
const CHI_SQUARE_1_MEDIAN = 0.454936423119572;
/** IQR of a normal distribution in standard deviations, and its upper quartile. */
const NORMAL_IQR = 1.3489795003921634;
const NORMAL_UPPER_QUARTILE = NORMAL_IQR / 2;

/** Where a series' baseline sits: the typical center of its window's runs, or its one run's center. */
export function referenceCenter(window: WindowSeries): number {
  return window.centers.length >= 2 ? spreadOf(window.centers).center : (window.centers[0] as number);
}

// ---------------------------------------------------------------------------------------------
// Run-to-run noise pooled over the suite
// ---------------------------------------------------------------------------------------------

/**
 * The suite's typical run-to-run noise: how much a series' run center moves between runs beyond what
 * the run's own samples explain. A prior for every series of the report.
 */
export interface RunNoisePrior {
  /** Typical variance of ln(run center) between runs, beyond the run's own sampling noise. */
  excessVariance: number;
  /** Series it was estimated from. */
  series: number;
  /**
   * `history`: from each series' centers in the baseline window; `suite`: one baseline run, from how
   * far all series moved between it and the current run.
   */
  source: 'history' | 'suite';
  /**
   * The current run's typical worse-oriented log move from the baseline (median over timing series):
   * its machine factor. Run-to-run tests measure each series' move from it.
   */
  typicalMove: number;
  /** Degrees of freedom the prior is worth for one series (how far the suite's typical value speaks for it). */
  df: number;
  /**
   * `suite` only: the run-to-run part of the moves as weighted scaled t's — t₄ at excessVariance
   * unless the moves show lighter tails (stats/move-tails.ts). Tests average their p over them.
   */
  tails?: MoveTail[];
  /**
   * `suite` only: a quiet machine — the moves to the better side of the typical move are no wider
   * than the two runs' own samples explain. (That side alone: the worse one holds the regressions
   * the report looks for, which would make any machine look noisy.)
   */
  quiet?: boolean;
  /**
   * `history` only: the distribution over the suite of the variance of one run's log center (run-to-run
   * and sampling noise together), estimated from every series' window (stats/variance-mixture.ts).
   */
  mixture?: VarianceMixture;
}

/** What the whole suite says about noise: priors for series whose own data say little. */
export interface SuiteNoise {
  /**
   * Typical variance of ln(sample) within one run, over the runs with 3 to 5 samples: the spread of
   * so few samples is itself too uncertain to judge their run by.
   */
  sampleLogVariance?: number;
  run?: RunNoisePrior;
}

export function estimateSuiteNoise(current: BenchmarkResult[], windowById: Window): SuiteNoise {
  const sampleLogVariance = typicalSampleLogVariance(current, windowById);
  return { sampleLogVariance, run: estimateRunNoise(current, windowById, sampleLogVariance) };
}

/** The median over timing runs with 3–5 samples (current and newest baseline) of their sample log variance. */
function typicalSampleLogVariance(current: BenchmarkResult[], windowById: Window): number | undefined {
  const scaled: number[] = [];
  const add = (r: BenchmarkResult | undefined) => {
    const xs = r?.samples;
    if (
      !xs ||
      xs.length < MIN_SAMPLES_FOR_SD ||
      xs.length >= MIN_SAMPLES_FOR_SPREAD ||
      xs.some((x) => !(x > 0))
    )
      return;
    scaled.push(sampleVariance(xs.map(Math.log)) / chiSquareMedianOverDf(xs.length - 1));
  };
  for (const result of current) {
    if (!isTiming(result.unit)) continue;
    add(result);
    add(windowById.get(result.id)?.results.at(-1));
  }
  return scaled.length >= PRIOR_MIN_HISTORY_SERIES ? median(scaled) : undefined;
}

function estimateRunNoise(
  current: BenchmarkResult[],
  windowById: Window,
  sampleLogVariance: number | undefined,
): RunNoisePrior | undefined {
  const excesses: number[] = [];
  const windowVariances: VarianceObservation[] = [];
  const moves: { move: number; sampling: number }[] = [];
  for (const result of current) {
    const window = windowById.get(result.id);
    const newest = window?.results.at(-1);
    if (!window || !newest || !isTiming(result.unit) || !(result.value > 0)) continue;
    if (window.centers.some((c) => !(c > 0))) continue;
    const newestSampling = centerLogVariance(newest, sideOf(newest), sampleLogVariance)?.variance ?? 0;
    if (window.centers.length >= 2) {
      // s² / σ² is χ²ₖ/k: dividing by its median makes every series' value estimate σ²'s typical size.
      const observed = windowVariance(window, sampleLogVariance);
      const spread = observed.variance / chiSquareMedianOverDf(observed.df);
      excesses.push(Math.max(0, spread - newestSampling));
      windowVariances.push(observed);
    }
    const move =
      worseLog(result.value, result.direction) - worseLog(referenceCenter(window), result.direction);
    const currentSampling = centerLogVariance(result, sideOf(result), sampleLogVariance)?.variance ?? 0;
    moves.push({ move, sampling: newestSampling + currentSampling });
  }
  const typicalMove = moves.length > 0 ? median(moves.map((m) => m.move)) : 0;
  if (excesses.length >= PRIOR_MIN_HISTORY_SERIES) {
    return {
      excessVariance: median(excesses),
      series: excesses.length,
      source: 'history',
      typicalMove,
      df: HISTORY_PRIOR_DF,
      mixture: fitVarianceMixture(windowVariances),
    };
  }
  if (moves.length < PRIOR_MIN_SUITE_SERIES) return undefined;
  const deviations = moves.map(({ move, sampling }) => ({ square: (move - typicalMove) ** 2, sampling }));
  const side = (isBetter: boolean) =>
    moves
      .filter(({ move }) => (isBetter ? move < typicalMove : move > typicalMove))
      .map(({ move, sampling }) => ({ square: (move - typicalMove) ** 2, sampling }));
  const better = side(true);
  const excessVariance = excessFromMoves(deviations);
  return {
    excessVariance,
    tails: suiteTails(better, side(false), excessVariance, moves.length),
    quiet: isQuiet(better),
    series: moves.length,
    source: 'suite',
    typicalMove,
    df: SUITE_MOVE_DF,
  };
}

/**
 * The tails of the run-to-run part: t₄ at the median's B unless the better side's moves show lighter
 * ones (stats/move-tails.ts). When at least PRIOR_MIN_SUITE_SERIES and more than MOVED_BETTER_SHARE of
 * the better side's moves clearly moved (beyond what t₄ at B leaves to noise anywhere in the suite: p
 * below MOVED_SUITE_P / series), that side holds changes, not noise (a faster algorithm in many
 * benchmarks at once), and a t fitted to it would stretch its scale over them and call every one within
 * the spread of the moves: the worse side stands in for it when fewer of its moves clearly moved, else
 * t₄ at B alone. Fewer clearly moved moves than that can be a few noisy benchmarks of a small suite,
 * whose tails the fit must keep.
 */
function suiteTails(
  better: readonly SuiteMove[],
  worse: readonly SuiteMove[],
  b: number,
  series: number,
): MoveTail[] {
  const cutoff = MOVED_SUITE_P / series;
  const movedCount = (side: readonly SuiteMove[]) =>
    side.filter(({ square, sampling }) => movedP(Math.sqrt(square), sampling, b) < cutoff).length;
  const moved = movedCount(better);
  if (moved < PRIOR_MIN_SUITE_SERIES || moved <= MOVED_BETTER_SHARE * better.length) {
    return moveTails(better, b, SUITE_TAIL_PRIOR);
  }
  const betterShare = moved / better.length;
  if (movedCount(worse) / Math.max(1, worse.length) < betterShare)
    return moveTails(worse, b, SUITE_TAIL_PRIOR);
  return [{ runVariance: b, df: SUITE_MOVE_DF, weight: 1 }];
}

/**
 * Two-sided p of a centered move under the one-run test's own noise model: the sampling variance plus
 * 2B with t₄ tails, Welch–Satterthwaite's degrees of freedom (run-to-run.ts, stats/move-tails.ts).
 */
function movedP(deviation: number, sampling: number, b: number): number {
  const variance = sampling + 2 * b;
  if (!(variance > 0)) return deviation === 0 ? 1 : 0;
  const df = b === 0 ? Number.POSITIVE_INFINITY : SUITE_MOVE_DF * (variance / (2 * b)) ** 2;
  return studentTTwoSidedP(deviation / Math.sqrt(variance), df > 1e4 ? Number.POSITIVE_INFINITY : df);
}

/**
 * The sample variance of a window's log centers (≥ 2 runs), its degrees of freedom, and the part of it
 * the runs' own samples explain (their mean sampling variance; undefined unless every run knows it,
 * i.e. has ≥ 6 samples, a summary or an interval — then the centers' variance holds it, unseparated).
 * Cached per window, once its machine factors are out: the noise model and the test both need it.
 */
export function windowVariance(
  window: WindowSeries,
  typicalSampleLogVariance: number | undefined,
): VarianceObservation {
  const cached = windowVarianceCache.get(window);
  if (cached) return cached;
  const observed = {
    variance: sampleVariance(window.centers.map(Math.log)),
    df: window.centers.length - 1,
    offset: meanSamplingVariance(window, typicalSampleLogVariance),
  };
  windowVarianceCache.set(window, observed);
  return observed;
}

const windowVarianceCache = new WeakMap<WindowSeries, VarianceObservation>();

/**
 * Mean sampling variance of ln(center) over a window's newest runs (up to 5: it is about the same in
 * every run, and each costs a sort of the run's samples), when every one of them is robustly known;
 * undefined otherwise.
 */
function meanSamplingVariance(
  window: WindowSeries,
  typicalSampleLogVariance: number | undefined,
): number | undefined {
  const runs = window.results.slice(-SAMPLING_RUNS);
  let sum = 0;
  for (const r of runs) {
    const v = centerLogVariance(r, sideOf(r), typicalSampleLogVariance);
    if (!v || v.df !== Number.POSITIVE_INFINITY) return undefined;
    sum += v.variance / runs.length;
  }
  return sum;
}

/**
 * Whether moves (to one side of the typical move) are clearly no wider than the runs' own sampling
 * noise explains: the median of their squares, each over its sampling variance, is at most
 * QUIET_MARGIN times the median of χ²₁.
 */
function isQuiet(moves: { square: number; sampling: number }[]): boolean {
  // Series whose runs do not tell their sampling noise (one number per run) say nothing here.
  const known = moves.filter((m) => m.sampling > 0);
  if (known.length < QUIET_MIN_SERIES) return false;
  return medianStandardized(known, 0) <= QUIET_MARGIN * CHI_SQUARE_1_MEDIAN;
}

/**
 * One baseline run: each move (centered) has variance `sampling` + 2B, B the run-to-run variance of
 * one run center. B is the value for which the standardized moves have the median a χ²₁ has — a median,
 * so that the minority of series that really changed does not inflate it much. Both sides of the
 * typical move: a burst of load slows the run it hits, and when that is the current run the quiet side
 * is the better one (docs/statistics.md, "One baseline run"). 0 when the samples alone explain the moves.
 */
function excessFromMoves(deviations: { square: number; sampling: number }[]): number {
  if (medianStandardized(deviations, 0) <= CHI_SQUARE_1_MEDIAN) return 0;
  let lo = 0;
  let hi = deviations.reduce((max, d) => Math.max(max, d.square), 0) / (2 * CHI_SQUARE_1_MEDIAN);
  for (let i = 0; i < 60 && hi - lo > 1e-6 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (medianStandardized(deviations, mid) > CHI_SQUARE_1_MEDIAN) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The median of the squared moves, each over its variance with run-to-run variance `b` on both runs. */
function medianStandardized(deviations: { square: number; sampling: number }[], b: number): number {
  return median(deviations.map(({ square, sampling }) => (square === 0 ? 0 : square / (sampling + 2 * b))));
}

/**
 * Whether a run's sampling noise is either known precisely (≥ 6 raw samples, a large summary, the
 * tool's interval) or absent (one number per run, whose spread is all in the run centers). Runs of 2–5
 * samples are not: their center can jump to a second mode of the benchmark that a window of a few
 * runs has not shown yet, which the heavy-tailed pooled tests tolerate and a mixture would not.
 */
export function isPreciseSampling(sampling: VarianceEstimate | undefined): boolean {
  return sampling === undefined || sampling.df >= PRECISE_DF;
}

// ---------------------------------------------------------------------------------------------
// Sampling noise of one run
// ---------------------------------------------------------------------------------------------

export function sampleVariance(xs: number[]): number {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
}

/** Median of χ²ₖ / k: exact for k = 1, Wilson–Hilferty's cube-root approximation above (error < 0.5%). */
function chiSquareMedianOverDf(k: number): number {
  if (k === 1) return CHI_SQUARE_1_MEDIAN;
  return (1 - 2 / (9 * k)) ** 3;
}

/** A variance and the degrees of freedom its estimate is worth (∞ when it is treated as known). */
export interface VarianceEstimate {
  variance: number;
  df: number;
}

/**
 * Variance of ln(center) of one run from its own sampling noise. From ≥ 6 raw samples (as many as
 * benchstat needs for a median interval): the median's asymptotic variance (π/2)·σ²/n with σ the
 * robust spread of the logs, so that two outliers among ten samples do not make the run look
 * imprecise (the order statistics of benchstat's interval would); treated as known, since the
 * Mann–Whitney test guards the same comparison. From 3 to 5 samples: the same with the classical sd,
 * worth n − 1 degrees of freedom. From a summary: Var ln x̄ ≈ s²/(n·x̄²). From the tool's confidence
 * interval: its width. Undefined when the run does not say.
 */
export function centerLogVariance(
  result: BenchmarkResult,
  side: SideStats,
  typicalSampleLogVariance: number | undefined,
): VarianceEstimate | undefined {
  const xs = side.samples;
  if (xs && xs.length >= 2) {
    if (xs.length < MIN_SAMPLES_FOR_SD || xs.some((x) => !(x > 0))) return undefined;
    const n = xs.length;
    if (n >= MIN_SAMPLES_FOR_SPREAD) {
      return { variance: ((Math.PI / 2) * spreadOf(xs).logSd ** 2) / n, df: Number.POSITIVE_INFINITY };
    }
    let variance = sampleVariance(xs.map(Math.log));
    let df = n - 1;
    if (typicalSampleLogVariance !== undefined) {
      variance = (SAMPLE_PRIOR_DF * typicalSampleLogVariance + df * variance) / (SAMPLE_PRIOR_DF + df);
      df += SAMPLE_PRIOR_DF;
    }
    return { variance: ((Math.PI / 2) * variance) / n, df };
  }
  const summary = summaryOf(result, side);
  if (summary) return { variance: (summary.stddev / summary.mean) ** 2 / summary.n, df: summary.n - 1 };
  const ci = side.ci;
  if (ci && isLogInterval({ estimate: side.center, ...ci })) {
    return {
      variance: logSeFromInterval({ estimate: side.center, ...ci }) ** 2,
      df: Number.POSITIVE_INFINITY,
    };
  }
  return undefined;
}

/**
 * robustLogSpread of an array the engine never mutates (a run's samples, a window's centers), once
 * per array: the same window and runs are asked for it by the noise model and by every test.
 */
function spreadOf(values: readonly number[]): RobustLogSpread {
  let spread = spreadCache.get(values);
  if (!spread) {
    spread = robustLogSpread(values);
    spreadCache.set(values, spread);
  }
  return spread;
}

const spreadCache = new WeakMap<readonly number[], RobustLogSpread>();

/**
 * The summary Welch's test runs on. When the tool gives quartiles (pytest's iqr, tinybench's p75 next
 * to the median), the median and its standard error: timing distributions have long right tails
 * (tinybench's sd is often larger than its median), which make the mean and sd too noisy to test.
 * The median's standard deviation as an estimator is √(π/2) times the mean's, so it enters Welch as
 * a mean with that much larger sd. Otherwise the mean and sd as the tool gives them.
 */
export function summaryOf(
  result: BenchmarkResult,
  side: SideStats,
): { mean: number; stddev: number; n: number } | undefined {
  if (side.n < 2) return undefined;
  const sd = quartileSd(result);
  const med = side.median;
  if (sd !== undefined && med !== undefined && med > 0) {
    // `side` may be drift-scaled: scale the spread like the median.
    const scale = med / (result.median as number);
    return { mean: med, stddev: sd * scale * Math.sqrt(Math.PI / 2), n: side.n };
  }
  if (side.mean !== undefined && side.stddev !== undefined && side.mean > 0) {
    return { mean: side.mean, stddev: side.stddev, n: side.n };
  }
  return undefined;
}

/** A normal-equivalent sd from the quartiles a tool reports: IQR / 1.349, or (p75 − median) / 0.674. */
function quartileSd(result: BenchmarkResult): number | undefined {
  const extra = result.extra ?? {};
  const num = (key: string) => {
    const v = extra[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const q1 = num('q1');
  const q3 = num('q3');
  const iqr = num('iqr') ?? (q1 !== undefined && q3 !== undefined ? q3 - q1 : undefined);
  if (iqr !== undefined && iqr > 0) return iqr / NORMAL_IQR;
  const p75 = num('p75');
  if (p75 !== undefined && result.median !== undefined && p75 > result.median) {
    return (p75 - result.median) / NORMAL_UPPER_QUARTILE;
  }
  return undefined;
}
