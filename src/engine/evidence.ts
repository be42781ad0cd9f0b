// The tests of one series: is the current run's center elsewhere than the baseline's, beyond both
// kinds of noise? Pure: no I/O, no @actions/*. compare.ts runs them for every series of a report.
//
// Two kinds of noise are tested, and a change has to stand out from both:
//   - within-run noise: the spread of one run's samples (Mann–Whitney, Welch, interval test);
//   - run-to-run noise: how far a series' run center moves between runs of the same code, from its
//     own baseline window and what the whole suite says about noise (betweenRunTest, noise-model.ts).

import type { BaselineStats, Change, SeriesTest, SideStats } from '../model/report.js';
import type { BenchmarkResult, Format } from '../model/result.js';
import { unitKind } from '../model/units.js';
import { choose, normalQuantile, studentTQuantile, studentTTwoSidedP } from '../stats/distributions.js';
import { intervalTest } from '../stats/interval-test.js';
import { mannWhitneyU, minimumSamplesPerSide } from '../stats/mannwhitney.js';
import { medianConfidenceInterval } from '../stats/median-ci.js';
import type { MoveTail } from '../stats/move-tails.js';
import { historyPredictionTest } from '../stats/run-noise.js';
import { mixtureNormalTest, posteriorMixture } from '../stats/variance-mixture.js';
import { welchLogTest } from '../stats/welch.js';
import {
  centerLogVariance,
  isPreciseSampling,
  isTiming,
  type RunNoisePrior,
  referenceCenter,
  type SuiteNoise,
  sampleVariance,
  sideOf,
  summaryOf,
  type VarianceEstimate,
  type WindowSeries,
  windowVariance,
  worseLog,
} from './noise-model.js';

/** Confidence level of every interval in the report. */
const LEVEL = 0.95;

/** z of the two-sided LEVEL interval. */
const Z_LEVEL = normalQuantile(1 - (1 - LEVEL) / 2);

export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** Divides every number of a side by `scale` (drift removal); scale 1 returns the side unchanged. */
export function scaleSide(side: SideStats, scale: number): SideStats {
  if (scale === 1) return side;
  const s = (x: number | undefined) => (x === undefined ? undefined : x / scale);
  return {
    ...side,
    center: side.center / scale,
    samples: side.samples?.map((x) => x / scale),
    mean: s(side.mean),
    median: s(side.median),
    min: s(side.min),
    max: s(side.max),
    stddev: s(side.stddev),
    ci: side.ci ? { ...side.ci, lo: side.ci.lo / scale, hi: side.ci.hi / scale } : undefined,
  };
}

export interface TestOutcome {
  test: SeriesTest;
  change?: Change;
  reason?: string;
}

/** Change of the centers; 0 → 0 is no change (benchstat's 0/0 = 1), x/0 has no ratio. */
function changeOf(base: number, cur: number, ratioCi?: [number, number]): Change | undefined {
  if (base === 0 && cur === 0) return { ratio: 1, percent: 0 };
  if (!(base > 0) || !Number.isFinite(cur)) return undefined;
  const ratio = cur / base;
  const change: Change = { ratio, percent: (ratio - 1) * 100 };
  if (ratioCi?.every(Number.isFinite)) change.ci = [(ratioCi[0] - 1) * 100, (ratioCi[1] - 1) * 100];
  return change;
}

/** A within-run test's result: its p, whether it can reach α at all, and the log-scale interval of the ratio. */
interface WithinRun {
  p: number;
  method: SeriesTest['method'];
  /** False when the samples are too few for the test to ever reach α (Mann–Whitney with n < 4 at 0.05). */
  canReachAlpha: boolean;
  /** The smallest p the test can give with these sample sizes (Mann–Whitney: 2 / C(m + n, n)). */
  smallestP?: number;
  reason?: string;
}

