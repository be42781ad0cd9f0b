// The trend report: change points in a suite's recorded history and the regression events they make.
// What `perf-regression trend --json` writes and what the scheduled action files issues from. Public
// (docs/trend.md), versioned.
import type { Direction } from './result.js';

/** One stretch of runs at one level: the geometric mean of their centers, with an interval. */
export interface TrendLevel {
  value: number;
  /** 95% interval of the level (Student t on the log scale). */
  ci: [number, number];
  runs: number;
}

/** Where a run sits in the suite's history. */
export interface RunRef {
  /** Index of the run in the history, oldest first (0-based). */
  run: number;
  commit: string;
  runId: string;
  date: string;
}

export type TrendKind = 'regression' | 'improvement';

/** Why a change point does not make an event. */
export type NotCounted =
  /** Smaller than the series' threshold. */
  | 'below-threshold'
  /** Its p is above the trend alpha. */
  | 'not-significant'
  /** Fewer runs at the new level (or the old) than the setting asks. */
  | 'too-few-runs'
  /** Runs after it sit nearer the old level than the new: a few slow runs, not a level. */
  | 'not-held'
  /** A step back to the level before an earlier regression: that regression's recovery. */
  | 'recovery';

export interface TrendChangePoint {
  seriesId: string;
  name: string;
  unit: string;
  direction: Direction;
  /** The last run at the old level and the first at the new one. */
  before: RunRef;
  after: RunRef;
  levelBefore: TrendLevel;
  levelAfter: TrendLevel;
  /** (after / before − 1) × 100 of the levels, with its 95% interval. */
  percent: number;
  ci: [number, number];
  /** Student's t-test of the runs before against the runs after (each up to the next change point). */
  p: number;
  kind: TrendKind;
  threshold: number;
  /** Whether it makes (part of) an event; `notCounted` says why not. */
  counts: boolean;
  notCounted?: NotCounted;
  status: 'active' | 'recovered';
  /** The first run back within the threshold of the level before. */
  recoveredAt?: RunRef;
}

/** Change points of several series at the same run (or adjacent runs): one commit range, many benchmarks. */
export interface TrendEvent {
  /** Stable identity across later analyses: the first bad commit. */
  key: string;
  kind: TrendKind;
  /** The last run before the earliest member's new level. */
  lastGood: RunRef;
  /** The earliest member's first run at the new level. */
  firstBad: RunRef;
  /** The latest member's first run at the new level (the end of the commit range). */
  lastBad: RunRef;
  status: 'active' | 'recovered';
  /** When every member is back (the latest member's recovery). */
  recoveredAt?: RunRef;
  changePoints: TrendChangePoint[];
}

/** A series' run centers, for charts: one per run that has the series. */
export interface TrendHistory {
  seriesId: string;
  runs: number[];
  values: number[];
}

export interface TrendSettingsUsed {
  windowLength: number;
  alpha: number;
  minRunsAfter: number;
  eventSpan: number;
  recoveryRuns: number;
}

export interface TrendReport {
  schema: 'perf-regression/trend';
  version: 1;
  suite: string;
  /** Runs in the history analysed. */
  runs: number;
  /** Series analysed. */
  series: number;
  settings: TrendSettingsUsed;
  /** Every change point found, counted or not, by series then run. */
  changePoints: TrendChangePoint[];
  /** Events, oldest first. */
  events: TrendEvent[];
  /** Run centers of the series in events (for the charts of an issue). */
  histories: TrendHistory[];
  /** Series left out, with why (a value ≤ 0 has no log). */
  skipped: { seriesId: string; reason: string }[];
}
