// Student's two-sample t-test with pooled variance, from each side's mean, standard deviation and size:
//   s_p² = ((n₁ − 1)·s₁² + (n₂ − 1)·s₂²) / (n₁ + n₂ − 2),   t = (x̄₁ − x̄₂) / √(s_p² · (1/n₁ + 1/n₂)),
//   p = 2·P(T_{n₁+n₂−2} > |t|).
// The standard deviations are used as given: Otava (and so its golden cases) passes population ones.
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';

export interface SideSummary {
  mean: number;
  sd: number;
  n: number;
}

export interface PooledTTest {
  /** Two-sided p of "the means are equal"; 1 when fewer than three values in all. */
  p: number;
  df: number;
  /** Standard error of x̄₂ − x̄₁ (0 when neither side varies). */
  se: number;
}

export function pooledTTest(a: SideSummary, b: SideSummary): PooledTTest {
  const df = a.n + b.n - 2;
  if (df < 1) return { p: 1, df: 0, se: 0 };
  const pooled = ((a.n - 1) * a.sd ** 2 + (b.n - 1) * b.sd ** 2) / df;
  const se = Math.sqrt(pooled * (1 / a.n + 1 / b.n));
  // Neither side varies: the means are exactly equal or exactly different.
  if (se === 0) return { p: a.mean === b.mean ? 1 : 0, df, se };
  return { p: studentTTwoSidedP((a.mean - b.mean) / se, df), df, se };
}

/** The two-sided `level` interval of a difference with standard error `se` on `df` degrees of freedom. */
export function tInterval(estimate: number, se: number, df: number, level: number): [number, number] {
  if (se === 0 || df < 1) return [estimate, estimate];
  const margin = studentTQuantile(1 - (1 - level) / 2, df) * se;
  return [estimate - margin, estimate + margin];
}

/** Mean and population standard deviation (n denominator), as numpy's mean and std. */
export function meanAndPopulationSd(values: readonly number[], from = 0, to = values.length): SideSummary {
  const n = to - from;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = from; i < to; i++) squares += ((values[i] as number) - mean) ** 2;
  return { mean, sd: n >= 2 ? Math.sqrt(squares / n) : 0, n };
}
