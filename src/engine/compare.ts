// The verdict engine: a baseline window and the current run in, the comparison report out. Pure: no I/O.
//
// The flow: index the window by series, machine factors out (window.ts) → the suite's noise
// (noise-model.ts) → each series' evidence (evidence.ts) weighed (decide.ts) → a runner drift taken
// out where the whole machine moved (drift.ts) → Benjamini–Hochberg over the report → each status
// decided (decide.ts) → the report, with bursts of load pointed out (bursts.ts).
import type {
  BaselineStats,
  Change,
  ComparisonReport,
  Geomean,
  RunnerDrift,
  SeriesComparison,
  SeriesCoverage,
  SideStats,
  Status,
  TailStatistic,
  Verdict,
} from '../model/report.js';
import { STATUSES } from '../model/report.js';
import { type BenchmarkResult, isLoadTest } from '../model/result.js';
import { poolSameSeries } from '../parsers/pool.js';
import { benjaminiHochberg } from '../stats/fdr.js';
import { geometricMean } from '../stats/geomean.js';
import { backToBackRegressions } from './bursts.js';
import { seriesCoverage, sharesNothing } from './coverage.js';
import { decide, type Weighed, weigh } from './decide.js';
import { detectDrift, driftScale } from './drift.js';
import { gatherEvidence, type SeriesEvidence } from './evidence.js';
import { estimateSuiteNoise, type SuiteNoise } from './noise-model.js';
import {
  budgetFor,
  type CompareOptions,
  defaultCompareOptions,
  globMatches,
  thresholdFor,
} from './options.js';
import { changeOf, scaleSide, sideOf } from './side.js';
import { hasTails, tailEvidence, tailResult, tailSide } from './tails.js';
import { type BaselineRun, indexWindow, type WindowSeries } from './window.js';

export type { BaselineRun } from './window.js';

/** One series after its tests, before the report-wide false-discovery control. */
interface Evaluated {
  result: BenchmarkResult;
  window?: WindowSeries;
  /** The current run's numbers the tests saw (a drift divided out). */
  current: SideStats;
  threshold: number;
  evidence?: SeriesEvidence;
  weighed?: Weighed;
  /** Judged with a runner drift taken out: the change and the current numbers before it was. */
  drift?: { unadjusted?: Change; current: SideStats };
  /** A tail row (tails.ts): its percentile and the baseline's numbers of it. */
  tail?: { statistic: TailStatistic; baseline?: BaselineStats };
}

/**
 * Compares `currentRun` with the baseline window (oldest first, newest last). Series are matched by id;
 * one id twice in a run (a history entry written from several files before they were pooled) is one
 * series, its samples pooled.
 */
export function compare(
  baselineRuns: readonly BaselineRun[],
  currentRun: readonly BenchmarkResult[],
  options: CompareOptions = defaultCompareOptions(),
  /** Told after each series evaluated and each row of the report made (the pipeline's memory watch). */
  progress?: (done: number) => void,
): ComparisonReport {
  const baseline = baselineRuns.map((run) => ({ ...run, results: poolSameSeries(run.results).results }));
  const current = poolSameSeries(currentRun).results;
  const window = indexWindow(baseline);
  // Load tests' series move together by design (one server): they inform neither the suite's noise
  // nor the runner drift, and no drift is divided out of them.
  const benchmarks = current.filter((r) => !isLoadTest(r.format));
  const noise = estimateSuiteNoise(benchmarks, window);
  const compared = current.filter((r) => window.has(r.id)).length;
  const context = { options, noise, loneDiscoveryP: options.alpha / Math.max(1, compared) };
  let done = 0;
  const evaluate = (result: BenchmarkResult, scale: number) => {
    progress?.(++done);
    return evaluateSeries(result, window.get(result.id), scale, context);
  };
  const first = current.map((result) => evaluate(result, 1));
  const drift = detectDrift(
    first
      .filter((e) => !isLoadTest(e.result.format))
      .map((e) => ({ ...e.result, change: e.weighed?.change })),
  );
  const judged = drift ? first.map((e) => withoutDrift(e, drift, evaluate)) : first;
  // Each series' tail rows right after it; one false-discovery control over every row tested.
  const evaluated = judged.flatMap((e) => [e, ...tailRows(e, context)]);
  const q = falseDiscovery(evaluated.map((e) => e.weighed));
  const series = evaluated.map((e, i) => {
    progress?.(i + 1);
    return comparisonOf(e, q[i], options.alpha, options);
  });
  const currentIds = new Set(current.map((r) => r.id));
  for (const [id, runs] of window) {
    if (!currentIds.has(id) && runs.newestRunHasIt) series.push(missingSeries(runs));
  }
  const coverage = seriesCoverage(current, window, baseline.length);
  const noiseSource = runToRunNoise(baseline.length, noise.run?.source === 'suite');
  return buildReport(series, baseline.length, options.alpha, drift, noiseSource, coverage);
}

