// Geometric means, as benchstat's `geomean` row: the typical value of a column and the typical
// ratio between two columns, both meaningful across benchmarks of very different magnitudes.

/** Geometric mean, or undefined when there are no values or any is ≤ 0 ("summaries must be >0"). */
export function geometricMean(values: readonly number[]): number | undefined {
  if (values.length === 0 || values.some((v) => !(v > 0))) return undefined;
  const meanLog = values.reduce((sum, v) => sum + Math.log(v), 0) / values.length;
  return Math.exp(meanLog);
}

/**
 * head / base, with benchstat's conventions: equal centers give exactly 1 (so 0/0 is "no change"),
 * and a zero base with a non-zero head has no ratio (undefined, printed `?`).
 */
export function centerRatio(base: number, head: number): number | undefined {
  if (base === head) return 1;
  if (base === 0) return undefined;
  return head / base;
}
