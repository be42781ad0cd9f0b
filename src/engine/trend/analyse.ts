// The weekly watch's analysis: every series of a suite's history → its change points → the ones that
// count (worse or better by at least the series' threshold, p ≤ alpha, enough runs at the new level)
// → events (the same or adjacent runs across series) → active or recovered. Pure.

import { median } from 'simple-statistics';
import type {
  NotCounted,
  RunRef,
  TrendChangePoint,
  TrendEvent,
  TrendHistory,
  TrendLevel,
  TrendReport,
  TrendSettingsUsed,
} from '../../model/trend.js';
import { hampelFilterHigh, successiveDifferenceSd } from '../../stats/hampel.js';
import { hodgesLehmannShift } from '../../stats/hodges-lehmann.js';
import { type SideSummary, tInterval } from '../../stats/student-t-test.js';
import { type ThresholdRules, thresholdFor } from '../options.js';
import {
  DEFAULT_THRESHOLD,
  LEVEL,
  TREND_ALPHA,
  TREND_EVENT_SPAN,
  TREND_HELD_SLACK,
  TREND_MIN_LEVEL_RUNS,
  TREND_MIN_MAGNITUDE,
  TREND_MIN_RUNS_AFTER,
  TREND_NEAR_THRESHOLD,
  TREND_NEARER_THRESHOLD,
  TREND_OUTLIER_HALF_WIDTH,
  TREND_OUTLIER_SDS,
  TREND_REACH_LEVEL,
  TREND_RECOVERY_RUNS,
  TREND_STEADY_SDS,
  TREND_SURE_SHARE,
  TREND_WINDOW,
} from '../tuning.js';
import { type ChangePoint, changePoints, mergeChangePoints } from './change-points.js';
import { seriesOfHistory, type TrendRun, type TrendSeries } from './series.js';

export interface TrendOptions extends Partial<TrendSettingsUsed> {
  thresholds?: ThresholdRules;
}

export function defaultTrendSettings(): TrendSettingsUsed {
  return {
    windowLength: TREND_WINDOW,
    alpha: TREND_ALPHA,
    minRunsAfter: TREND_MIN_RUNS_AFTER,
    eventSpan: TREND_EVENT_SPAN,
    recoveryRuns: TREND_RECOVERY_RUNS,
  };
}

/** On the log scale a step of d is a change of e^|d| − 1 either way: the magnitude Otava's merge drops by. */
const logMagnitude = (before: number, after: number) => Math.expm1(Math.abs(after - before));

export function analyseTrend(
  suite: string,
  history: readonly TrendRun[],
  options: TrendOptions = {},
): TrendReport {
  const { thresholds = { default: DEFAULT_THRESHOLD, rules: [] }, ...given } = options;
  const settings: TrendSettingsUsed = { ...defaultTrendSettings(), ...withoutUndefined(given) };
  const { series, skipped } = seriesOfHistory(history);
  const found: TrendChangePoint[] = [];
  const histories: TrendHistory[] = [];
  for (const s of series) {
    const threshold = thresholdFor(s, thresholds);
    const points = seriesChangePoints(s, history, threshold, settings);
    for (const p of points) found.push(p);
    if (points.some((p) => p.counts)) histories.push({ seriesId: s.id, runs: s.runs, values: s.values });
  }
  return {
    schema: 'perf-regression/trend',
    version: 1,
    suite,
    runs: history.length,
    series: series.length,
    settings,
    changePoints: found,
    events: groupEvents(found, settings.eventSpan),
    histories,
    skipped,
  };
}

/**
 * A run slowed by a noisy neighbour is no level: on the worse-is-larger scale such runs are replaced by
 * their neighbourhood's median before change points are looked for (the history keeps what was recorded).
 */
export function cleanedLevels(worse: readonly number[]): number[] {
  return hampelFilterHigh(worse, TREND_OUTLIER_HALF_WIDTH, TREND_OUTLIER_SDS);
}