function evaluateSeries(
  result: BenchmarkResult,
  window: WindowSeries | undefined,
  scale: number,
  { options, noise, loneDiscoveryP }: { options: CompareOptions; noise: SuiteNoise; loneDiscoveryP: number },
): Evaluated {
  const current = scaleSide(sideOf(result), scale);
  const threshold = thresholdFor(result, options.thresholds);
  if (!window) return { result, current, threshold };
  const alpha = options.alpha;
  const evidence = gatherEvidence({ result, current, scale, window, noise, alpha, loneDiscoveryP });
  return {
    result,
    window,
    current,
    threshold,
    evidence,
    weighed: weigh(evidence, { alpha, threshold, loneDiscoveryP }),
  };
}

/** A series judged again with the drift divided out of its current numbers (timing series only). */
function withoutDrift(
  e: Evaluated,
  drift: RunnerDrift,
  evaluate: (result: BenchmarkResult, scale: number) => Evaluated,
): Evaluated {
  const scale = isLoadTest(e.result.format) ? 1 : driftScale(drift, e.result.direction, e.result.unit);
  if (scale === 1) return e;
  return { ...evaluate(e.result, scale), drift: { unadjusted: e.weighed?.change, current: e.current } };
}

/** The statistics a series is compared on besides its center: the `percentiles` asked for and any a budget names. */
function tailStatisticsFor(result: BenchmarkResult, options: CompareOptions): TailStatistic[] {
  const wanted = new Set(options.percentiles ?? []);
  for (const b of options.budgets) if (b.statistic && globMatches(b.pattern, result)) wanted.add(b.statistic);
  return [...wanted];
}

/** A series' tail rows: compared where both sides have the samples for it, otherwise `new`. */
function tailRows(
  e: Evaluated,
  { options, loneDiscoveryP }: { options: CompareOptions; loneDiscoveryP: number },
): Evaluated[] {
  if (!hasTails(e.result)) return [];
  return tailStatisticsFor(e.result, options).flatMap((statistic): Evaluated[] => {
    const current = tailSide(e.current, statistic);
    if (!current) return [];
    const result = tailResult(e.result, current, statistic);
    const row: Evaluated = { result, current, threshold: e.threshold, tail: { statistic } };
    const found =
      e.window && e.evidence && tailEvidence({ statistic, window: e.window, current, series: e.evidence });
    if (!found) return [row];
    const { evidence, baseline } = found;
    const weighed = weigh(evidence, { alpha: options.alpha, threshold: e.threshold, loneDiscoveryP });
    const measured = e.drift && tailSide(e.drift.current, statistic);
    const drift = measured && {
      unadjusted: changeOf(evidence.reference, measured.center),
      current: measured,
    };
    return [{ ...row, window: e.window, evidence, weighed, drift, tail: { statistic, baseline } }];
  });
}

/** Benjamini–Hochberg's q for every series with a p, in report order (undefined for the others). */
export function falseDiscovery(weighed: readonly (Weighed | undefined)[]): (number | undefined)[] {
  const q = benjaminiHochberg(weighed.map((w) => w?.test.p ?? Number.NaN));
  return q.map((x) => (Number.isNaN(x) ? undefined : x));
}

function comparisonOf(
  e: Evaluated,
  q: number | undefined,
  alpha: number,
  options: CompareOptions,
): SeriesComparison {
  const { result } = e;
  const statistic = e.tail?.statistic;
  const comparison: SeriesComparison = {
    ...identity(result),
    ...(statistic ? { statistic } : {}),
    status: 'new',
    threshold: e.threshold,
    // The report shows what was measured; the drift-adjusted change is `adjustedChange`.
    current: e.drift?.current ?? e.current,
    source: result.source,
  };
  const budget = budgetFor({ ...result, statistic }, result.value, options.budgets);
  if (budget) comparison.budget = budget;
  if (!e.window || !e.evidence || !e.weighed) return withBudget(comparison, 'new');
  comparison.baseline = e.tail?.baseline ?? baselineStats(e.window, e.evidence.reference);
  const change = e.drift ? e.drift.unadjusted : e.weighed.change;
  if (change) comparison.change = change;
  if (e.drift && e.weighed.change) comparison.adjustedChange = e.weighed.change;
  comparison.test = q === undefined ? e.weighed.test : { ...e.weighed.test, q };
  const decision = decide({
    weighed: e.weighed,
    change: e.weighed.change ?? change,
    q,
    direction: result.direction,
    threshold: e.threshold,
    alpha,
    reference: e.evidence.reference,
    currentCenter: e.current.center,
  });
  if (decision.reasons) comparison.reasons = decision.reasons;
  return withBudget(comparison, decision.status);
}

