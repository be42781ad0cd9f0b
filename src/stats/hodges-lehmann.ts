// The Hodges–Lehmann estimate of the shift between two samples: median over all pairs of (y_j − x_i).
// As efficient as the difference of means on normal data (≈ 95%), yet a few outliers on either side
// (up to ≈ 29% of the pairs' worth) do not move it (Hodges & Lehmann 1963).

/** median{ y_j − x_i : i < xs.length, j < ys.length }; NaN when either side is empty. */
export function hodgesLehmannShift(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length * ys.length;
  if (n === 0) return Number.NaN;
  const diffs = new Float64Array(n);
  let k = 0;
  for (const y of ys) for (const x of xs) diffs[k++] = y - x;
  diffs.sort();
  const mid = (n - 1) / 2;
  return ((diffs[Math.floor(mid)] as number) + (diffs[Math.ceil(mid)] as number)) / 2;
}
