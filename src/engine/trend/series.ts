// A suite's history → one series per benchmark metric: the run centers on the worse-is-larger log
// scale, with the runs they came from. Pure.
import type { BenchmarkResult, Direction } from '../../model/result.js';
import { worseLog } from '../window.js';

/** One recorded run, as the history stores it. */
export interface TrendRun {
  commit: string;
  runId: string;
  date: string;
  results: readonly BenchmarkResult[];
}

export interface TrendSeries {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  /** Index in the history of each run that has the series, ascending. */
  runs: number[];
  /** Each of those runs' center, as recorded. */
  values: number[];
  /** ln of the center, negated where bigger is better: a step up is always a step for the worse. */
  worse: number[];
}

export interface SeriesOfHistory {
  series: TrendSeries[];
  skipped: { seriesId: string; reason: string }[];
}

export function seriesOfHistory(history: readonly TrendRun[]): SeriesOfHistory {
  const byId = new Map<string, TrendSeries>();
  history.forEach((run, index) => {
    for (const result of run.results) {
      let series = byId.get(result.id);
      if (!series) {
        series = {
          id: result.id,
          name: result.name,
          unit: result.unit,
          direction: result.direction,
          runs: [],
          values: [],
          worse: [],
        };
        byId.set(result.id, series);
      }
      // A run holds a series once; should a file repeat it, the first wins.
      if (series.runs.at(-1) === index) continue;
      series.runs.push(index);
      series.values.push(result.value);
      series.worse.push(worseLog(result.value, result.direction));
    }
  });
  const usable: TrendSeries[] = [];
  const skipped: SeriesOfHistory['skipped'] = [];
  for (const series of byId.values()) {
    const bad = series.values.findIndex((v) => !(v > 0) || !Number.isFinite(v));
    if (bad < 0) usable.push(series);
    // Always 0 (no allocations, say) cannot change; a series that is 0 only sometimes is worth a word.
    else if (series.values.some((v) => v !== 0)) {
      const run = (series.runs[bad] as number) + 1;
      skipped.push({
        seriesId: series.id,
        reason: `run ${run} recorded ${series.values[bad]} ${series.unit}; only positive values have a log`,
      });
    }
  }
  return { series: usable, skipped };
}
