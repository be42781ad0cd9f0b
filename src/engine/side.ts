// One side of a comparison (a run's numbers of one series) and the change between two sides.
import type { Change, SideStats } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { centerRatio } from '../stats/geomean.js';

export function sideOf(result: BenchmarkResult): SideStats {
  const { value, n, samples, mean, median, min, max, stddev, ci } = result;
  return { center: value, n, samples, mean, median, min, max, stddev, ci };
}

/** Every number of a side divided by `scale` (a drift taken out, a run brought to another level). */
export function scaleSide(side: SideStats, scale: number): SideStats {
  if (scale === 1) return side;
  const s = (x: number | undefined) => (x === undefined ? undefined : x / scale);
  return {
    ...side,
    center: side.center / scale,
    samples: side.samples?.map((x) => x / scale),
    mean: s(side.mean),
    median: s(side.median),
    min: s(side.min),
    max: s(side.max),
    stddev: s(side.stddev),
    ci: side.ci ? { ...side.ci, lo: side.ci.lo / scale, hi: side.ci.hi / scale } : undefined,
  };
}

/** A baseline run's numbers brought to `center` (the window's typical level). */
export function atLevel(result: BenchmarkResult, center: number): SideStats {
  return scaleSide(sideOf(result), result.value / center || 1);
}

/**
 * current / baseline of the centers (benchstat's rule: 0 → 0 is no change, x/0 has no ratio), with
 * the ratio's interval when known.
 */
export function changeOf(base: number, cur: number, ratioCi?: [number, number]): Change | undefined {
  if (!(base >= 0) || !Number.isFinite(cur)) return undefined;
  const ratio = centerRatio(base, cur);
  if (ratio === undefined) return undefined;
  const change: Change = { ratio, percent: (ratio - 1) * 100 };
  if (ratioCi?.every(Number.isFinite)) change.ci = [(ratioCi[0] - 1) * 100, (ratioCi[1] - 1) * 100];
  return change;
}

/** Worse-direction oriented change: positive = worse, whichever way the unit counts. */
export function worseness(change: Change, direction: BenchmarkResult['direction']): number {
  return direction === 'smaller' ? change.ratio - 1 : 1 / change.ratio - 1;
}
