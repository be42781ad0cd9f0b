// Change points of one series: Hunter's windowed E-divisive with Student's t-test (Fleming et al. 2023,
// arXiv 2301.03034), as Apache Otava computes it. Two steps:
//   split — slide a window of `windowLength` values (half a window per step) along the series; in each
//     window, split at E-divisive's best point while Student's t-test of the two sides around it is
//     significant at the loose first-pass p. The union over all windows is the set of weak change points.
//   merge — drop the weakest weak point (largest p; once all pass, the smallest magnitude) and re-test
//     its two neighbours against their new neighbours, until every point passes `maxP` and `minMagnitude`.
// Pure numbers: the caller chooses the scale (perf-regression passes log run centers) and the magnitude.
import { bestSplit, PairDistances } from '../../stats/e-divisive.js';
import { meanAndPopulationSd, pooledTTest, type SideSummary } from '../../stats/student-t-test.js';

export interface ChangePointSettings {
  windowLength: number;
  /** Significance every final change point reaches (Otava's max_pvalue). */
  maxP: number;
  /** Magnitude every final change point exceeds (Otava's min_magnitude; 0 keeps all that pass maxP). */
  minMagnitude: number;
  /** The size of a change from the two sides' means; Otava's relative change of means by default. */
  magnitude?: (before: number, after: number) => number;
  /**
   * Re-test both neighbours of a dropped point (whose segments it changed). Otava re-tests the point now
   * in its place and the one after, which keeps its golden indexes but can drop a real step's point
   * after a spurious one next to it was dropped first.
   */
  retestNeighbours?: boolean;
}

export interface ChangePoint {
  /** First index of the new level. */
  index: number;
  /** Student's t-test of the segment before against the segment after (each up to the next point). */
  p: number;
  before: SideSummary;
  after: SideSummary;
  /** Standard error of after.mean − before.mean, pooled, and its degrees of freedom. */
  se: number;
  df: number;
  magnitude: number;
}

/**
 * Otava's magnitude: the larger of |after/before − 1| and |before/after − 1|, a side's mean of 0 giving
 * 0 for its ratio.
 */
export function relativeChangeOfMeans(before: number, after: number): number {
  const forward = before === 0 ? 0 : after / before - 1;
  const backward = after === 0 ? 0 : before / after - 1;
  return Math.max(Math.abs(forward), Math.abs(backward));
}

/** Otava's first-pass significance: ten times looser below 0.05, twice below 0.5. */
export function firstPassP(maxP: number): number {
  if (maxP < 0.05) return maxP * 10;
  if (maxP < 0.5) return maxP * 2;
  return maxP;
}

export function changePoints(series: readonly number[], settings: ChangePointSettings): ChangePoint[] {
  if (settings.windowLength < 2) throw new RangeError('the window must hold at least 2 values');
  const magnitude = settings.magnitude ?? relativeChangeOfMeans;
  const weak = weakChangePoints(series, settings.windowLength, firstPassP(settings.maxP));
  return mergeChangePoints(
    series,
    weak,
    settings.maxP,
    settings.minMagnitude,
    magnitude,
    settings.retestNeighbours,
  );
}

/** The split step: indexes of the weak change points, ascending. */
export function weakChangePoints(series: readonly number[], windowLength: number, maxP: number): number[] {
  const found = new Set<number>();
  const step = Math.floor(windowLength / 2);
  let start = 0;
  while (start < series.length) {
    const end = Math.min(start + windowLength, series.length);
    const inWindow = splitWhileSignificant(series.slice(start, end), maxP).map((i) => i + start);
    start = Math.max(inWindow.at(-1) ?? 0, start + step);
    for (const index of inWindow) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

/** E-divisive inside one window: the best split of any part, while its t-test passes `maxP`. */
function splitWhileSignificant(window: readonly number[], maxP: number): number[] {
  const pairs = new PairDistances(window);
  const points: number[] = [];
  for (;;) {
    const bounds = [0, ...points, window.length];
    let best: { index: number; q: number; from: number; to: number } | undefined;
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k] as number;
      const to = bounds[k + 1] as number;
      if (to - from < 2) continue;
      const split = bestSplit(pairs, from, to);
      if (!best || split.q > best.q) best = { ...split, from, to };
    }
    if (!best) return points;
    const { p } = pooledTTest(
      meanAndPopulationSd(window, best.from, best.index),
      meanAndPopulationSd(window, best.index, best.to),
    );
    if (!(p <= maxP)) return points;
    points.push(best.index);
    points.sort((a, b) => a - b);
  }
}

/** The merge step: weak points tested against their neighbours, the weakest dropped one at a time. */
export function mergeChangePoints(
  series: readonly number[],
  weak: readonly number[],
  maxP: number,
  minMagnitude: number,
  magnitude: (before: number, after: number) => number = relativeChangeOfMeans,
  retestNeighbours = false,
): ChangePoint[] {
  const indexes = [...weak];
  const tested = indexes.map((_, k) => testBetweenNeighbours(series, indexes, k, magnitude));
  while (tested.length > 0) {
    let weakest = argBest(tested, (a, b) => a.p > b.p);
    if ((tested[weakest] as ChangePoint).p < maxP) {
      weakest = argBest(tested, (a, b) => a.magnitude < b.magnitude);
      if ((tested[weakest] as ChangePoint).magnitude > minMagnitude) break;
    }
    indexes.splice(weakest, 1);
    tested.splice(weakest, 1);
    // As Otava does: the two points now at the dropped one's place and after it are re-tested; the one
    // before keeps its old numbers until it is re-tested for another reason (unless retestNeighbours).
    for (const k of retestNeighbours ? [weakest - 1, weakest] : [weakest, weakest + 1]) {
      if (k >= 0 && k < indexes.length) tested[k] = testBetweenNeighbours(series, indexes, k, magnitude);
    }
  }
  // Which points stay is Otava's choice; the numbers reported are each point's against its final neighbours.
  return indexes.map((_, k) => testBetweenNeighbours(series, indexes, k, magnitude));
}

/** Index of the first element no later one beats (Python's max/min keep the first of equals). */
function argBest<T>(items: readonly T[], beats: (a: T, b: T) => boolean): number {
  let best = 0;
  for (let i = 1; i < items.length; i++) if (beats(items[i] as T, items[best] as T)) best = i;
  return best;
}

function testBetweenNeighbours(
  series: readonly number[],
  indexes: readonly number[],
  k: number,
  magnitude: (before: number, after: number) => number,
): ChangePoint {
  const index = indexes[k] as number;
  const before = meanAndPopulationSd(series, indexes[k - 1] ?? 0, index);
  const after = meanAndPopulationSd(series, index, indexes[k + 1] ?? series.length);
  const { p, se, df } = pooledTTest(before, after);
  return { index, p, before, after, se, df, magnitude: magnitude(before.mean, after.mean) };
}
