// Turns a baseline window and the current run into verdicts, using src/stats/ for every number.
// Pure: no I/O, no @actions/*. The decision rules are documented in README.md ("How verdicts are made").
//
// The flow: index the baseline window by series → take out whole-machine factors and estimate the
// suite's noise (noise-model.ts) → test each series → detect a runner drift and test again without it
// → Benjamini–Hochberg over the report → decide each status against α and the threshold → the report.
//
// Two kinds of noise are tested, and a change has to stand out from both:
//   - within-run noise: the spread of one run's samples (Mann–Whitney, Welch, interval test);
//   - run-to-run noise: how far a series' run center moves between runs of the same code, from its
//     own baseline window pooled with the suite's typical value (betweenRunTest).
import { geometricMean, median } from 'simple-statistics';
import type { BenchmarkResult, Format } from './model.js';
import {
  centerLogVariance,
  estimateSuiteNoise,
  isPreciseSampling,
  isTiming,
  type RunNoisePrior,
  referenceCenter,
  removeMachineFactors,
  type SuiteNoise,
  sampleVariance,
  sideOf,
  summaryOf,
  type VarianceEstimate,
  type WindowSeries,
  windowVariance,
  worseLog,
} from './noise-model.js';
import { budgetFor, type CompareOptions, defaultCompareOptions, thresholdFor } from './options.js';
import type {
  BaselineStats,
  Change,
  ComparisonReport,
  Geomean,
  RunnerDrift,
  SeriesComparison,
  SeriesTest,
  SideStats,
  Status,
  Verdict,
} from './report.js';
import { STATUSES } from './report.js';
import { normalQuantile, studentTQuantile, studentTTwoSidedP } from './stats/distributions.js';
import { benjaminiHochberg } from './stats/fdr.js';
import { intervalTest } from './stats/interval-test.js';
import { mannWhitneyU, minimumSamplesPerSide } from './stats/mannwhitney.js';
import { medianConfidenceInterval } from './stats/median-ci.js';
import { historyPredictionTest } from './stats/run-noise.js';
import { mixtureNormalTest, posteriorMixture } from './stats/variance-mixture.js';
import { welchLogTest } from './stats/welch.js';
import { unitKind } from './units.js';

/** One earlier run: its results (commit only for the report). */
export interface BaselineRun {
  commit?: string;
  results: BenchmarkResult[];
}

/** Confidence level of every interval in the report. */
const LEVEL = 0.95;

/** A runner drift is only declared over at least this many timing series… */
const DRIFT_MIN_SERIES = 5;
/** …when at least this share of them moved the same way… */
const DRIFT_MIN_SHARE = 0.75;
/** …by a typical amount of at least this much (fraction). */
const DRIFT_MIN_CHANGE = 0.05;

/** z of the two-sided LEVEL interval. */
const Z_LEVEL = normalQuantile(1 - (1 - LEVEL) / 2);

/**
 * Compares `current` with the `baseline` window (oldest first, newest last). Series are matched by id.
 */
export function compare(
  baseline: BaselineRun[],
  current: BenchmarkResult[],
  options: CompareOptions = defaultCompareOptions(),
): ComparisonReport {
  const windowById = indexBaseline(baseline);
  removeMachineFactors(windowById, baseline.length);
  const currentIds = new Set(current.map((r) => r.id));
  const noise = estimateSuiteNoise(current, windowById);
  const evaluate = (result: BenchmarkResult, scale: number) =>
    evaluateSeries(result, windowById.get(result.id), options, scale, noise);
  const evaluated = current.map((result) => evaluate(result, 1));

  const drift = detectDrift(evaluated);
  const series =
    drift === undefined
      ? evaluated
      : current.map((result, i) => {
          const scale = driftScale(drift, result.direction, result.unit);
          const unadjusted = evaluated[i] as Evaluated;
          if (scale === 1) return unadjusted;
          const adjusted = evaluate(result, scale);
          const comparison = {
            ...adjusted.comparison,
            change: unadjusted.comparison.change,
            adjustedChange: adjusted.comparison.change,
          };
          return { ...adjusted, comparison };
        });

  applyFalseDiscoveryControl(series);
  const comparisons = series.map((e) => decide(e, options));
  for (const [id, runs] of windowById) {
    if (!currentIds.has(id) && runs.newestRunHasIt) comparisons.push(missingSeries(runs));
  }
  return buildReport(comparisons, baseline.length, options.alpha, drift, noise.run?.source === 'suite');
}