/** The between-run test's result: p and the half-width of the ratio's 95% interval on the log scale. */
interface BetweenRun {
  p: number;
  /**
   * `mixture`: the suite's mixture of run-to-run variances (with a window); `window`: the window's
   * spread pooled with the suite's typical value, or alone; `suite`: one baseline run, against the
   * spread of the suite's moves.
   */
  source: 'mixture' | 'window' | 'suite';
  /** Whether the test holds precisely known within-run noise of both runs (then it alone decides). */
  complete?: boolean;
  logMargin: number;
  reason: string;
}

/** Each side's sampling variance of ln(center), when known. */
interface Sampling {
  baseline?: VarianceEstimate;
  current?: VarianceEstimate;
}

/**
 * Picks the strongest within-run test both sides allow (raw samples → Mann–Whitney; quartiles or
 * mean/stddev/n → Welch on logs; confidence intervals → interval test) and the run-to-run test
 * (betweenRunTest). Which p decides: the run-to-run test's alone when it is the suite mixture with
 * precisely known sampling noise, or when a Mann–Whitney test of few samples guards it (see below);
 * otherwise the larger of the two. One number per run and no run-to-run estimate: the threshold
 * alone decides, unverified.
 */
export function testSeries(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  window: WindowSeries,
  baseline: BaselineStats,
  current: SideStats,
  scale: number,
  threshold: number,
  alpha: number,
  noise: SuiteNoise,
  loneDiscoveryP = alpha,
): TestOutcome {
  if (isDeterministic(baselineResult, currentResult, baseline, current)) {
    return { test: { method: 'exact' }, change: changeOf(baseline.center, current.center) };
  }
  const timing = isTiming(currentResult.unit) && window.centers.every((c) => c > 0) && current.center > 0;
  // With several baseline runs the change is measured from their typical center, not from the
  // newest run alone: one run's offset would otherwise add straight to the change.
  if (timing && window.centers.length >= 2) baseline.center = referenceCenter(window);
  const sampling: Sampling = {
    baseline: centerLogVariance(baselineResult, baseline, noise.sampleLogVariance),
    current: centerLogVariance(currentResult, current, noise.sampleLogVariance),
  };
  // The within-run test sees the newest run's samples at the window's typical level: its question is
  // whether the current samples sit elsewhere than the baseline's, not elsewhere than one run's offset.
  const newestAtReference = atLevel(baselineResult, baseline.center);
  const within = withinRunTest(baselineResult, currentResult, newestAtReference, current, alpha);
  // A Mann–Whitney test of few samples (5 a side stops at p = 0.008) cannot go low enough for a lone
  // change to pass the false-discovery control of a report of more than a few series (α/m). As a
  // veto it would block every change; it guards instead: when the two runs' samples differ at α,
  // a run-to-run test built on the window decides alone — or, with one baseline run, the test
  // against the runs' sampling noise when the suite's moves show a quiet machine. (With one run on a
  // noisy machine it still vetoes: a single move cannot say which benchmark is noisy, and letting
  // the suite's typical spread decide raised 9 false alarms per 1,000 at 1% run-to-run noise.)
  //
  // With a window, the samples may differ from either of the two newest runs': one outlier among the
  // newest run's 5 samples, above all the current ones, stops Mann–Whitney at p = 0.15 however plain
  // the change (at 0.5% within-run noise and 5 runs that missed 9% of +10% slowdowns); the run
  // before it rarely has one too. A benchmark whose current median jumped to a mode the window has
  // not shown still differs from both, and the window's test decides either way.
  const guarded =
    within?.method === 'mann-whitney' &&
    within.canReachAlpha &&
    (within.smallestP ?? 0) > loneDiscoveryP &&
    (within.p <= alpha || (timing && previousRunDiffers(window, baseline.center, current, alpha)));
  const between = timing
    ? betweenRunTest(
        window,
        current.center,
        currentResult,
        scale,
        sampling,
        noise.run,
        noise.sampleLogVariance,
        guarded,
      )
    : undefined;
  const ratio = current.center / baseline.center;
  // Against a window the reference's uncertainty is the window's, which the run-to-run test's interval
  // holds: only the current run's own spread is added, not the newest run's (two outliers among its
  // 10 samples put its median interval's upper end at the outliers).
  const withinMargin = withinRunMargin(
    between !== undefined && window.centers.length >= 2 ? undefined : newestAtReference,
    current,
    sampling,
  );
  // The widest of the two kinds' intervals, end by end: the change is uncertain by the runs' own
  // samples and by the run-to-run noise, whichever test gives its p (compare.ts: a change whose
  // interval still holds no change is not flagged).
  const interval = (...margins: (LogMargin | number | undefined)[]): [number, number] | undefined => {
    const known = margins
      .filter((m) => m !== undefined)
      .map((m) => (typeof m === 'number' ? { lower: m, upper: m } : m));
    if (known.length === 0) return undefined;
    const lower = Math.max(...known.map((m) => m.lower));
    const upper = Math.max(...known.map((m) => m.upper));
    return [ratio * Math.exp(-lower), ratio * Math.exp(upper)];
  };

  if (within?.canReachAlpha) {
    // The run-to-run tests hold both runs' sampling noise too. The mixture test with precisely known
    // sampling noise decides alone, as does a window's test — or on a quiet machine the one-run test —
    // behind a guarding within-run test (above); otherwise the within-run test must agree.
    const alone =
      between?.complete ||
      (guarded && between !== undefined && (between.source !== 'suite' || noise.run?.quiet === true));
    const p = between === undefined ? within.p : alone ? between.p : Math.max(within.p, between.p);
    const outcome: TestOutcome = {
      test: { method: within.method, p, pWithin: within.p, pBetween: between?.p },
      change: changeOf(baseline.center, current.center, interval(withinMargin, between?.logMargin)),
    };
    if (between && between.p > within.p && between.p > alpha) outcome.reason = between.reason;
    else if (!alone && within.smallestP !== undefined && within.smallestP > loneDiscoveryP) {
      const series = Math.round(alpha / loneDiscoveryP);
      outcome.reason = `${current.samples?.length ?? current.n} samples against ${baseline.samples?.length ?? baseline.n} cannot reach p ≤ ${loneDiscoveryP.toPrecision(2)}, what one change among ${series} series needs; ${moreSamplesAdvice(currentResult.format)}, or keep a history of several runs`;
    }
    return outcome;
  }
  if (between) {
    // Too few samples for a within-run test: the run centers' spread covers both kinds of noise.
    return {
      test: { method: 'history', p: between.p, pWithin: within?.p, pBetween: between.p },
      change: changeOf(baseline.center, current.center, interval(between.logMargin)),
      // With the advice for more samples, where the samples were too few.
      reason: between.p > alpha ? [between.reason, within?.reason].filter(Boolean).join('; ') : undefined,
    };
  }
  if (within) {
    return {
      test: { method: within.method, p: within.p, pWithin: within.p },
      change: changeOf(baseline.center, current.center, interval(withinMargin)),
      reason: within.reason,
    };
  }
  return {
    test: { method: 'threshold-only' },
    change: changeOf(baseline.center, current.center),
    reason: `unverified: one value per run and ${baseline.runs} baseline run(s), too few to estimate noise; the ${formatPercent(threshold)} threshold alone decided`,
  };
}

