// Rosner's generalized extreme Studentized deviate test (Technometrics 25, 1983): up to r outliers in
// an approximately normal sample of n. Step i (i = 1..r) removes the point farthest from the mean of
// those left, with R_i = max |x − x̄| / s over the n − i + 1 left, and compares it with
//   λ_i = (n − i) t_{p, n−i−1} / √((n − i − 1 + t²_{p, n−i−1}) (n − i + 1)),  p = 1 − α / (2 (n − i + 1));
// the number of outliers is the largest i with R_i > λ_i.
import { studentTQuantile } from './distributions.js';

/**
 * Indexes of the outliers of `xs` (at most `maxOutliers`, and never leaving fewer than 3 points), at
 * level `alpha`; empty when there are none or too few points to tell.
 */
export function generalizedEsdOutliers(xs: readonly number[], maxOutliers: number, alpha = 0.05): number[] {
  const n = xs.length;
  const r = Math.min(maxOutliers, n - 3);
  if (r < 1) return [];
  const left = xs.map((x, i) => ({ x, i }));
  const removed: number[] = [];
  let found = 0;
  for (let step = 1; step <= r; step++) {
    const m = left.length;
    let mean = 0;
    for (const p of left) mean += p.x;
    mean /= m;
    let ss = 0;
    for (const p of left) ss += (p.x - mean) ** 2;
    const s = Math.sqrt(ss / (m - 1));
    let far = 0;
    for (let j = 1; j < m; j++)
      if (Math.abs((left[j] as { x: number }).x - mean) > Math.abs((left[far] as { x: number }).x - mean))
        far = j;
    const deviation = Math.abs((left[far] as { x: number }).x - mean);
    const t = studentTQuantile(1 - alpha / (2 * m), m - 2);
    const lambda = ((m - 1) * t) / Math.sqrt((m - 2 + t * t) * m);
    removed.push((left[far] as { i: number }).i);
    left.splice(far, 1);
    // A sample with no spread has no outliers; one whose spread is all one point's has that one.
    if (s > 0 && deviation / s > lambda) found = step;
  }
  return removed.slice(0, found);
}
