// A distribution-free test of the ratio of two q-quantiles, the tail's counterpart of the median
// interval (median-ci.ts). For each sample, the number of values below the population q-quantile ξ
// is Binomial(n, q), so [x₍l₎, x₍u₎] covers ξ with the binomial probability of l ≤ k < u
// (quantileInterval); ξ̂ is the order statistic x₍⌈nq⌉₎. Following Price & Bonett (2002,
// "Distribution-free confidence intervals for difference and ratio of medians", J. Stat. Comput.
// Simul. 72), with the median replaced by the q-quantile, each interval's reach on the log scale is a
// z·SE of ln ξ̂, one per side of it:
//   below = ln ξ̂ − ln x₍l₎,  above = ln x₍u₎ − ln ξ̂,
// and the ratio ξ̂_b / ξ̂_a gets its interval from the two samples' reaches joined end by end (Zou &
// Donner's MOVER): its log reaches below and above are
//   L = √(below_b² + above_a²),  U = √(above_b² + below_a²),
// so a long upper tail widens the interval on its own side only. A variance V of ln(ratio) from
// outside the samples (how far a whole run's level moves between runs) adds z²V under both roots.
// The test is the interval's: with d = ln(ξ̂_b / ξ̂_a) and R the reach toward no change (L when d > 0,
// U when d < 0), z = z_c · |d| / R and the two-sided p = 2 Φ(−z), so p ≤ 1 − c exactly when the
// interval at confidence c leaves out no change.
import { normalQuantile, normalSurvival } from './distributions.js';
import { quantileInterval } from './median-ci.js';

/** One sample's q-quantile with how far its interval reaches below and above it (log scale). */
export interface QuantileSummary {
  quantile: number;
  /** ln ξ̂ − ln x₍l₎ and ln x₍u₎ − ln ξ̂ at the requested confidence. */
  below: number;
  above: number;
}

export interface QuantileRatioTest {
  /** ξ̂_b / ξ̂_a. */
  ratio: number;
  /** Two-sided p of "the two q-quantiles are equal". */
  p: number;
  /** The ratio's interval at the requested confidence, as reaches of ln(ratio) below and above. */
  lower: number;
  upper: number;
}

/** The q-quantile's estimate (the ⌈nq⌉-th order statistic) of ascending values. */
export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  return sorted[Math.min(n, Math.max(1, Math.ceil(n * q))) - 1] as number;
}

/**
 * The q-quantile of positive values with its distribution-free interval, or undefined when the sample
 * is too small for the interval to be finite at both ends, or holds a value ≤ 0 (no log scale).
 */
export function quantileSummary(
  values: readonly number[],
  q: number,
  confidence: number,
): QuantileSummary | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  if (!((sorted[0] as number) > 0)) return undefined;
  const { loOrder, hiOrder } = quantileInterval(n, q, confidence);
  if (loOrder < 1 || hiOrder > n) return undefined;
  const quantile = sortedQuantile(sorted, q);
  const center = Math.log(quantile);
  return {
    quantile,
    below: center - Math.log(sorted[loOrder - 1] as number),
    above: Math.log(sorted[hiOrder - 1] as number) - center,
  };
}

/**
 * Whether sample `b`'s q-quantile differs from sample `a`'s, `extraLogVariance` (V) added; undefined
 * when either sample is too small.
 */
export function quantileRatioTest(
  a: readonly number[],
  b: readonly number[],
  q: number,
  confidence: number,
  extraLogVariance = 0,
): QuantileRatioTest | undefined {
  const sa = quantileSummary(a, q, confidence);
  const sb = quantileSummary(b, q, confidence);
  if (!sa || !sb) return undefined;
  const z = normalQuantile((1 + confidence) / 2);
  const extra = z * Math.sqrt(extraLogVariance);
  const lower = Math.hypot(sb.below, sa.above, extra);
  const upper = Math.hypot(sb.above, sa.below, extra);
  const d = Math.log(sb.quantile) - Math.log(sa.quantile);
  const reach = d > 0 ? lower : upper;
  // Both tails tied at one value and nothing added: no spread at all, so any difference is certain.
  const p = reach > 0 ? 2 * normalSurvival((z * Math.abs(d)) / reach) : d === 0 ? 1 : 0;
  return { ratio: sb.quantile / sa.quantile, p: Math.min(1, p), lower, upper };
}