/** The change points of one series' cleaned levels, found as the analysis finds them. */
export function levelChangePoints(
  levels: readonly number[],
  threshold: number,
  settings: Pick<TrendSettingsUsed, 'windowLength' | 'alpha'>,
): ChangePoint[] {
  // Steps far below the threshold only split the segments the threshold is judged on.
  const minMagnitude = TREND_MIN_MAGNITUDE * threshold;
  let points = changePoints(levels, {
    windowLength: settings.windowLength,
    maxP: settings.alpha,
    minMagnitude,
    magnitude: logMagnitude,
    retestNeighbours: true,
  });
  // Too few runs between two points is no level: the weaker point goes and the rest are merged again.
  for (;;) {
    const k = points.findIndex(
      (cp, j) => j > 0 && cp.index - (points[j - 1] as ChangePoint).index < TREND_MIN_LEVEL_RUNS,
    );
    if (k < 0) return points;
    const weaker = (points[k] as ChangePoint).p > (points[k - 1] as ChangePoint).p ? k : k - 1;
    const kept = points.filter((_, j) => j !== weaker).map((cp) => cp.index);
    points = mergeChangePoints(levels, kept, settings.alpha, minMagnitude, logMagnitude, true);
  }
}

function seriesChangePoints(
  s: TrendSeries,
  history: readonly TrendRun[],
  threshold: number,
  settings: TrendSettingsUsed,
): TrendChangePoint[] {
  const levels = cleanedLevels(s.worse);
  const points = levelChangePoints(levels, threshold, settings);
  const noise = successiveDifferenceSd(levels);
  const out: TrendChangePoint[] = [];
  points.forEach((cp, k) => {
    const worse = Math.expm1(cp.after.mean - cp.before.mean);
    const kind = worse > 0 ? 'regression' : 'improvement';
    const recovery = recoveryOf(levels, points, k, threshold, settings);
    const change = percentChange(cp, s.direction);
    const shift = segmentShift(levels, points, k);
    // As recorded: the outlier filter evens out a row of slow runs into a level of the median's values.
    const steady = isSteady(s.worse, points, k, noise, settings.minRunsAfter);
    const notCounted = whyNotCounted(
      cp,
      // A burst in a short segment moves its mean, not the Hodges–Lehmann shift.
      Math.expm1(shift.shift),
      worseInterval(cp),
      threshold,
      settings,
      isRecoveryStep(points, k, out, threshold),
      shift.held && steady,
    );
    out.push({
      seriesId: s.id,
      name: s.name,
      unit: s.unit,
      direction: s.direction,
      before: runRef(history, s.runs[cp.index - 1] as number),
      after: runRef(history, s.runs[cp.index] as number),
      levelBefore: level(cp.before, s.direction),
      levelAfter: level(cp.after, s.direction),
      ...change,
      p: cp.p,
      kind,
      threshold,
      counts: notCounted === undefined,
      ...(notCounted ? { notCounted } : {}),
      status: recovery === undefined ? 'active' : 'recovered',
      ...(recovery === undefined ? {} : { recoveredAt: runRef(history, s.runs[recovery] as number) }),
    });
  });
  return out;
}

/** The change's TREND_REACH_LEVEL interval on the worse-is-larger scale, as fractions: [lower, upper]. */
function worseInterval(cp: ChangePoint): [number, number] {
  const d = cp.after.mean - cp.before.mean;
  const [lo, hi] = tInterval(d, cp.se, cp.df, TREND_REACH_LEVEL).map(Math.expm1);
  return [lo as number, hi as number];
}

/**
 * Whether a change of `worse` (fraction, sign = direction) with interval `ci` is as large as the
 * threshold: beyond it, or near it (TREND_NEAR_THRESHOLD of it) with the interval reaching it — a step
 * of exactly the threshold is measured on either side of it half the time, and must not be missed — or
 * nearer still (TREND_NEARER_THRESHOLD) with a narrow interval, from TREND_SURE_SHARE of it to beyond it.
 */
