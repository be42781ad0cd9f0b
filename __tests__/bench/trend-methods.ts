// The rules the weekly watch is measured against, each as "the first bad runs it would report", on one
// series of run centers (oldest first) seen up to its newest run.
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { changePoints } from '../../src/engine/trend/change-points.js';
import type { BenchmarkResult } from '../../src/model/result.js';

export interface Method {
  name: string;
  /** Regression starts reported when the history is `values` (its newest run last). */
  alerts(values: readonly number[]): number[];
  /** Whether an alert is about the newest run only (one look per run) or about the whole history. */
  newestOnly: boolean;
}

function asHistory(values: readonly number[]) {
  return values.map((value, run) => ({
    commit: `c${run}`,
    runId: String(run),
    date: new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString(),
    results: [
      {
        id: 'b',
        name: 'b',
        unit: 'ns/op',
        direction: 'smaller',
        n: 1,
        value,
        source: { file: 'b' },
      } as BenchmarkResult,
    ],
  }));
}

/** perf-regression's weekly watch at its defaults (threshold 10%). */
export const WATCH: Method = {
  name: 'perf-regression trend (defaults)',
  newestOnly: false,
  alerts: (values) =>
    analyseTrend('sim', asHistory(values))
      .events.filter((e) => e.kind === 'regression')
      .map((e) => e.firstBad.run),
};

/** The same at a 5% threshold: a +10% step then clears the threshold whatever the noise does to it. */
export const WATCH_5: Method = {
  name: 'perf-regression trend (threshold 5%)',
  newestOnly: false,
  alerts: (values) =>
    analyseTrend('sim', asHistory(values), { thresholds: { default: 0.05, rules: [] } })
      .events.filter((e) => e.kind === 'regression')
      .map((e) => e.firstBad.run),
};

/** Apache Otava's defaults: window 50, p ≤ 0.001, no magnitude floor; every upward change point. */
export const OTAVA: Method = {
  name: 'Otava defaults (window 50, p 0.001)',
  newestOnly: false,
  alerts: (values) =>
    changePoints(values, { windowLength: 50, maxP: 0.001, minMagnitude: 0 })
      .filter((cp) => cp.after.mean > cp.before.mean)
      .map((cp) => cp.index),
};

/** github-action-benchmark's alert: the newest run against the one before, at `alert-threshold`. */
export function previousRunRule(ratio: number): Method {
  return {
    name: `github-action-benchmark (${Math.round(ratio * 100)}% of the previous run)`,
    newestOnly: true,
    alerts: (values) => {
      const n = values.length;
      return n >= 2 && (values[n - 1] as number) / (values[n - 2] as number) >= ratio ? [n - 1] : [];
    },
  };
}

/** The mean of the newest 5 runs against the mean of the 20 before, at the 10% threshold. */
export const WINDOW_MEAN: Method = {
  name: 'window mean (last 5 vs 20 before, 10%)',
  newestOnly: true,
  alerts: (values) => {
    const n = values.length;
    if (n < 25) return [];
    const mean = (from: number, to: number) =>
      values.slice(from, to).reduce((s, v) => s + v, 0) / (to - from);
    return mean(n - 5, n) / mean(n - 25, n - 5) >= 1.1 ? [n - 5] : [];
  },
};

export const METHODS: Method[] = [
  WATCH,
  WATCH_5,
  OTAVA,
  previousRunRule(1.5),
  previousRunRule(2),
  WINDOW_MEAN,
];
