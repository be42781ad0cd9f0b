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
  const unusable = new Map<string, string>();
  history.forEach((run, index) => {
    for (const result of run.results) {
      if (unusable.has(result.id)) continue;
      if (!(result.value > 0) || !Number.isFinite(result.value)) {
        unusable.set(
          result.id,
          `run ${index + 1} recorded ${result.value} ${result.unit}; only positive values have a log`,
        );
        byId.delete(result.id);
        continue;
      }
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
  return {
    series: [...byId.values()],
    skipped: [...unusable].map(([seriesId, reason]) => ({ seriesId, reason })),
  };
}
