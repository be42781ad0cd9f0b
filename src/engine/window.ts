// The baseline window indexed by series, with whole-machine factors taken out of its run centers.
import { median } from 'simple-statistics';
import type { BenchmarkResult } from '../model/result.js';
import { isTiming } from '../model/units.js';
import { PRIOR_MIN_HISTORY_SERIES } from './tuning.js';

/** One earlier run: its results (commit only for the report). */
export interface BaselineRun {
  commit?: string;
  results: BenchmarkResult[];
}

/** One series across the window. Never written to once built. */
export interface WindowSeries {
  /** The series' result in each baseline run that has it, oldest first. */
  readonly results: readonly BenchmarkResult[];
  readonly commits: readonly (string | undefined)[];
  /** Index in the window of each run that has the series. */
  readonly runIndexes: readonly number[];
  /** Whether the newest baseline run has the series (otherwise it is not reported as missing). */
  readonly newestRunHasIt: boolean;
  /** Each run's center with that run's machine factor divided out (machineFactors). */
  readonly centers: readonly number[];
}

export type Window = ReadonlyMap<string, WindowSeries>;

/** ln(value) turned so that larger is worse, whichever way the unit counts. */
export function worseLog(value: number, direction: BenchmarkResult['direction']): number {
  return direction === 'smaller' ? Math.log(value) : -Math.log(value);
}

/** A window series while the runs are read. */
interface Building {
  results: BenchmarkResult[];
  commits: (string | undefined)[];
  runIndexes: number[];
  newestRunHasIt: boolean;
}

/** The window by series id, each series' centers with the runs' machine factors taken out. */
export function indexWindow(baseline: readonly BaselineRun[]): Window {
  const raw = new Map<string, Building>();
  baseline.forEach((run, runIndex) => {
    for (const result of run.results) {
      let entry = raw.get(result.id);
      if (!entry) {
        entry = { results: [], commits: [], runIndexes: [], newestRunHasIt: false };
        raw.set(result.id, entry);
      }
      entry.results.push(result);
      entry.commits.push(run.commit);
      entry.runIndexes.push(runIndex);
      if (runIndex === baseline.length - 1) entry.newestRunHasIt = true;
    }
  });
  const offsets = machineOffsets([...raw.values()], baseline.length);
  const byId = new Map<string, WindowSeries>();
  for (const [id, entry] of raw) byId.set(id, { ...entry, centers: centersOf(entry, offsets) });
  return byId;
}

function isTimed(w: Pick<WindowSeries, 'results'>): boolean {
  return isTiming((w.results[0] as BenchmarkResult).unit) && w.results.every((r) => r.value > 0);
}

/** Each run center, divided by its run's machine factor relative to the typical run (timing series only). */
function centersOf(w: Omit<WindowSeries, 'centers'>, offsets: number[] | undefined): number[] {
  if (!offsets || !isTimed(w)) return w.results.map((r) => r.value);
  return w.results.map((r, j) => {
    const offset = offsets[w.runIndexes[j] as number] as number;
    return r.value * Math.exp(r.direction === 'smaller' ? -offset : offset);
  });
}

/**
 * A whole baseline run can be 8% slower on every benchmark (another CI machine): that shared factor is
 * no series' own run-to-run noise. Each run's log factor is the median, over the timing series, of how
 * far the run sat from the series' typical center (two rounds of median polish), relative to the typical
 * run. Undefined when too few
 * series span two runs for the median to be about the machine rather than a few benchmarks.
 */
function machineOffsets(series: Omit<WindowSeries, 'centers'>[], runCount: number): number[] | undefined {
  const spanning = series.filter((w) => isTimed(w) && w.results.length >= 2);
  if (spanning.length < PRIOR_MIN_HISTORY_SERIES) return undefined;
  const logs = spanning.map((w) => w.results.map((r) => worseLog(r.value, r.direction)));
  const offsets = new Array<number>(runCount).fill(0);
  for (let round = 0; round < 2; round++) {
    const centers = logs.map((ls, i) =>
      median(ls.map((l, j) => l - (offsets[spanning[i]?.runIndexes[j] as number] as number))),
    );
    const residualsByRun = offsets.map((): number[] => []);
    spanning.forEach((w, i) => {
      w.runIndexes.forEach((run, j) => {
        residualsByRun[run]?.push(((logs[i] as number[])[j] as number) - (centers[i] as number));
      });
    });
    residualsByRun.forEach((residuals, run) => {
      offsets[run] = residuals.length > 0 ? median(residuals) : 0;
    });
  }
  const typical = median(offsets);
  return offsets.map((offset) => offset - typical);
}
