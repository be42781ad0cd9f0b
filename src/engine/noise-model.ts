// The noise model: how much a benchmark's center moves when nothing changed, estimated from the
// baseline window, the current run and the whole suite. series-test.ts tests changes against it.
// Pure: no I/O, no @actions/*. README.md ("How verdicts are made") explains the model.
//
// Two kinds of noise:
//   - within-run (sampling) noise: how precisely one run pins its own center down
//     (centerLogVariance, from the samples, a summary or the tool's interval);
//   - run-to-run noise: on shared machines a whole benchmark moves by 10–40% between runs of the same
//     code while its samples stay tight. A window of a few runs says little about one series, so the
//     suite speaks for it too: the distribution of run-to-run variances over all series of the window
//     (a nonparametric empirical-Bayes mixture, stats/variance-mixture.ts), or for runs of 2–5
//     samples a single typical value with heavy tails (as limma does for gene-expression variances);
//     with one baseline run and a suite large enough, the spread of all series' moves estimates it
//     instead (estimateSuiteNoise).
// Whole-machine factors (one CI runner 8% slower on every benchmark) are taken out of the window's
// centers first (removeMachineFactors), so that they do not count as any series' own noise.
import { median } from 'simple-statistics';
import type { SideStats } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { unitKind } from '../model/units.js';
import { logSeFromInterval } from '../stats/interval-test.js';
import { DEFAULT_MOVE_DF, type MoveTail, moveTails } from '../stats/move-tails.js';
import { type RobustLogSpread, robustLogSpread } from '../stats/run-noise.js';
import {
  fitVarianceMixture,
  type VarianceMixture,
  type VarianceObservation,
} from '../stats/variance-mixture.js';

/** Timing series with ≥ 2 baseline runs needed to pool their run-to-run noise into a suite prior. */
const PRIOR_MIN_HISTORY_SERIES = 10;
/**
 * Timing series needed to estimate run-to-run noise from one baseline run (the spread of the moves of
 * all series; real changes among them must stay a minority for the median to hold). Below it only the
 * within-run test is left, and on a shared runner that flags run-to-run noise: on the real pytest and
 * criterion pairs of this machine (15 series each, one baseline run, read both ways) 18 unchanged
 * benchmarks 10–33% apart were flagged in 8 comparisons, every one of them with at least one. At 10
 * none is, and only the 2.4–3.4× CountPrimes change stands out from such noise (Mix's +23–52% no
 * longer does). Simulated 15-series suites (block F of bench:detect, 5% threshold): false
 * regressions per 1,000 unchanged benchmarks 21 → 4.2 at 1% run-to-run noise, 86 → 5.3 at 2%, 229 →
 * 5.6 at 5%, 95 → 2.5 with one number per run (the oracle: 1.6–2.8), 0.1 on a quiet machine either
 * way (+10% found 99% there). +10% found at 1% run-to-run noise 96 → 58% (oracle 88%), at 2% 89 →
 * 12% (oracle 62%, the informed reference 4%): the old rates came with those false alarms.
 */
const PRIOR_MIN_SUITE_SERIES = 10;
/** Moves with known sampling noise needed before a one-run suite can pass for quiet (isQuiet). */
const QUIET_MIN_SERIES = 10;
/**
 * How many degrees of freedom the suite's typical run-to-run noise is worth for one series. Benchmarks
 * differ in noisiness, so the suite's typical value is only a rough guide to one series' noise: a
 * small weight gives the t distribution heavy tails, so that a series three times as noisy as the
 * typical one does not raise false alarms. Tuned with `npm run bench:detect` (bench/DETECTION.md,
 * run-to-run noise varying ×⅓–3 between benchmarks). Pooled with a window of ≥ 2 runs (only for runs
 * of 2–5 samples since the mixture came in): 4 let false alarms reach 2.2 per 1,000 with two baseline
 * runs, 3 keeps them at 1.3 or below. (limma's estimate of this weight from the spread of the series'
 * variances was tried: about 2.5 on these suites, and too noisy from windows of 2 runs to trust.) From
 * the moves of a one-run suite: 6 lets false alarms reach 2–5 per 1,000; 3 gives up most detection
 * (4 holds unless the moves show lighter tails: stats/move-tails.ts).
 * (A mixture estimated from the moves of one side of a one-run suite was tried too: twice the
 * detection, but 1.4–1.7 false alarms per 1,000, since a single move cannot say which series is noisy.)
 */
