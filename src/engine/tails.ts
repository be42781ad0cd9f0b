// Tail percentile rows: a series with enough raw samples is compared on its p95 and p99 too, each as a
// row of its own. A change that slows 5% of the calls twice over barely moves the median, and the
// median's tests (Mann–Whitney, the run-to-run test of run centers) are built not to see it.
//
// Nothing is stored for them: each row is derived, at compare time, from the samples the history
// already holds, so every existing history gains tail rows. Which rows exist, and which test:
//   - only timing series whose smaller values are better (latencies), where a slow tail is the harm;
//   - only where each side has TAIL_MIN_BEYOND samples above the quantile (p95: ≥ 100 samples,
//     p99: ≥ 500) and the quantile's distribution-free interval is finite;
//   - the test is the ratio of the two quantiles (stats/quantile-difference.ts), the newest baseline
//     run's samples brought to the level the series' center is measured against (as the median's
//     within-run test sees them), and the series' run-to-run noise of that level added to it: a run
//     whose every sample is slower by the machine moves its tail as much as its median.
import type { BaselineStats, SideStats, TailStatistic } from '../model/report.js';
import { TAIL_STATISTICS } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { unitKind } from '../model/units.js';
import { normalQuantile } from '../stats/distributions.js';
import { quantileRatioTest, quantileSummary } from '../stats/quantile-difference.js';
import type { Evidence, SeriesEvidence } from './evidence.js';
import { atLevel } from './side.js';
import { LEVEL, TAIL_MIN_BEYOND } from './tuning.js';
import type { WindowSeries } from './window.js';

const Z_LEVEL = normalQuantile(1 - (1 - LEVEL) / 2);

/** The id of a tail row: its series' id and the statistic (a parser's ids end in `]`, so none collides). */
export function tailId(id: string, statistic: TailStatistic): string {
  return `${id} ${statistic}`;
}

/** Whether a sample is large enough to compare its `statistic` (TAIL_MIN_BEYOND values above the quantile). */
export function enoughForTail(samples: readonly number[] | undefined, statistic: TailStatistic): boolean {
  const q = TAIL_STATISTICS[statistic];
  return samples !== undefined && samples.length * (1 - q) >= TAIL_MIN_BEYOND - 1e-9;
}

/** Samples a run needs for a `statistic`'s row (TAIL_MIN_BEYOND above the quantile). */
export function samplesForTail(statistic: TailStatistic): number {
  return Math.ceil(TAIL_MIN_BEYOND / (1 - TAIL_STATISTICS[statistic]) - 1e-9);
}

/** Whether a series can have tail rows at all: a latency (time unit, smaller is better). */
export function hasTails(result: BenchmarkResult): boolean {
  return result.direction === 'smaller' && unitKind(result.unit) === 'time';
}

/** A side's numbers as its tail row shows them: the quantile as the center, the samples unchanged. */
export function tailSide(side: SideStats, statistic: TailStatistic): SideStats | undefined {
  if (!enoughForTail(side.samples, statistic)) return undefined;
  const summary = quantileSummary(side.samples as number[], TAIL_STATISTICS[statistic], LEVEL);
  return summary && { ...side, center: summary.quantile };
}

/** The tail row's series: its id, and the quantile as its value (what budgets are checked against). */
export function tailResult(
  result: BenchmarkResult,
  current: SideStats,
  statistic: TailStatistic,
): BenchmarkResult {
  return { ...result, id: tailId(result.id, statistic), value: current.center };
}

/** What comparing one tail row takes: the series' own evidence gives the level and its run-to-run noise. */
export interface TailInput {
  statistic: TailStatistic;
  window: WindowSeries;
  /** The current run's tail side (tailSide), a drift divided out where the series' was. */
  current: SideStats;
  /** The series' (median row's) evidence. */
  series: SeriesEvidence;
}

/** The tail row's evidence and baseline numbers; undefined when the newest baseline run has too few samples. */
export function tailEvidence(
  input: TailInput,
): { evidence: SeriesEvidence; baseline: BaselineStats } | undefined {
  const { statistic, window, current, series } = input;
  const q = TAIL_STATISTICS[statistic];
  const newest = window.results.at(-1) as BenchmarkResult;
  if (!enoughForTail(newest.samples, statistic) || !(newest.value > 0) || series.exact) return undefined;
  const atReference = atLevel(newest, series.reference).samples as number[];
  const level = series.runToRun?.margin;
  // The run-to-run margin is the level's 95% reach; as a variance it joins the quantiles' sampling one.
  const levelVariance = level ? (Math.max(level.lower, level.upper) / Z_LEVEL) ** 2 : 0;
  const test = quantileRatioTest(atReference, current.samples as number[], q, LEVEL, levelVariance);
  if (!test) return undefined;
  const within: Evidence = {
    kind: 'quantile',
    p: test.p,
    margin: { lower: test.lower, upper: test.upper },
    canReachAlpha: true,
    decidesAlone: false,
  };
  const reference = current.center / test.ratio;
  const evidence: SeriesEvidence = {
    exact: false,
    reference,
    currentCenter: current.center,
    within,
    runs: window.results.length,
    format: series.format,
  };
  return { evidence, baseline: tailBaseline(window, statistic, reference) };
}

/** The newest run's tail numbers, and each baseline run's quantile where it has enough samples. */
function tailBaseline(window: WindowSeries, statistic: TailStatistic, reference: number): BaselineStats {
  const q = TAIL_STATISTICS[statistic];
  const quantileOf = (r: BenchmarkResult) =>
    enoughForTail(r.samples, statistic)
      ? quantileSummary(r.samples as number[], q, LEVEL)?.quantile
      : undefined;
  const newest = window.results.at(-1) as BenchmarkResult;
  const { n, samples, mean, median, min, max, stddev } = newest;
  const runCenters = window.results.map(quantileOf).filter((x): x is number => x !== undefined);
  return {
    center: quantileOf(newest) as number,
    n,
    samples,
    mean,
    median,
    min,
    max,
    stddev,
    reference,
    runs: runCenters.length,
    runCenters,
    commit: window.commits.at(-1),
  };
}
