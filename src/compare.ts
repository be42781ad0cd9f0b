// Turns a baseline window and the current run into verdicts, using src/stats/ for every number.
// Pure: no I/O, no @actions/*. The decision rules are documented in README.md ("How verdicts are made").
import { geometricMean, median } from 'simple-statistics';
import type { BenchmarkResult, Format } from './model.js';
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
import { benjaminiHochberg } from './stats/fdr.js';
import { intervalTest } from './stats/interval-test.js';
import { mannWhitneyU, minimumSamplesPerSide } from './stats/mannwhitney.js';
import { medianConfidenceInterval } from './stats/median-ci.js';
import { betweenRunTest, historyPredictionTest } from './stats/run-noise.js';
import { normalQuantile } from './stats/distributions.js';
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

/**
 * Compares `current` with the `baseline` window (oldest first, newest last). Series are matched by id.
 */
export function compare(
  baseline: BaselineRun[],
  current: BenchmarkResult[],
  options: CompareOptions = defaultCompareOptions(),
): ComparisonReport {
  const windowById = indexBaseline(baseline);
  const currentIds = new Set(current.map((r) => r.id));
  const evaluated = current.map((result) => evaluateSeries(result, windowById.get(result.id), options, 1));

  const drift = detectDrift(evaluated);
  const series =
    drift === undefined
      ? evaluated
      : current.map((result, i) => {
          const scale = driftScale(drift, result.direction, result.unit);
          if (scale === 1) return evaluated[i] as Evaluated;
          const adjusted = evaluateSeries(result, windowById.get(result.id), options, scale);
          return { ...adjusted, comparison: { ...adjusted.comparison, change: evaluated[i]?.comparison.change, adjustedChange: adjusted.comparison.change } };
        });

  applyFalseDiscoveryControl(series, options.alpha);
  const comparisons = series.map((e) => decide(e, options));
  for (const [id, runs] of windowById) {
    if (!currentIds.has(id) && runs.newestRunHasIt) comparisons.push(missingSeries(runs));
  }
  return buildReport(comparisons, baseline.length, options.alpha, drift);
}

interface WindowSeries {
  /** The series' result in each baseline run that has it, oldest first. */
  results: BenchmarkResult[];
  commits: (string | undefined)[];
  /** Whether the newest baseline run has the series (otherwise it is not reported as missing). */
  newestRunHasIt: boolean;
}

function indexBaseline(baseline: BaselineRun[]): Map<string, WindowSeries> {
  const byId = new Map<string, WindowSeries>();
  baseline.forEach((run, runIndex) => {
    for (const result of run.results) {
      let entry = byId.get(result.id);
      if (!entry) {
        entry = { results: [], commits: [], newestRunHasIt: false };
        byId.set(result.id, entry);
      }
      entry.results.push(result);
      entry.commits.push(run.commit);
      if (runIndex === baseline.length - 1) entry.newestRunHasIt = true;
    }
  });
  return byId;
}

/** A series after its tests, before the report-wide false-discovery control and the decision. */
interface Evaluated {
  comparison: SeriesComparison;
  /** Whether the series can be tested at all: if not, `reason` says why. */
  testable: boolean;
}

function evaluateSeries(
  result: BenchmarkResult,
  window: WindowSeries | undefined,
  options: CompareOptions,
  scale: number,
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
  if (!window || !newest) return { comparison: base, testable: false };

  const baselineStats: BaselineStats = {
    ...sideOf(newest),
    runs: window.results.length,
    runCenters: window.results.map((r) => r.value),
    commit: window.commits.at(-1),
  };
  const comparison: SeriesComparison = { ...base, baseline: baselineStats };
  const tested = testSeries(newest, result, baselineStats, current, comparison.threshold, options.alpha);
  comparison.change = tested.change;
  comparison.test = tested.test;
  if (tested.reason) comparison.reason = tested.reason;
  return { comparison, testable: tested.test.p !== undefined };
}

function sideOf(result: BenchmarkResult): SideStats {
  const { value, n, samples, mean, median: med, min, max, stddev, ci } = result;
  return { center: value, n, samples, mean, median: med, min, max, stddev, ci };
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
  if (ratioCi && ratioCi.every(Number.isFinite)) change.ci = [(ratioCi[0] - 1) * 100, (ratioCi[1] - 1) * 100];
  return change;
}

/**
 * Picks the strongest test both sides allow: raw samples → Mann–Whitney; mean/stddev/n → Welch on logs;
 * confidence intervals → interval test; single numbers → the history window's spread, or the threshold
 * alone. With ≥ 2 baseline runs, the run-to-run spread is tested too and the larger p wins.
 */