const HISTORY_PRIOR_DF = 3;
const SUITE_PRIOR_DF = DEFAULT_MOVE_DF;
/** The same for the typical spread of samples, used for runs of 3 to 5 samples (tuned the same way). */
const SAMPLE_PRIOR_DF = 4;
/** Median of χ² with 1 degree of freedom. */
const CHI_SQUARE_1_MEDIAN = 0.454936423119572;
/** IQR of a normal distribution in standard deviations, and its upper quartile. */
const NORMAL_IQR = 1.3489795003921634;
const NORMAL_UPPER_QUARTILE = NORMAL_IQR / 2;
/** Samples a run needs before its robust spread is trusted (benchstat's minimum for a median interval)… */
const MIN_SAMPLES_FOR_SPREAD = 6;
/** …and before its classical sd says anything at all. */
const MIN_SAMPLES_FOR_SD = 3;

export interface WindowSeries {
  /** The series' result in each baseline run that has it, oldest first. */
  results: BenchmarkResult[];
  commits: (string | undefined)[];
  /** Index in the window of each run that has the series. */
  runIndexes: number[];
  /** Whether the newest baseline run has the series (otherwise it is not reported as missing). */
  newestRunHasIt: boolean;
  /** Each run's center with that run's machine factor divided out (see removeMachineFactors). */
  centers: number[];
}

/** ln(value) turned so that larger is worse, whichever way the unit counts. */
export function worseLog(value: number, direction: BenchmarkResult['direction']): number {
  return direction === 'smaller' ? Math.log(value) : -Math.log(value);
}

/**
 * CI machines differ: a whole baseline run can be 8% slower on every benchmark. That shared factor is
 * not any benchmark's own run-to-run noise, and left in, it would make every series look noisy. Each
 * run's factor is the median, over the timing series, of how far the run sat from the series' typical
 * center (two rounds of median polish); timing centers are divided by it. Needs as many series as
 * the suite prior, so that the median is about the machine and not about a few benchmarks.
 */