export function identity(r: BenchmarkResult) {
  const { id, name, suite, params, unit, direction, format } = r;
  return { id, name, suite, params, unit, direction, format };
}

/** The newest run's numbers, what the window adds, and the center the change is measured against. */
function baselineStats(window: WindowSeries, reference: number): BaselineStats {
  const newest = window.results.at(-1) as BenchmarkResult;
  // Filled in on the side's own fresh object: a report of 300,000 series makes no copy of each.
  const stats = sideOf(newest) as BaselineStats;
  stats.reference = reference;
  stats.runs = window.results.length;
  stats.runCenters = window.results.map((r) => r.value);
  stats.commit = window.commits.at(-1);
  return stats;
}

/** A budget overrun shows as `over-budget` unless the series is a regression (which already fails). */
export function withBudget(c: SeriesComparison, status: Status): SeriesComparison {
  c.status = c.budget?.exceeded && status !== 'regression' ? 'over-budget' : status;
  return c;
}

function missingSeries(window: WindowSeries): SeriesComparison {
  const newest = window.results.at(-1) as BenchmarkResult;
  return {
    ...identity(newest),
    status: 'missing',
    threshold: 0,
    baseline: baselineStats(window, newest.value),
    source: newest.source,
  };
}

export function buildReport(
  series: SeriesComparison[],
  baselineRuns: number,
  alpha: number,
  drift: RunnerDrift | undefined,
  noise: ComparisonReport['runToRunNoise'],
  coverage?: SeriesCoverage,
): ComparisonReport {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of series) counts[s.status] += 1;
  // Tail rows are the same benchmarks again: neither a second geomean entry nor a second burst member.
  const centers = series.some((s) => s.statistic) ? series.filter((s) => !s.statistic) : series;
  const report: ComparisonReport = {
    schema: 'perf-regression/report',
    version: 1,
    verdict: verdictOf(counts, series, coverage),
    counts,
    alpha,
    baselineRuns,
    runToRunNoise: noise,
    geomeans: geomeans(centers),
    series,
  };
  if (coverage) report.coverage = coverage;
  if (drift) report.drift = drift;
  const backToBack = backToBackRegressions(centers);
  if (backToBack.length > 0) report.backToBack = backToBack;
  return report;
}

function verdictOf(
  counts: Record<Status, number>,
  series: SeriesComparison[],
  coverage: SeriesCoverage | undefined,
): Verdict {
  if (counts.regression > 0) return 'regression';
  // Before budgets: a run that compared nothing must say so first, whatever else it broke.
  if (sharesNothing(coverage)) return 'no-common-series';
  if (counts['over-budget'] > 0) return 'over-budget';
  return series.every((s) => s.status === 'new') ? 'no-baseline' : 'pass';
}

function runToRunNoise(baselineRuns: number, fromSuite: boolean): ComparisonReport['runToRunNoise'] {
  if (baselineRuns === 0) return 'no-baseline';
  if (baselineRuns >= 2) return 'estimated';
  return fromSuite ? 'from-suite' : 'not-estimated';
}

/** Per unit, the geometric means of the references and of the current centers (benchstat's geomean row). */
function geomeans(series: SeriesComparison[]): Geomean[] {
  const byUnit = new Map<string, [number[], number[]]>();
  for (const s of series) {
    const b = s.baseline?.reference;
    const c = s.current?.center;
    if (!(b && b > 0 && c && c > 0)) continue;
    const pair = byUnit.get(s.unit) ?? [[], []];
    pair[0].push(b);
    pair[1].push(c);
    byUnit.set(s.unit, pair);
  }
  return [...byUnit].map(([unit, [b, c]]) => {
    const baseline = geometricMean(b) as number;
    const current = geometricMean(c) as number;
    return { unit, series: b.length, baseline, current, percent: (current / baseline - 1) * 100 };
  });
}
