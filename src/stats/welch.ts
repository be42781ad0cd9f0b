// Welch's t-test on the log scale for tools that report only summaries (mean, standard deviation and
// the number of observations), e.g. pytest-benchmark without raw data. Comparing on the log scale
// makes the test about the ratio of the means, which is what a "+12%" verdict states.
//
// Delta method: for a sample mean x̄ of n observations with mean μ and standard deviation σ,
//   E[ln x̄] ≈ ln μ            (the bias −σ²/(2nμ²) is of order 1/n and ignored),
//   Var[ln x̄] ≈ σ²/(n·μ²)     (the squared coefficient of variation over n).
// So ln(x̄₂/x̄₁) estimates ln(μ₂/μ₁) with variance v₁ + v₂, vᵢ = sᵢ²/(nᵢ·x̄ᵢ²), and the
// Welch–Satterthwaite degrees of freedom (v₁ + v₂)² / (v₁²/(n₁−1) + v₂²/(n₂−1)).
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';

export interface SampleSummary {
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  stddev: number;
  n: number;
}

export interface RatioTest {
  /** Point estimate of head / base. */
  ratio: number;
  /** Two-sided p-value of "the ratio is 1". */
  p: number;
  /** Confidence interval for the ratio at the requested level. */
  lo: number;
  hi: number;
  /** Standard error of ln(ratio). */
  logSe: number;
}

export interface WelchResult extends RatioTest {
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** t statistic of ln(ratio). */
  t: number;
}

/**
 * Welch's test of head's mean against base's on the log scale, with a `level` confidence interval for
 * head.mean / base.mean. Needs positive means and n ≥ 2 on both sides (throws RangeError otherwise).
 * With no spread on either side the difference is exact: p = 1 when the means are equal, else 0.
 */
export function welchLogTest(base: SampleSummary, head: SampleSummary, level = 0.95): WelchResult {
  for (const side of [base, head]) {
    if (!(side.mean > 0) || !(side.n >= 2) || !(side.stddev >= 0)) {
      throw new RangeError('welchLogTest needs mean > 0, stddev ≥ 0 and n ≥ 2 on both sides');
    }
  }
  const logRatio = Math.log(head.mean / base.mean);
  const ratio = head.mean / base.mean;
  const baseVariance = relativeVarianceOfMean(base);
  const headVariance = relativeVarianceOfMean(head);
  const variance = baseVariance + headVariance;
  if (variance === 0) {
    const p = logRatio === 0 ? 1 : 0;
    return { ratio, p, lo: ratio, hi: ratio, logSe: 0, df: Number.POSITIVE_INFINITY, t: 0 };
  }
  const se = Math.sqrt(variance);
  const df = variance ** 2 / (baseVariance ** 2 / (base.n - 1) + headVariance ** 2 / (head.n - 1));
  const t = logRatio / se;
  const margin = studentTQuantile(1 - (1 - level) / 2, df) * se;
  return {
    ratio,
    p: studentTTwoSidedP(t, df),
    lo: Math.exp(logRatio - margin),
    hi: Math.exp(logRatio + margin),
    logSe: se,
    df,
    t,
  };
}

/** Var[ln x̄] ≈ s² / (n·x̄²). */
function relativeVarianceOfMean({ mean, stddev, n }: SampleSummary): number {
  return (stddev / mean) ** 2 / n;
}
