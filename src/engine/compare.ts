// Turns a baseline window and the current run into verdicts, using src/stats/ for every number.
// Pure: no I/O, no @actions/*. The decision rules are documented in README.md ("How verdicts are made").
//
// The flow: index the baseline window by series → take out whole-machine factors and estimate the
// suite's noise (noise-model.ts) → test each series → detect a runner drift and test again without it
// → Benjamini–Hochberg over the report → decide each status against α and the threshold → the report.
//
// The tests of one series (within-run and run-to-run noise) are in series-test.ts.
import { geometricMean, median } from 'simple-statistics';
import type {
  BaselineStats,
  Change,
  ComparisonReport,
  Geomean,
  RunnerDrift,
  SeriesComparison,
  Status,
  Verdict,
} from '../model/report.js';
import { STATUSES } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { poolSameSeries } from '../parsers/pool.js';
import { benjaminiHochberg } from '../stats/fdr.js';
import { backToBackRegressions } from './bursts.js';
import { formatPercent, scaleSide, testSeries } from './evidence.js';
import {
  estimateSuiteNoise,
  isTiming,
  removeMachineFactors,
  type SuiteNoise,
  sideOf,
  type WindowSeries,
} from './noise-model.js';
import { budgetFor, type CompareOptions, defaultCompareOptions, thresholdFor } from './options.js';

/** One earlier run: its results (commit only for the report). */
export interface BaselineRun {
  commit?: string;
  results: BenchmarkResult[];
}

/** A runner drift is only declared over at least this many timing series… */
const DRIFT_MIN_SERIES = 5;
/** …when at least this share of them moved the same way… */
const DRIFT_MIN_SHARE = 0.75;
/** …by a typical amount of at least this much (fraction). */
const DRIFT_MIN_CHANGE = 0.05;

/**
 * Compares `current` with the `baseline` window (oldest first, newest last). Series are matched by id;
 * one id twice in a run (a history entry written from several files before they were pooled) is one
 * series, its samples pooled (pool-series.ts).
 */
export function compare(
  baselineRuns: BaselineRun[],
  currentRun: BenchmarkResult[],
  options: CompareOptions = defaultCompareOptions(),
): ComparisonReport {
  const baseline = baselineRuns.map((run) => ({ ...run, results: poolSameSeries(run.results).results }));
  const current = poolSameSeries(currentRun).results;
  const windowById = indexBaseline(baseline);
  removeMachineFactors(windowById, baseline.length);
  const currentIds = new Set(current.map((r) => r.id));
  const noise = estimateSuiteNoise(current, windowById);
  // The p a series needs to be flagged when it is the only change of the report (Benjamini–Hochberg's
  // first step): a within-run test that cannot go below it must not veto the run-to-run test.
  const loneDiscoveryP = options.alpha / Math.max(1, current.filter((r) => windowById.has(r.id)).length);
  const evaluate = (result: BenchmarkResult, scale: number) =>
    evaluateSeries(result, windowById.get(result.id), options, scale, noise, loneDiscoveryP);
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
  loneDiscoveryP: number,
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
    loneDiscoveryP,
  );
  comparison.change = tested.change;
  comparison.test = tested.test;
  if (tested.reason) comparison.reason = tested.reason;
  return { comparison };
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
      if (significant && beyond) {
        // The p that decides may come from one kind of noise while the interval holds both (the
        // samples' own spread and the run-to-run noise): a change whose interval still holds no
        // change is not flagged — a skewed or two-moded run whose median jumped, most often.
        const [lo = 1, hi = 1] = change.ci ?? [];
        if (lo <= 0 && hi >= 0) {
          const reason =
            "significant, but the change's 95% interval still holds no change: the samples are spread too far to tell (two modes, or load during part of the run)";
          return withBudget({ ...c, reason }, 'inconclusive');
        }
        return withBudget({ ...c, reason: undefined }, verdictFor());
      }
      if (significant || !beyond) return withBudget({ ...c, reason: undefined }, 'unchanged');
      const reason =
        c.reason ??
        `noise wider than the ${formatPercent(c.threshold)} threshold (q = ${q.toPrecision(2)} > α = ${options.alpha})`;
      return withBudget({ ...c, reason }, 'inconclusive');
    }
  }
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
  const backToBack = backToBackRegressions(series);
  if (backToBack.length > 0) report.backToBack = backToBack;
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