export function removeMachineFactors(windowById: Map<string, WindowSeries>, runCount: number): void {
  const timed = [...windowById.values()].filter(
    (w) => isTiming((w.results[0] as BenchmarkResult).unit) && w.results.every((r) => r.value > 0),
  );
  const spanning = timed.filter((w) => w.results.length >= 2);
  if (spanning.length < PRIOR_MIN_HISTORY_SERIES) return;
  const logs = spanning.map((w) => w.results.map((r) => worseLog(r.value, r.direction)));
  const offsets = new Array<number>(runCount).fill(0);
  for (let round = 0; round < 2; round++) {
    const centers = logs.map((ls, i) =>
      median(
        ls.map((l, j) => l - (offsets[(spanning[i] as WindowSeries).runIndexes[j] as number] as number)),
      ),
    );
    const residualsByRun = offsets.map((): number[] => []);
    spanning.forEach((w, i) => {
      w.runIndexes.forEach((run, j) => {
        residualsByRun[run]?.push(((logs[i] as number[])[j] as number) - (centers[i] as number));
      });
    });
    residualsByRun.forEach((residuals, run) => {
      offsets[run] = residuals.length > 0 ? median(residuals) : 0;
    });
  }
  const typical = median(offsets);
  for (const w of timed) {
    w.centers = w.results.map((r, j) => {
      const offset = (offsets[w.runIndexes[j] as number] as number) - typical;
      return r.value * Math.exp(r.direction === 'smaller' ? -offset : offset);
    });
  }
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

export function isTiming(unit: string): boolean {
  const kind = unitKind(unit);
  return kind === 'time' || kind === 'throughput';
}

/** Where a series' baseline sits: the typical center of its window's runs, or its one run's center. */
export function referenceCenter(window: WindowSeries): number {
  return window.centers.length >= 2 ? spreadOf(window.centers).center : (window.centers[0] as number);
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

export function estimateSuiteNoise(
  current: BenchmarkResult[],
  windowById: Map<string, WindowSeries>,
): SuiteNoise {
  const sampleLogVariance = typicalSampleLogVariance(current, windowById);
  return { sampleLogVariance, run: estimateRunNoise(current, windowById, sampleLogVariance) };
}

/** The median over timing runs with 3–5 samples (current and newest baseline) of their sample log variance. */
function typicalSampleLogVariance(
  current: BenchmarkResult[],
  windowById: Map<string, WindowSeries>,
): number | undefined {
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
  windowById: Map<string, WindowSeries>,
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
  const better = moves
    .filter(({ move }) => move < typicalMove)
    .map(({ move, sampling }) => ({ square: (move - typicalMove) ** 2, sampling }));
  const excessVariance = excessFromMoves(deviations);
  return {
    excessVariance,
    // t₄ tails unless the better side's moves show lighter ones (stats/move-tails.ts).
    tails: moveTails(better, excessVariance),
    quiet: isQuiet(better),
    series: moves.length,
    source: 'suite',
    typicalMove,
    df: SUITE_PRIOR_DF,
  };
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

const SAMPLING_RUNS = 5;

/**
 * Whether moves (to one side of the typical move) are clearly no wider than the runs' own sampling
 * noise explains: the median of their squares, each over its sampling variance, is at most
 * QUIET_MARGIN times the median of χ²₁. The margin is about one standard error of that median over
 * 150 moves below the boundary: at exactly the boundary, 2 of 120 suites with 1% run-to-run noise
 * (as much as the sampling noise of 5 samples) passed for quiet and got 5–10 false regressions each.
 */
function isQuiet(moves: { square: number; sampling: number }[]): boolean {
  // Series whose runs do not tell their sampling noise (one number per run) say nothing here.
  const known = moves.filter((m) => m.sampling > 0);
  if (known.length < QUIET_MIN_SERIES) return false;
  return medianStandardized(known, 0) <= QUIET_MARGIN * CHI_SQUARE_1_MEDIAN;
}

const QUIET_MARGIN = 0.8;

/**
 * One baseline run: each move (centered) has variance `sampling` + 2B, B the run-to-run variance of
 * one run center. B is the value for which the moves, standardized, have the median a χ²₁ has —
 * a median, so that the minority of series that really changed does not inflate it much. (Setting
 * the far moves aside and estimating again looks better on simulated suites, but on real pairs a
 * third of the unchanged benchmarks sit in that tail: they are the noise, not the exceptions.)
 * Both sides of the typical move, although a pull request's regressions inflate B from the worse side
 * only (30 of 300 series 10% slower at 3% + 1% noise: B about 1.6 times what it is without them): a
 * burst of machine noise slows the run it hits, and when that is the current run the quiet side is
 * the better one. Taken from the better side alone (t₄ at its maximum-likelihood scale there), B
 * found 1.2–2.6 times as many +10% shifts against one baseline run in `npm run bench:detect` (false
 * alarms 1.0 → 1.9 per 1,000 with mixed noisiness), and flagged 10 series instead of 6 on the real
 * go noisy pair reversed, which has one real regression (compare.test.ts).
 * 0 when the samples alone explain the spread of the moves.
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

/** Degrees of freedom from which a sampling variance counts as known. */
const PRECISE_DF = 20;

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
  if (ci && side.center > 0 && ci.lo > 0 && ci.hi >= ci.lo && ci.level > 0 && ci.level < 1) {
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

export function sideOf(result: BenchmarkResult): SideStats {
  const { value, n, samples, mean, median: med, min, max, stddev, ci } = result;
  return { center: value, n, samples, mean, median: med, min, max, stddev, ci };
}

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