/** Whether the current samples differ at α (Mann–Whitney) from those of the run before the newest, at the window's level. */
function previousRunDiffers(
  window: WindowSeries,
  reference: number,
  current: SideStats,
  alpha: number,
): boolean {
  const previous = window.results.at(-2);
  if (!previous?.samples || !current.samples || !(previous.value > 0)) return false;
  return mannWhitneyU(atLevel(previous, reference).samples as number[], current.samples).p <= alpha;
}

/** A baseline run's numbers brought to `center` (the window's typical level): scaled by center / its value. */
function atLevel(result: BenchmarkResult, center: number): SideStats {
  return scaleSide(sideOf(result), result.value / center || 1);
}

function withinRunTest(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  baseline: SideStats,
  current: SideStats,
  alpha: number,
): WithinRun | undefined {
  const a = baseline.samples;
  const b = current.samples;
  if (a && b && a.length >= 2 && b.length >= 2) {
    const needed = minimumSamplesPerSide(alpha);
    const enough = Math.min(a.length, b.length) >= needed;
    return {
      p: mannWhitneyU(a, b).p,
      method: 'mann-whitney',
      canReachAlpha: enough,
      smallestP: Math.min(1, 2 / choose(a.length + b.length, b.length)),
      reason: enough
        ? undefined
        : `need ≥ ${needed} samples per side to reach α = ${alpha} (have ${a.length} and ${b.length}); ${moreSamplesAdvice(currentResult.format)}`,
    };
  }
  const baseSummary = summaryOf(baselineResult, baseline);
  const currentSummary = summaryOf(currentResult, current);
  if (baseSummary && currentSummary) {
    return { p: welchLogTest(baseSummary, currentSummary).p, method: 'welch', canReachAlpha: true };
  }
  if (baseline.ci && current.ci) {
    const t = intervalTest(
      { estimate: baseline.center, ...baseline.ci },
      { estimate: current.center, ...current.ci },
    );
    return { p: t.p, method: 'interval', canReachAlpha: true };
  }
  return undefined;
}