function indexBaseline(baseline: BaselineRun[]): Map<string, WindowSeries> {
  const byId = new Map<string, WindowSeries>();
  baseline.forEach((run, runIndex) => {
    for (const result of run.results) {
      let entry = byId.get(result.id);
      if (!entry) {
        entry = { results: [], commits: [], runIndexes: [], newestRunHasIt: false, centers: [] };
        byId.set(result.id, entry);
      }
      entry.results.push(result);
      entry.commits.push(run.commit);
      entry.runIndexes.push(runIndex);
      entry.centers.push(result.value);
      if (runIndex === baseline.length - 1) entry.newestRunHasIt = true;
    }
  });
  return byId;
}

// ---------------------------------------------------------------------------------------------
// One series
// ---------------------------------------------------------------------------------------------

/** A series after its tests, before the report-wide false-discovery control and the decision. */
interface Evaluated {
  comparison: SeriesComparison;
}

function evaluateSeries(
  result: BenchmarkResult,
  window: WindowSeries | undefined,
  options: CompareOptions,
  scale: number,
  noise: SuiteNoise,
): Evaluated {
  const current = scaleSide(sideOf(result), scale);
  const base: SeriesComparison = {
    id: result.id,
    name: result.name,
    suite: result.suite,
    params: result.params,
    unit: result.unit,
    direction: result.direction,
    format: result.format,
    status: 'new',
    threshold: thresholdFor(result, options.thresholds),
    current,
    source: result.source,
  };
  const budget = budgetFor(result, result.value, options.budgets);
  if (budget) base.budget = budget;
  const newest = window?.results.at(-1);
  if (!window || !newest) return { comparison: base };

  const baselineStats: BaselineStats = {
    ...sideOf(newest),
    runs: window.results.length,
    runCenters: window.results.map((r) => r.value),
    commit: window.commits.at(-1),
  };
  const comparison: SeriesComparison = { ...base, baseline: baselineStats };
  const tested = testSeries(
    newest,
    result,
    window,
    baselineStats,
    current,
    scale,
    comparison.threshold,
    options.alpha,
    noise,
  );
  comparison.change = tested.change;
  comparison.test = tested.test;
  if (tested.reason) comparison.reason = tested.reason;
  return { comparison };
}