export function reachesThreshold(worse: number, ci: readonly [number, number], threshold: number): boolean {
  if (worse === 0) return false;
  const size = Math.abs(worse);
  if (size >= threshold) return true;
  const reach = worse > 0 ? ci[1] : -ci[0];
  if (reach < threshold) return false;
  if (size >= TREND_NEAR_THRESHOLD * threshold) return true;
  const sure = worse > 0 ? ci[0] : -ci[1];
  return size >= TREND_NEARER_THRESHOLD * threshold && sure >= TREND_SURE_SHARE * threshold;
}

function whyNotCounted(
  cp: ChangePoint,
  worse: number,
  ci: [number, number],
  threshold: number,
  settings: TrendSettingsUsed,
  recovery: boolean,
  held: boolean,
): NotCounted | undefined {
  if (!reachesThreshold(worse, ci, threshold)) return 'below-threshold';
  if (!(cp.p <= settings.alpha)) return 'not-significant';
  // The old level needs as many runs as the new one: one odd first run is no level to regress from.
  if (cp.after.n < settings.minRunsAfter || cp.before.n < settings.minRunsAfter) return 'too-few-runs';
  if (!held) return 'not-held';
  if (recovery) return 'recovery';
  return undefined;
}

/**
 * The Hodges–Lehmann shift from the runs before points[k] (from the previous point) to those after it,
 * and whether the runs after it held the new level: all but one in TREND_HELD_SLACK of them nearer the
 * new level than the old. Two slow runs of three move any estimate of three runs; they do not make the
 * third one slow, and a level that moved does.
 */
function segmentShift(
  values: readonly number[],
  points: readonly ChangePoint[],
  k: number,
): { shift: number; held: boolean } {
  const index = (points[k] as ChangePoint).index;
  const before = values.slice(points[k - 1]?.index ?? 0, index);
  const after = values.slice(index, points[k + 1]?.index ?? values.length);
  const shift = hodgesLehmannShift(before, after);
  const mid = median(before) + shift / 2;
  const off = after.filter((v) => (shift > 0 ? v < mid : v > mid)).length;
  return { shift, held: off <= Math.floor(after.length * TREND_HELD_SLACK) };
}

/**
 * Whether the levels either side of points[k], where short, are as steady as the series' run-to-run
 * noise: a few slow runs in a row (other work on the machine for an hour) scatter by tens of percent, a
 * level that moved keeps its noise. A level held for twice the runs an event needs is a level however it
 * scatters (a change may add noise).
 */
function isSteady(
  values: readonly number[],
  points: readonly ChangePoint[],
  k: number,
  noise: number,
  minRunsAfter: number,
): boolean {
  if (!(noise > 0)) return true;
  const index = (points[k] as ChangePoint).index;
  const sides = [
    values.slice(points[k - 1]?.index ?? 0, index),
    values.slice(index, points[k + 1]?.index ?? values.length),
  ];
  return sides.every((side) => side.length >= 2 * minRunsAfter || spreadOf(side) <= TREND_STEADY_SDS * noise);
}

/** The median absolute deviation as an sd: a slow run or two the outlier filter let through do not move it. */
function spreadOf(values: readonly number[]): number {
  const center = median(values);
  return median(values.map((v) => Math.abs(v - center))) / MAD_PER_SD;
}

/** The median absolute deviation of normal values is 0.6745 σ. */
const MAD_PER_SD = 0.6745;

/** A step for the better that brings the series back within the threshold of a counted regression's old level. */
function isRecoveryStep(
  points: readonly ChangePoint[],
  k: number,
  earlier: readonly TrendChangePoint[],
  threshold: number,
): boolean {
  const cp = points[k] as ChangePoint;
  if (cp.after.mean >= cp.before.mean) return false;
  return earlier.some(
    (e, j) =>
      e.counts &&
      e.kind === 'regression' &&
      Math.abs(Math.expm1(cp.after.mean - (points[j] as ChangePoint).before.mean)) < threshold,
  );
}