/** How far the change's interval reaches below and above the ratio, on the log scale. */
interface LogMargin {
  lower: number;
  upper: number;
}

/**
 * The change's interval from the runs' own samples, on the log scale. With raw samples on both sides:
 * from benchstat's distribution-free median intervals (none below 6 samples, where they are
 * infinite), combined end by end — the change's lower end from the current median's reach below and
 * the baseline median's reach above, and the other way round (Zou & Donner's MOVER for a difference
 * of two estimates with asymmetric intervals). One common half-width would misstate a skewed sample:
 * a run hit by a burst has its upper order statistics far out and its lower ones close, and
 * averaging the two drew the lower end of a clear slowdown below zero. Otherwise: the sampling
 * variances, symmetric. `baseline` undefined: the current run's side alone.
 */
function withinRunMargin(
  baseline: SideStats | undefined,
  current: SideStats,
  sampling: Sampling,
): LogMargin | undefined {
  const b = current.samples;
  if (b && (baseline === undefined || baseline.samples)) {
    const cur = medianReach(b);
    if (baseline === undefined) return cur && { lower: cur.below, upper: cur.above };
    const base = medianReach(baseline.samples as number[]);
    if (base === undefined || cur === undefined) return undefined;
    return { lower: Math.hypot(cur.below, base.above), upper: Math.hypot(cur.above, base.below) };
  }
  if (sampling.current === undefined) return undefined;
  if (baseline !== undefined && sampling.baseline === undefined) return undefined;
  const m =
    Z_LEVEL * Math.sqrt((baseline ? (sampling.baseline?.variance ?? 0) : 0) + sampling.current.variance);
  return { lower: m, upper: m };
}

/** How far a sample's distribution-free median interval reaches below and above its median (log scale). */
function medianReach(xs: number[]): { below: number; above: number } | undefined {
  const ci = medianConfidenceInterval(xs, LEVEL);
  if (!ci || !(ci.lo > 0) || !Number.isFinite(ci.hi)) return undefined;
  return { below: Math.log(ci.median) - Math.log(ci.lo), above: Math.log(ci.hi) - Math.log(ci.median) };
}

