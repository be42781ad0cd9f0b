// The comparison report: what compare() returns, what render/ prints and what the JSON report file
// holds. Public (documented in docs/reports.md, versioned).
import type { BenchmarkResult, Direction, Format, SourceLocation } from './result.js';

export type Status =
  | 'regression'
  | 'improvement'
  | 'unchanged'
  | 'inconclusive'
  | 'new'
  | 'missing'
  | 'over-budget';

export const STATUSES: readonly Status[] = [
  'regression',
  'over-budget',
  'improvement',
  'inconclusive',
  'unchanged',
  'new',
  'missing',
];

/**
 * `no-common-series`: the baseline has series and the current run shares none of them (a broken
 * benchmark step, another tool's output): nothing was compared, and that is never a pass.
 */
export type Verdict = 'pass' | 'regression' | 'over-budget' | 'no-baseline' | 'no-common-series';

/** What one side of the comparison held, for saying so when the sides do not match. */
export interface SideContents {
  /** Series of that side (for the baseline: every series of its window). */
  series: number;
  /** The parsers that read them. */
  formats: Format[];
  /** The first few series names, to show what the side held. */
  examples: string[];
}

/** Which series the two sides share, and how many of the newest baseline run's the current run lost. */
export interface SeriesCoverage {
  baseline: SideContents;
  current: SideContents;
  /** Current series the baseline window has. */
  common: number;
  /** Series of the newest baseline run. */
  newestRunSeries: number;
  /** Series of the newest baseline run that the current run lacks. */
  missing: number;
  /** More than half of the newest baseline run's series are missing from the current run. */
  lostMost: boolean;
}

/** Which evidence decided a series. */
export type TestMethod =
  /** Mann–Whitney U on raw samples (benchstat's test), optionally combined with the run-to-run test. */
  | 'mann-whitney'
  /** Welch's t-test on the log scale from mean, stddev and n. */
  | 'welch'
  /** z-test from each side's confidence interval (criterion text). */
  | 'interval'
  /** One number per run: the current value against the history window's spread. */
  | 'history'
  /** A deterministic metric (identical samples on each side): any change beyond the threshold is real. */
  | 'exact'
  /** One number per run and no history to estimate noise: the threshold alone decides; unverified. */
  | 'threshold-only'
  /** Same-job A/B: Student's t on the per-pass log ratios head/base, the pass as a block. */
  | 'same-job'
  /** A tail percentile row: the distribution-free test of the ratio of two quantiles (stats/quantile-difference.ts). */
  | 'quantile';

/**
 * The tail statistics a series with enough raw samples can be compared on besides its center, each as
 * its own row. The number is the quantile (p95: the value 95% of the samples are at or below).
 */
export const TAIL_STATISTICS = { p95: 0.95, p99: 0.99 } as const;
export type TailStatistic = keyof typeof TAIL_STATISTICS;

/** The numbers of one side of a comparison: the result's own statistics, and the center compared. */
export interface SideStats
  extends Pick<BenchmarkResult, 'n' | 'samples' | 'mean' | 'median' | 'min' | 'max' | 'stddev' | 'ci'> {
  /** Center compared: median of samples, else the tool's central value. */
  center: number;
}

/**
 * The newest baseline run's numbers of a series (`center` is that run's), plus what the window adds.
 * The change is measured against `reference`, not always against the newest run. In a same-job A/B
 * (`sameJob` set) these are the base side's samples pooled over the passes, `runCenters` the passes'
 * centers and `reference` their geometric mean (and the current center the head's, likewise).
 */
export interface BaselineStats extends SideStats {
  /**
   * The center the change is measured against: for a timing series with ≥ 2 runs in the window, the
   * window's typical run center (robust, after each run's machine factor is taken out); otherwise the
   * newest run's center.
   */
  reference: number;
  /** Runs in the baseline window that have this series. */
  runs: number;
  /** Center of each of those runs, oldest first. */
  runCenters: number[];
  /** Commit of the newest baseline run holding this series, when known. */
  commit?: string;
}