/**
 * Index (into the series' runs) of the first run back within the threshold of the level before
 * points[k]: a later change point's new level held for as many runs as a regression must be, or else
 * each of the newest `recoveryRuns` runs.
 */
function recoveryOf(
  levels: readonly number[],
  points: readonly ChangePoint[],
  k: number,
  threshold: number,
  { minRunsAfter, recoveryRuns }: TrendSettingsUsed,
): number | undefined {
  const cp = points[k] as ChangePoint;
  const back = (mean: number) => Math.abs(Math.expm1(mean - cp.before.mean)) < threshold;
  for (const later of points.slice(k + 1)) {
    if (later.after.n >= minRunsAfter && back(later.after.mean)) return later.index;
  }
  // Each of the newest runs on its own: their mean would let one fast run hide a slow one.
  const from = levels.length - recoveryRuns;
  if (from < cp.index + 1) return undefined;
  return levels.slice(from).every(back) ? from : undefined;
}

/** A level in the series' unit: the worse-log mean turned back, its interval from the t distribution. */
function level(side: SideSummary, direction: TrendChangePoint['direction']): TrendLevel {
  const sign = direction === 'smaller' ? 1 : -1;
  // The sample sd (n − 1) for the interval: the change point's sd is the population one Otava tests with.
  const sd = side.n >= 2 ? side.sd * Math.sqrt(side.n / (side.n - 1)) : 0;
  const [lo, hi] = tInterval(side.mean, sd / Math.sqrt(side.n), side.n - 1, LEVEL).map((x) =>
    Math.exp(sign * x),
  );
  return { value: Math.exp(sign * side.mean), ci: ordered(lo as number, hi as number), runs: side.n };
}

function percentChange(cp: ChangePoint, direction: TrendChangePoint['direction']) {
  const sign = direction === 'smaller' ? 1 : -1;
  const d = cp.after.mean - cp.before.mean;
  const [lo, hi] = tInterval(d, cp.se, cp.df, LEVEL).map((x) => Math.expm1(sign * x) * 100);
  return { percent: Math.expm1(sign * d) * 100, ci: ordered(lo as number, hi as number) };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function runRef(history: readonly TrendRun[], run: number): RunRef {
  const entry = history[run] as TrendRun;
  return { run, commit: entry.commit, runId: entry.runId, date: entry.date };
}

/**
 * Counted change points of one kind whose first new runs are within `span` runs of the earliest one of
 * the group: one event, oldest first.
 */
export function groupEvents(points: readonly TrendChangePoint[], span: number): TrendEvent[] {
  const events: TrendEvent[] = [];
  for (const kind of ['regression', 'improvement'] as const) {
    const counted = points
      .filter((p) => p.counts && p.kind === kind)
      .sort((a, b) => a.after.run - b.after.run);
    let group: TrendChangePoint[] = [];
    for (const p of counted) {
      if (group.length > 0 && p.after.run - (group[0] as TrendChangePoint).after.run > span) {
        events.push(eventOf(kind, group));
        group = [];
      }
      group.push(p);
    }
    if (group.length > 0) events.push(eventOf(kind, group));
  }
  return events.sort((a, b) => a.firstBad.run - b.firstBad.run || a.kind.localeCompare(b.kind));
}

function eventOf(kind: TrendEvent['kind'], members: TrendChangePoint[]): TrendEvent {
  const first = members[0] as TrendChangePoint;
  const last = members.at(-1) as TrendChangePoint;
  const recovered = members.every((m) => m.status === 'recovered');
  const latestRecovery = members
    .map((m) => m.recoveredAt)
    .reduce<RunRef | undefined>((a, b) => (b && (!a || b.run > a.run) ? b : a), undefined);
  return {
    key: first.after.commit,
    kind,
    lastGood: first.before,
    firstBad: first.after,
    lastBad: last.after,
    status: recovered ? 'recovered' : 'active',
    ...(recovered && latestRecovery ? { recoveredAt: latestRecovery } : {}),
    changePoints: [...members].sort((a, b) => Math.abs(b.percent) - Math.abs(a.percent)),
  };
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
