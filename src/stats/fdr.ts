// Benjamini–Hochberg false discovery rate control: with many benchmarks, some p-values fall under
// 0.05 by chance alone; q-values say how many of the "significant" ones may be noise.

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in the order of the input: for the i-th smallest
 * of m p-values, q = min over j ≥ i of p₍ⱼ₎·m/j, capped at 1, so q is monotone in p. NaN entries
 * stay NaN and do not count towards m.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const ranked = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => !Number.isNaN(p))
    .sort((a, b) => a.p - b.p);
  const m = ranked.length;
  const q = pValues.map(() => Number.NaN);
  let running = 1;
  for (let i = m - 1; i >= 0; i--) {
    const { p, index } = ranked[i] as { p: number; index: number };
    running = Math.min(running, (p * m) / (i + 1));
    q[index] = running;
  }
  return q;
}