/**
 * Is the current center within the run-to-run noise? The distance of the current center from the
 * baseline's has variance W + k·B: W from the runs' own samples, B the run-to-run variance of one
 * run center beyond them, k = 2 against one baseline run and 1 + π/(2R) against the median of R.
 * The distance is taken after the current run's machine factor (the suite's typical move), as the
 * window's centers are.
 *
 * With a window (the suite's `history` prior) and runs whose sampling noise is known or absent: B is
 * not one number but a distribution — the suite's mixture of run-to-run variances, narrowed by the
 * series' own window (Bayes' rule on the sample variance of its centers, stats/variance-mixture.ts) —
 * and p is the tail of the resulting mixture of normals. A series is judged by its own noise where its
 * window says enough, and by what kinds of series the suite holds where it does not. This test holds
 * the samples' noise too, so it alone decides (`complete`).
 *
 * Runs of 2–5 samples (whose center may jump to a mode the window has not shown) and one-run
 * baselines: B pools the series' own window variance (R − 1 degrees of freedom) with the suite's
 * typical value (worth prior.df), as (d₀·B₀ + d·B)/(d₀ + d), or is the suite's alone; the statistic is
 * referred to Student's t with Satterthwaite's degrees of freedom, whose heavy tails stand for the
 * benchmarks noisier than the typical one. Without a suite prior and with ≥ 2 runs: the robust
 * prediction of one more run center from the window alone (historyPredictionTest).
 */
function betweenRunTest(
  window: WindowSeries,
  currentCenter: number,
  currentResult: BenchmarkResult,
  scale: number,
  sampling: Sampling,
  prior: RunNoisePrior | undefined,
  sampleLogVariance: number | undefined,
  guarded: boolean,
): BetweenRun | undefined {
  const runs = window.centers.length;
  if (!prior) {
    if (runs < 2) return undefined;
    const h = historyPredictionTest(window.centers, currentCenter, LEVEL);
    const logMargin = Math.max(Math.log(h.hi / h.center), Math.log(h.center / h.lo));
    return {
      p: h.p,
      logMargin,
      source: 'window',
      reason: `within the run-to-run spread of the last ${runs} baseline runs`,
    };
  }
  // Measured on the raw value: the typical move already holds any drift the current run was scaled for.
  const raw = currentCenter * scale;
  const { direction } = currentResult;
  const distance =
    worseLog(raw, direction) - worseLog(referenceCenter(window), direction) - prior.typicalMove;
  const current = sampling.current ?? UNKNOWN;
  const baseline = sampling.baseline ?? UNKNOWN;
  // The median of R run centers has about π/(2R) of one center's variance (exactly 1/R for R ≤ 2).
  const shrink = runs <= 2 ? 1 / runs : Math.PI / (2 * runs);
  const precise = isPreciseSampling(sampling.current);
  if (prior.mixture && (precise || guarded)) {
    const own = runs >= 2 ? windowVariance(window, sampleLogVariance) : undefined;
    const posterior = posteriorMixture(prior.mixture, own, OWN_WINDOW_WEIGHT);
    // Run-to-run variance τ² from the mixture, for the current run and the reference; each side's
    // sampling variance from its own samples — unless the window's runs did not all know theirs
    // (runs of 2–5 samples): then the series' τ² is of whole run centers, samples' noise included,
    // and adding the sampling variances again would count it twice (and let one outlier among 5
    // samples, which inflates their sd but hardly moves their median, hide a slowdown).
    const samplingInWindow = own !== undefined && own.offset === undefined;
    const known = samplingInWindow
      ? 0
      : (sampling.current?.variance ?? 0) + shrink * (own?.offset ?? baseline.variance);
    const { p, margin } = mixtureNormalTest(distance, posterior, 1 + shrink, known, LEVEL);
    return {
      p,
      logMargin: margin,
      source: 'mixture',
      complete: precise,
      reason:
        runs >= 2
          ? `within the run-to-run spread of the last ${runs} baseline runs and of the suite's ${prior.series} series`
          : 'one baseline run of this series: within the suite’s typical run-to-run spread',
    };
  }
  if (runs >= 2) {
    const ownDf = runs - 1;
    const ownExcess = Math.max(0, sampleVariance(window.centers.map(Math.log)) - baseline.variance);
    const excess = (prior.df * prior.excessVariance + ownDf * ownExcess) / (prior.df + ownDf);
    const parts = [
      current,
      { variance: baseline.variance * shrink, df: baseline.df },
      { variance: (1 + shrink) * excess, df: prior.df + ownDf },
    ];
    return {
      ...noiseTest(distance, parts),
      source: 'window',
      reason: `within the run-to-run spread of the last ${runs} baseline runs and of the suite's ${prior.series} series`,
    };
  }
  const tails = prior.tails ?? [{ runVariance: prior.excessVariance, df: prior.df, weight: 1 }];
  return {
    ...tailsTest(distance, current, baseline, tails),
    source: 'suite',
    reason:
      prior.source === 'suite'
        ? `one baseline run: within the spread of the moves of the suite's ${prior.series} series`
        : 'one baseline run of this series: within the suite’s typical run-to-run spread',
  };
}