export interface Change {
  /** current / baseline of the centers. */
  ratio: number;
  /** (ratio − 1) × 100. */
  percent: number;
  /** Confidence interval of `percent` (95% unless stated), when the data allow one. */
  ci?: [number, number];
}

export interface SeriesTest {
  method: TestMethod;
  /**
   * Two-sided p-value used for the decision: the between-run p alone where it comes from the suite's
   * mixture of run-to-run variances (that test holds each run's sampling noise too) or where a
   * within-run test of few samples, significant at α, guards a window's test; otherwise the larger of
   * within-run and between-run where both exist.
   */
  p?: number;
  /** Within-run p (samples or summaries of the newest baseline run vs this run). */
  pWithin?: number;
  /** Between-run p (this run's center against the baseline window's run-to-run spread). */
  pBetween?: number;
  /** Benjamini–Hochberg adjusted p over all tested series of the report. */
  q?: number;
  /** Same-job A/B: the passes (1-based) left out of this series' test as outliers. */
  leftOutPasses?: number[];
}

/**
 * Why a series is inconclusive or unverified, as a code and the numbers behind it; render/reasons.ts
 * says it in words (with advice for the tool in `format`).
 */
export type Reason =
  /** Same-job A/B: the series was measured on both sides in fewer than 2 passes. */
  | { code: 'too-few-passes'; passes: number }
  /** The current center is within the spread of the window's run centers (one number per run). */
  | { code: 'within-window-spread'; runs: number }
  /** …within the run-to-run spread that the window and the suite's series together give. */
  | { code: 'within-window-and-suite-spread'; runs: number; series: number }
  /** One baseline run of this series, in a suite with a history: within the suite's typical spread. */
  | { code: 'within-suite-typical-spread' }
  /** One baseline run: within the spread of the moves of all the suite's series. */
  | { code: 'within-suite-moves'; series: number }
  /** Too few samples for the within-run test to reach α at all. */
  | {
      code: 'too-few-samples';
      needed: number;
      alpha: number;
      baseline: number;
      current: number;
      format?: Format;
    }
  /** So few samples that the test cannot reach the p a lone change among `series` needs. */
  | {
      code: 'lone-change-unreachable';
      baseline: number;
      current: number;
      p: number;
      series: number;
      format?: Format;
    }
  /** Not significant after the false-discovery control, though beyond the threshold. */
  | { code: 'noise-wider-than-threshold'; threshold: number; q: number; alpha: number }
  /** Significant and beyond the threshold, but the change's interval still holds no change. */
  | { code: 'interval-holds-no-change' }
  /** A deterministic metric that was 0 in the baseline: no ratio. */
  | { code: 'was-zero' }
  /** No center to compare on one side. */
  | { code: 'no-comparable-value' }
  /** One number per run and too few runs to estimate noise: the threshold alone decided. */
  | { code: 'unverified'; runs: number; threshold: number };

export type ReasonCode = Reason['code'];

export interface SeriesComparison {
  /** The series id; a tail row's is its series' id and the statistic (`pkg::test_x [ms] p95`). */
  id: string;
  name: string;
  /**
   * Set on a tail row: which percentile of the raw samples this row compares. Absent: the row compares
   * the series' center (the median of the samples, else the tool's estimate).
   */
  statistic?: TailStatistic;
  suite?: string;
  params?: Record<string, string>;
  unit: string;
  direction: Direction;
  format?: Format;
  status: Status;
  /** Why a series is inconclusive or unverified (several when several tests held it back); footnotes. */
  reasons?: Reason[];
  /** Threshold (fraction) that applied. */
  threshold: number;
  baseline?: BaselineStats;
  /** The current run's numbers as measured (a runner drift is never divided out of them). */
  current?: SideStats;
  /** current.center / baseline.reference, as measured. */
  change?: Change;
  /** Change after removing the runner drift, when drift was detected: what the status was judged on. */
  adjustedChange?: Change;
  test?: SeriesTest;
  budget?: { limit: number; written: string; exceeded: boolean };
  source?: SourceLocation;
}

