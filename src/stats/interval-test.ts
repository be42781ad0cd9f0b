// A test for tools that report an estimate with a confidence interval and nothing else (criterion's
// `time: [lo est hi]`). On the log scale an interval at level L around the estimate spans
// ±z_{(1+L)/2} standard errors, so its width gives the estimate's standard error:
//   se(ln est) = (ln hi − ln lo) / (2·z_{(1+L)/2}).
// Using the whole width averages the two sides, which is right for the skewed intervals bootstrap
// tools print. The two estimates are independent, so ln(head/base) has standard error
// √(se_base² + se_head²), and a z-test gives the p-value and the interval for the ratio.
import type { ConfidenceInterval } from '../model/result.js';
import { normalQuantile, normalSurvival } from './distributions.js';
import type { RatioTest } from './welch.js';

/** An estimate and the confidence interval the tool printed around it. */
export interface EstimateWithInterval extends ConfidenceInterval {
  estimate: number;
}

/** Whether the interval can be read on the log scale: a positive estimate and ends, a level in (0, 1). */
export function isLogInterval({ estimate, lo, hi, level }: EstimateWithInterval): boolean {
  return estimate > 0 && lo > 0 && hi >= lo && level > 0 && level < 1;
}

/** Standard error of ln(estimate) implied by its confidence interval. */
export function logSeFromInterval({ estimate, lo, hi, level }: EstimateWithInterval): number {
  if (!isLogInterval({ estimate, lo, hi, level })) {
    throw new RangeError('an interval test needs 0 < lo ≤ hi, a positive estimate and a level in (0, 1)');
  }
  return (Math.log(hi) - Math.log(lo)) / (2 * normalQuantile((1 + level) / 2));
}

/**
 * z-test of head's estimate against base's on the log scale, with a `level` confidence interval for
 * head/base. With zero-width intervals on both sides the difference is exact: p = 1 when the
 * estimates are equal, else 0.
 */
export function intervalTest(
  base: EstimateWithInterval,
  head: EstimateWithInterval,
  level = 0.95,
): RatioTest {
  const se = Math.hypot(logSeFromInterval(base), logSeFromInterval(head));
  const logRatio = Math.log(head.estimate / base.estimate);
  const ratio = head.estimate / base.estimate;
  if (se === 0) return { ratio, p: logRatio === 0 ? 1 : 0, lo: ratio, hi: ratio, logSe: 0 };
  const margin = normalQuantile((1 + level) / 2) * se;
  return {
    ratio,
    p: Math.min(1, 2 * normalSurvival(Math.abs(logRatio) / se)),
    lo: Math.exp(logRatio - margin),
    hi: Math.exp(logRatio + margin),
    logSe: se,
  };
}