/**
 * How much a series' own window counts against the suite's mixture, as a power of its likelihood.
 * The likelihood takes the window's log centers for normal draws; they are medians of samples with
 * outliers and second modes, after machine factors were divided out, so their spread is only nearly
 * χ². At 1, false alarms reached 1.1–1.3 per 1,000 in two conditions of `npm run bench:detect`
 * (oracle 0.6–0.8); at 0.9 none is above 1.0, and detection of +10% in the target region is the
 * same (0.8 costs detection at 2% run-to-run noise with 5 runs, 41% → 20%).
 */
const OWN_WINDOW_WEIGHT = 0.9;

/** No sampling variance known: nothing to add (the run-to-run part then covers the samples too). */
const UNKNOWN: VarianceEstimate = { variance: 0, df: Number.POSITIVE_INFINITY };

/**
 * One baseline run: the move against both runs' sampling noise and a run-to-run part given as
 * weighted scaled t's (noise-model.ts, stats/move-tails.ts): p is the weighted mean of each one's
 * noiseTest p, the margin the widest among those with a weight of at least 1% (solving for the
 * mixture's own quantile would take a t tail per series per step).
 */
function tailsTest(
  distance: number,
  current: VarianceEstimate,
  baseline: VarianceEstimate,
  tails: readonly MoveTail[],
): { p: number; logMargin: number } {
  let p = 0;
  let logMargin = 0;
  for (const tail of tails) {
    const one = noiseTest(distance, [current, baseline, { variance: 2 * tail.runVariance, df: tail.df }]);
    p += tail.weight * one.p;
    if (tail.weight >= 0.01) logMargin = Math.max(logMargin, one.logMargin);
  }
  return { p: Math.min(1, p), logMargin };
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

/** Memory and count metrics with identical values on each side are deterministic (benchstat's assume=exact). */
function isDeterministic(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  baseline: SideStats,
  current: SideStats,
): boolean {
  const exact = baselineResult.extra?.assume === 'exact' || currentResult.extra?.assume === 'exact';
  const kind = unitKind(currentResult.unit);
  if (!exact && kind !== 'memory' && kind !== 'count') return false;
  const constant = (s: SideStats) =>
    (s.samples ?? [s.center]).every((x) => x === (s.samples?.[0] ?? s.center));
  return (
    exact || (constant(baseline) && constant(current) && (baseline.samples !== undefined || baseline.n <= 1))
  );
}

function moreSamplesAdvice(format: Format | undefined): string {
  switch (format) {
    case 'go':
      return 'run go test with -count=10';
    case 'pytest':
      return 'raise --benchmark-min-rounds';
    case 'criterion':
      return 'raise sample_size';
    case 'tinybench':
      return 'raise the bench time or iterations';
    default:
      return 'record more samples per run';
  }
}