export interface RunnerDrift {
  /** Typical change of all timing series, percent. */
  percent: number;
  /** Share of timing series that moved that way. */
  share: number;
  /** Timing series looked at. */
  series: number;
}

/** Benchmarks that regressed one right after another in the current run (back-to-back.ts). */
export interface BackToBack {
  /** Their names, in the order they ran. */
  benchmarks: string[];
  /** The output they were read from: `go` (go test) or `criterion` (cargo bench's printed output). */
  format: 'go' | 'criterion';
}

export interface Geomean {
  unit: string;
  series: number;
  baseline: number;
  current: number;
  percent: number;
}

/** A same-job A/B: the base commit and head measured in alternating passes on one machine. */
export interface SameJob {
  /** Passes run (each ran both sides, alternating which went first). */
  passes: number;
  /** The base side's commit, when known. */
  baseCommit?: string;
  /** The head side's commit (the work tree may hold changes on top of it). */
  headCommit?: string;
}

/**
 * Where a pull request's baseline window ends: at the newest recorded run whose commit is the merge base
 * of head and base or one of its ancestors, so changes merged into the base branch after the branch
 * point are neither blamed on the pull request nor credited to it.
 */
export interface BaselineCommit {
  /** The branch whose history was read (the pull request's base). */
  branch: string;
  /** The merge base of the pull request's head and base, when it could be found. */
  mergeBase?: string;
  /** How the merge base and the ancestry were learned. */
  via?: 'git' | 'compare-api';
  /** The commit of the newest run in the window. */
  commit?: string;
  /** Recorded runs left out of the window: their commits are not the merge base nor its ancestors. */
  leftOut: number;
  /**
   * Of `leftOut`, the runs whose commits could not be placed (beyond a shallow checkout's cut, past the
   * compare API's lookups): left out for not being known ancestors.
   */
  unplaced?: number;
  /**
   * Set when the window is the newest recorded runs after all: `merge-base-unknown` (no git checkout,
   * commits that could not be fetched, no API answer), `no-recorded-ancestor` (no recorded run is at or
   * before the merge base).
   */
  fallback?: 'merge-base-unknown' | 'no-recorded-ancestor';
  /** Why the merge base is unknown, in words. */
  reason?: string;
}

export interface ComparisonReport {
  schema: 'perf-regression/report';
  version: 1;
  verdict: Verdict;
  counts: Record<Status, number>;
  alpha: number;
  /** Runs in the baseline window (0 on a first run). */
  baselineRuns: number;
  /**
   * How run-to-run noise was estimated: from ≥ 2 baseline runs; with one baseline run, from how far the
   * whole suite moved (needs ≥ 10 timing series); or not at all.
   */
  runToRunNoise: 'estimated' | 'from-suite' | 'not-estimated' | 'no-baseline' | 'same-job';
  /** Set when base and head were measured in the same job (`ab`, `compare-with: base`). */
  sameJob?: SameJob;
  /** Which series each side held; absent on a first run (no baseline). */
  coverage?: SeriesCoverage;
  /**
   * How many files made each run: the current run, and each baseline run oldest first (null for a
   * recorded run from before this was kept). Several files of one run are pooled into that one run.
   */
  runFiles?: { current: number; baseline: (number | null)[] };
  /** On a pull request compared with a history: the commit the baseline window ends at. */
  baselineCommit?: BaselineCommit;
  drift?: RunnerDrift;
  /**
   * Blocks of ≥ 3 benchmarks that regressed back to back (go and criterion's printed output): what a
   * burst of load on the machine during the run looks like. A hint; statuses are not changed by it.
   */
  backToBack?: BackToBack[];
  geomeans: Geomean[];
  series: SeriesComparison[];
}