function testSeries(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  baseline: BaselineStats,
  current: SideStats,
  threshold: number,
  alpha: number,
): TestOutcome {
  const a = baseline.samples;
  const b = current.samples;
  if (isDeterministic(baselineResult, currentResult, baseline, current)) {
    return { test: { method: 'exact' }, change: changeOf(baseline.center, current.center) };
  }
  const between = baseline.runs >= 2 ? betweenRunTest(baseline.runCenters, current.center) : undefined;
  const withBetween = (within: { p: number; logSe?: number }, method: SeriesTest['method']): TestOutcome => {
    const pBetween = between?.p;
    const p = pBetween === undefined ? within.p : Math.max(within.p, pBetween);
    const logSe = combineLogSe(within.logSe, between?.logSd);
    const z = normalQuantile(1 - (1 - LEVEL) / 2);
    const ratio = current.center / baseline.center;
    const ci: [number, number] | undefined =
      logSe === undefined ? undefined : [ratio * Math.exp(-z * logSe), ratio * Math.exp(z * logSe)];
    const outcome: TestOutcome = {
      test: { method, p, pWithin: within.p, pBetween },
      change: changeOf(baseline.center, current.center, ci),
    };
    if (pBetween !== undefined && pBetween > within.p && pBetween > alpha) {
      outcome.reason = `within the run-to-run spread of the last ${baseline.runs} baseline runs`;
    }
    return outcome;
  };

  if (a && b && a.length >= 2 && b.length >= 2) {
    const mw = mannWhitneyU(a, b);
    const outcome = withBetween({ p: mw.p, logSe: medianLogSe(a, b) }, 'mann-whitney');
    const needed = minimumSamplesPerSide(alpha);
    if (Math.min(a.length, b.length) < needed) {
      outcome.reason = `need ≥ ${needed} samples per side to reach α = ${alpha} (have ${a.length} and ${b.length}); ${moreSamplesAdvice(currentResult.format)}`;
    }
    return outcome;
  }
  if (hasSummary(baseline) && hasSummary(current)) {
    const w = welchLogTest(
      { mean: baseline.mean, stddev: baseline.stddev, n: baseline.n },
      { mean: current.mean, stddev: current.stddev, n: current.n },
    );
    return withBetween({ p: w.p, logSe: w.logSe }, 'welch');
  }
  if (baseline.ci && current.ci) {
    const t = intervalTest(
      { estimate: baseline.center, ...baseline.ci },
      { estimate: current.center, ...current.ci },
    );
    return withBetween({ p: t.p, logSe: t.logSe }, 'interval');
  }
  // One number per run.
  if (baseline.runs >= 3) {
    const h = historyPredictionTest(baseline.runCenters, current.center);
    return {
      test: { method: 'history', p: h.p, pBetween: h.p },
      change: changeOf(baseline.center, current.center, [h.lo / baseline.center, h.hi / baseline.center]),
    };
  }
  return {
    test: { method: 'threshold-only' },
    change: changeOf(baseline.center, current.center),
    reason: `unverified: one value per run and ${baseline.runs} baseline run(s), too few to estimate noise; the ${Math.round(threshold * 100)}% threshold alone decided`,
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
  const constant = (s: SideStats) => (s.samples ?? [s.center]).every((x) => x === (s.samples?.[0] ?? s.center));
  return exact || (constant(baseline) && constant(current) && (baseline.samples !== undefined || baseline.n <= 1));
}

function hasSummary(s: SideStats): s is SideStats & { mean: number; stddev: number } {
  return s.mean !== undefined && s.stddev !== undefined && s.n >= 2 && s.mean > 0;
}

/** Log-scale standard error of the ratio of medians, from each side's distribution-free median CI. */
function medianLogSe(a: number[], b: number[]): number | undefined {
  const z = normalQuantile(1 - (1 - LEVEL) / 2);
  const seOf = (xs: number[]) => {
    const ci = medianConfidenceInterval(xs, LEVEL);
    if (!ci || !(ci.lo > 0) || !Number.isFinite(ci.hi)) return undefined;
    return (Math.log(ci.hi) - Math.log(ci.lo)) / (2 * z);
  };
  const sa = seOf(a);
  const sb = seOf(b);
  return sa === undefined || sb === undefined ? undefined : Math.hypot(sa, sb);
}

/** Within-run standard error and run-to-run spread (one sd per run, two runs compared) add in quadrature. */
function combineLogSe(within: number | undefined, runLogSd: number | undefined): number | undefined {
  if (within === undefined) return undefined;
  return runLogSd === undefined ? within : Math.sqrt(within ** 2 + 2 * runLogSd ** 2);
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

function applyFalseDiscoveryControl(series: Evaluated[], alpha: number): void {
  void alpha;
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
    const worse = (c.current.center > 0) === (c.direction === 'smaller');
    return withBudget({ ...c, reason: 'was 0 in the baseline' }, worse ? 'regression' : 'improvement');
  }
  if (!change || !c.test) return withBudget({ ...c, reason: c.reason ?? 'no comparable value' }, 'inconclusive');
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
    const kind = unitKind(c.unit);
    if (!c.change || (kind !== 'time' && kind !== 'throughput')) continue;
    moves.push(Math.log1p(worseness(c.change, c.direction)));
  }
  if (moves.length < DRIFT_MIN_SERIES) return undefined;
  const typical = median(moves);
  if (Math.abs(Math.expm1(typical)) < DRIFT_MIN_CHANGE) return undefined;
  // "Similar amount": within half the typical move of it, on the same side.
  const alike = moves.filter((m) => Math.sign(m) === Math.sign(typical) && Math.abs(m - typical) <= Math.abs(typical) / 2);
  const share = alike.length / moves.length;
  if (share < DRIFT_MIN_SHARE) return undefined;
  return { percent: Math.expm1(typical) * 100, share, series: moves.length };
}

/** The factor a series' current numbers are divided by to take the drift out. */
function driftScale(drift: RunnerDrift, direction: SeriesComparison['direction'], unit: string): number {
  const kind = unitKind(unit);
  if (kind !== 'time' && kind !== 'throughput') return 1;
  const worse = 1 + drift.percent / 100;
  return direction === 'smaller' ? worse : 1 / worse;
}

function buildReport(
  series: SeriesComparison[],
  baselineRuns: number,
  alpha: number,
  drift: RunnerDrift | undefined,
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
    runToRunNoise: baselineRuns === 0 ? 'no-baseline' : baselineRuns >= 2 ? 'estimated' : 'not-estimated',
    geomeans: geomeans(series),
    series,
  };
  if (drift) report.drift = drift;
  return report;
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