/** Divides every number of a side by `scale` (drift removal); scale 1 returns the side unchanged. */
function scaleSide(side: SideStats, scale: number): SideStats {
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

interface TestOutcome {
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
  reason?: string;
}

/** The between-run test's result: p and the half-width of the ratio's 95% interval on the log scale. */
interface BetweenRun {
  p: number;
  /** Whether the test holds the within-run noise of both runs as well (then it alone decides). */
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
 * (the series' baseline window, pooled with the suite's typical run-to-run noise); the larger p wins.
 * One number per run and no run-to-run estimate: the threshold alone decides, unverified.
 */
function testSeries(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  window: WindowSeries,
  baseline: BaselineStats,
  current: SideStats,
  scale: number,
  threshold: number,
  alpha: number,
  noise: SuiteNoise,
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
  const between = timing
    ? betweenRunTest(
        window,
        current.center,
        currentResult,
        scale,
        sampling,
        noise.run,
        noise.sampleLogVariance,
      )
    : undefined;
  // The within-run test sees the newest run's samples at the window's typical level: its question is
  // whether the current samples sit elsewhere than the baseline's, not elsewhere than one run's offset.
  const newestAtReference = scaleSide(sideOf(baselineResult), baselineResult.value / baseline.center || 1);
  const within = withinRunTest(baselineResult, currentResult, newestAtReference, current, alpha);
  const ratio = current.center / baseline.center;
  const withinMargin = withinRunMargin(newestAtReference, current, sampling);
  const interval = (...margins: (number | undefined)[]): [number, number] | undefined => {
    const known = margins.filter((m): m is number => m !== undefined);
    if (known.length === 0) return undefined;
    const m = Math.max(...known);
    return [ratio * Math.exp(-m), ratio * Math.exp(m)];
  };

  if (within?.canReachAlpha) {
    // The mixture test already holds both runs' sampling noise; the others test the centers only.
    const p = between === undefined ? within.p : between.complete ? between.p : Math.max(within.p, between.p);
    const outcome: TestOutcome = {
      test: { method: within.method, p, pWithin: within.p, pBetween: between?.p },
      change: changeOf(baseline.center, current.center, interval(withinMargin, between?.logMargin)),
    };
    if (between && between.p > within.p && between.p > alpha) outcome.reason = between.reason;
    return outcome;
  }
  if (between) {
    // Too few samples for a within-run test: the run centers' spread covers both kinds of noise.
    return {
      test: { method: 'history', p: between.p, pWithin: within?.p, pBetween: between.p },
      change: changeOf(baseline.center, current.center, interval(between.logMargin)),
      reason: between.p > alpha ? between.reason : undefined,
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

/**
 * Half-width of the change's interval on the log scale from the two runs alone. With raw samples on
 * both sides: benchstat's distribution-free median intervals (undefined below 6 samples, where they
 * are infinite); otherwise the two sides' sampling variances.
 */
function withinRunMargin(baseline: SideStats, current: SideStats, sampling: Sampling): number | undefined {
  const a = baseline.samples;
  const b = current.samples;
  if (a && b) {
    const se = (xs: number[]) => {
      const ci = medianConfidenceInterval(xs, LEVEL);
      if (!ci || !(ci.lo > 0) || !Number.isFinite(ci.hi)) return undefined;
      return (Math.log(ci.hi) - Math.log(ci.lo)) / (2 * Z_LEVEL);
    };
    const sa = se(a);
    const sb = se(b);
    return sa === undefined || sb === undefined ? undefined : Z_LEVEL * Math.hypot(sa, sb);
  }
  if (sampling.baseline === undefined || sampling.current === undefined) return undefined;
  return Z_LEVEL * Math.sqrt(sampling.baseline.variance + sampling.current.variance);
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
): BetweenRun | undefined {
  const runs = window.centers.length;
  if (!prior) {
    if (runs < 2) return undefined;
    const h = historyPredictionTest(window.centers, currentCenter, LEVEL);
    const logMargin = Math.max(Math.log(h.hi / h.center), Math.log(h.center / h.lo));
    return { p: h.p, logMargin, reason: `within the run-to-run spread of the last ${runs} baseline runs` };
  }
  // Measured on the raw value: the typical move already holds any drift the current run was scaled for.
  const raw = currentCenter * scale;
  const { direction } = currentResult;
  const distance =
    worseLog(raw, direction) - worseLog(referenceCenter(window), direction) - prior.typicalMove;
  const current = sampling.current ?? UNKNOWN;
  const baseline = sampling.baseline ?? UNKNOWN;
  if (prior.mixture && isPreciseSampling(sampling.current)) {
    // The median of R run centers has about π/(2R) of one center's variance (exactly 1/R for R ≤ 2).
    const shrink = runs <= 2 ? 1 / runs : Math.PI / (2 * runs);
    const own = runs >= 2 ? windowVariance(window, sampleLogVariance) : undefined;
    const posterior = posteriorMixture(prior.mixture, own);
    // Run-to-run variance τ² from the mixture, for the current run and the reference; each side's
    // sampling variance from its own samples.
    const baselineSampling = own?.offset || baseline.variance;
    const known = (sampling.current?.variance ?? 0) + shrink * baselineSampling;
    const { p, margin } = mixtureNormalTest(distance, posterior, 1 + shrink, known, LEVEL);
    return {
      p,
      logMargin: margin,
      complete: true,
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
    // The median of R run centers has about π/(2R) of one center's variance (exactly 1/R for R ≤ 2).
    const shrink = runs <= 2 ? 1 / runs : Math.PI / (2 * runs);
    const parts = [
      current,
      { variance: baseline.variance * shrink, df: baseline.df },
      { variance: (1 + shrink) * excess, df: prior.df + ownDf },
    ];
    return {
      ...noiseTest(distance, parts),
      reason: `within the run-to-run spread of the last ${runs} baseline runs and of the suite's ${prior.series} series`,
    };
  }
  return {
    ...noiseTest(distance, [current, baseline, { variance: 2 * prior.excessVariance, df: prior.df }]),
    reason:
      prior.source === 'suite'
        ? `one baseline run: within the spread of the moves of the suite's ${prior.series} series`
        : 'one baseline run of this series: within the suite’s typical run-to-run spread',
  };
}

/** No sampling variance known: nothing to add (the run-to-run part then covers the samples too). */
const UNKNOWN: VarianceEstimate = { variance: 0, df: Number.POSITIVE_INFINITY };

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

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

/** Benjamini–Hochberg over every tested series of the report: q-values next to the p-values. */
function applyFalseDiscoveryControl(series: Evaluated[]): void {
  const tested = series.filter((e) => e.comparison.test?.p !== undefined);
  const q = benjaminiHochberg(tested.map((e) => e.comparison.test?.p as number));
  tested.forEach((e, i) => {
    if (e.comparison.test) e.comparison.test.q = q[i];
  });
}

/** Worse-direction oriented change: positive = worse, whichever way the unit counts. */
function worseness(c: Change, direction: SeriesComparison['direction']): number {
  return direction === 'smaller' ? c.ratio - 1 : 1 / c.ratio - 1;
}

function decide(e: Evaluated, options: CompareOptions): SeriesComparison {
  const c = e.comparison;
  if (!c.baseline) return withBudget(c, 'new');
  const change = c.adjustedChange ?? c.change;
  if (c.test?.method === 'exact' && !change && c.baseline.center === 0 && c.current) {
    // Nothing before, something now (allocations appeared): no ratio, but certainly a change.
    const worse = c.current.center > 0 === (c.direction === 'smaller');
    return withBudget({ ...c, reason: 'was 0 in the baseline' }, worse ? 'regression' : 'improvement');
  }
  if (!change || !c.test)
    return withBudget({ ...c, reason: c.reason ?? 'no comparable value' }, 'inconclusive');
  const worse = worseness(change, c.direction);
  const beyond = Math.abs(worse) > c.threshold || (c.threshold === 0 && worse !== 0);
  const verdictFor = (): Status => (worse > 0 ? 'regression' : 'improvement');

  switch (c.test.method) {
    case 'exact':
      return withBudget(c, beyond ? verdictFor() : 'unchanged');
    case 'threshold-only':
      return withBudget(c, beyond ? verdictFor() : 'unchanged');
    default: {
      const q = c.test.q ?? c.test.p ?? 1;
      const significant = q <= options.alpha;
      if (significant && beyond) return withBudget({ ...c, reason: undefined }, verdictFor());
      if (significant || !beyond) return withBudget({ ...c, reason: undefined }, 'unchanged');
      const reason =
        c.reason ??
        `noise wider than the ${formatPercent(c.threshold)} threshold (q = ${q.toPrecision(2)} > α = ${options.alpha})`;
      return withBudget({ ...c, reason }, 'inconclusive');
    }
  }
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** A budget overrun shows as `over-budget` unless the series is a regression (which already fails). */
function withBudget(c: SeriesComparison, status: Status): SeriesComparison {
  const final = c.budget?.exceeded && status !== 'regression' ? 'over-budget' : status;
  const out = { ...c, status: final };
  if (out.reason === undefined) delete out.reason;
  return out;
}

function missingSeries(window: WindowSeries): SeriesComparison {
  const newest = window.results.at(-1) as BenchmarkResult;
  return {
    id: newest.id,
    name: newest.name,
    suite: newest.suite,
    params: newest.params,
    unit: newest.unit,
    direction: newest.direction,
    format: newest.format,
    status: 'missing',
    threshold: 0,
    baseline: {
      ...sideOf(newest),
      runs: window.results.length,
      runCenters: window.results.map((r) => r.value),
      commit: window.commits.at(-1),
    },
    source: newest.source,
  };
}

/**
 * The whole machine was slower (or faster): most timing series moved the same way by a similar
 * amount. Returned as the typical worse-oriented change, so individual benchmarks are judged relative
 * to it instead of all being blamed.
 */
function detectDrift(series: Evaluated[]): RunnerDrift | undefined {
  const moves: number[] = [];
  for (const { comparison: c } of series) {
    if (!c.change || !isTiming(c.unit)) continue;
    moves.push(Math.log1p(worseness(c.change, c.direction)));
  }
  if (moves.length < DRIFT_MIN_SERIES) return undefined;
  const typical = median(moves);
  if (Math.abs(Math.expm1(typical)) < DRIFT_MIN_CHANGE) return undefined;
  // "Similar amount": within half the typical move of it, on the same side.
  const alike = moves.filter(
    (m) => Math.sign(m) === Math.sign(typical) && Math.abs(m - typical) <= Math.abs(typical) / 2,
  );
  const share = alike.length / moves.length;
  if (share < DRIFT_MIN_SHARE) return undefined;
  return { percent: Math.expm1(typical) * 100, share, series: moves.length };
}

/** The factor a series' current numbers are divided by to take the drift out. */
function driftScale(drift: RunnerDrift, direction: SeriesComparison['direction'], unit: string): number {
  if (!isTiming(unit)) return 1;
  const worse = 1 + drift.percent / 100;
  return direction === 'smaller' ? worse : 1 / worse;
}

function buildReport(
  series: SeriesComparison[],
  baselineRuns: number,
  alpha: number,
  drift: RunnerDrift | undefined,
  noiseFromSuite: boolean,
): ComparisonReport {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of series) counts[s.status] += 1;
  const verdict: Verdict =
    counts.regression > 0
      ? 'regression'
      : counts['over-budget'] > 0
        ? 'over-budget'
        : series.every((s) => s.status === 'new')
          ? 'no-baseline'
          : 'pass';
  const report: ComparisonReport = {
    schema: 'perf-regression/report',
    version: 1,
    verdict,
    counts,
    alpha,
    baselineRuns,
    runToRunNoise: runToRunNoise(baselineRuns, noiseFromSuite),
    geomeans: geomeans(series),
    series,
  };
  if (drift) report.drift = drift;
  return report;
}

function runToRunNoise(baselineRuns: number, fromSuite: boolean): ComparisonReport['runToRunNoise'] {
  if (baselineRuns === 0) return 'no-baseline';
  if (baselineRuns >= 2) return 'estimated';
  return fromSuite ? 'from-suite' : 'not-estimated';
}

function geomeans(series: SeriesComparison[]): Geomean[] {
  const byUnit = new Map<string, [number[], number[]]>();
  for (const s of series) {
    const b = s.baseline?.center;
    const c = s.current?.center;
    if (!(b && b > 0 && c && c > 0)) continue;
    const pair = byUnit.get(s.unit) ?? [[], []];
    pair[0].push(b);
    pair[1].push(c);
    byUnit.set(s.unit, pair);
  }
  return [...byUnit].map(([unit, [b, c]]) => {
    const baseline = geometricMean(b);
    const current = geometricMean(c);
    return { unit, series: b.length, baseline, current, percent: (current / baseline - 1) * 100 };
  });
}
