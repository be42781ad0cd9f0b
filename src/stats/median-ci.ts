// benchstat's summary of a sample: the median and a distribution-free confidence interval for it
// (golang/perf benchmath AssumeNothing.Summary → go-moremath stats.QuantileCI). The interval's ends
// are order statistics: the number of values below the population median is Binomial(n, ½), so
// [x₍l₎, x₍r₎] covers the median with the binomial probability of l ≤ k < r.
import { medianSorted } from 'simple-statistics';
import { binomialPmf, normalCdf, normalQuantile } from './distributions.js';

/** Above this sample size the binomial is replaced by its normal approximation, as in benchstat. */
const EXACT_BINOMIAL_LIMIT = 30;

export interface OrderStatisticInterval {
  /** 1-based order statistic of the lower end; 0 means −∞ (the sample is too small). */
  loOrder: number;
  /** 1-based order statistic of the upper end; n+1 means +∞. */
  hiOrder: number;
  /** Actual coverage of the interval, ≥ the requested confidence. */
  confidence: number;
}

/**
 * Order statistics bounding a confidence interval for the q-quantile of a sample of n values.
 * For n ≤ 30: start at the binomial's (lower) mode and add the more probable neighbouring cell,
 * preferring the left on equal probabilities, until the requested confidence is reached. Above 30:
 * the normal approximation with continuity correction, rounded outwards, then biased one step left
 * if that still reaches the confidence with less coverage.
 *
 * Probabilities here are exact, so mirror-image cells tie and the left one wins. benchstat computes
 * C(n, k) for n > 20 as exp(lgamma…), whose rounding breaks some of those ties at random: for
 * 21 ≤ n ≤ 30 it may return the mirrored band, one order to the right (at 95%: n = 24, [8, 18)
 * where this gives [7, 17)). Both bands have the same coverage.
 */
export function quantileInterval(n: number, q: number, confidence: number): OrderStatisticInterval {
  if (confidence >= 1) return { loOrder: 0, hiOrder: n + 1, confidence: 1 };
  const { lo, hi, coverage } =
    n <= EXACT_BINOMIAL_LIMIT ? exactBinomialBand(n, q, confidence) : normalBand(n, q, confidence);
  return { loOrder: Math.max(lo, 0), hiOrder: Math.min(hi, n + 1), confidence: coverage };
}

/** The band [lo, hi) of Binomial(n, q) outcomes grown from the mode. */
function exactBinomialBand(n: number, q: number, confidence: number) {
  const pmf = (k: number) => binomialPmf(k, n, q);
  const mode = q === 0 ? 0 : Math.ceil((n + 1) * q) - 1;
  let coverage = pmf(mode);
  let lo = mode;
  let hi = mode + 1;
  let left = pmf(lo - 1);
  let right = pmf(hi);
  while (coverage < confidence && (left > 0 || right > 0)) {
    if (left >= right) {
      coverage += left;
      lo--;
      left = pmf(lo - 1);
    } else {
      coverage += right;
      hi++;
      right = pmf(hi);
    }
  }
  return { lo, hi, coverage };
}

/** The same band from the normal approximation N(nq, nq(1−q)). */
function normalBand(n: number, q: number, confidence: number) {
  const mean = n * q;
  const sd = Math.sqrt(n * q * (1 - q));
  const lower = mean + sd * normalQuantile((1 - confidence) / 2);
  const upper = 2 * mean - lower;
  // Outcome k covers [k − ½, k + ½] of the normal: round outwards to those boundaries.
  const lo = Math.floor(Math.floor(lower - 0.5) + 0.5) + 1;
  let hi = Math.floor(Math.ceil(upper - 0.5) + 0.5) + 1;
  const band = (l: number, r: number) => normalCdf((r - 0.5 - mean) / sd) - normalCdf((l - 0.5 - mean) / sd);
  let coverage = band(lo, hi);
  const biased = band(lo, hi - 1);
  if (biased >= confidence && biased < coverage) {
    coverage = biased;
    hi--;
  }
  // The whole sample: the median is certainly within ±∞ even though the normal's tails say otherwise.
  if (lo <= 0 && hi >= n + 1) coverage = 1;
  return { lo, hi, coverage };
}

export interface MedianSummary {
  median: number;
  /** Lower end of the interval; −∞ when the sample is too small for the confidence. */
  lo: number;
  /** Upper end of the interval; +∞ when the sample is too small for the confidence. */
  hi: number;
  /** Actual coverage of [lo, hi]. */
  confidence: number;
  n: number;
}

/** Median of `values` (any order) with benchstat's distribution-free confidence interval; undefined when empty. */
export function medianConfidenceInterval(
  values: readonly number[],
  confidence = 0.95,
): MedianSummary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const interval = quantileInterval(n, 0.5, confidence);
  return {
    median: medianSorted(sorted),
    lo: interval.loOrder < 1 ? Number.NEGATIVE_INFINITY : (sorted[interval.loOrder - 1] as number),
    hi: interval.hiOrder > n ? Number.POSITIVE_INFINITY : (sorted[interval.hiOrder - 1] as number),
    confidence: interval.confidence,
    n,
  };
}

/**
 * The interval's half-width as a fraction of the center, the number benchstat prints as `± 3%`:
 * max(hi/center − 1, 1 − lo/center). +∞ when an end is infinite (`± ∞`), 0 when all three are 0,
 * undefined when an end has another sign than the center (benchstat prints `?`).
 */
export function relativeHalfWidth(center: number, lo: number, hi: number): number | undefined {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return Number.POSITIVE_INFINITY;
  const sign = Math.sign(center);
  if (Math.sign(lo) !== sign || Math.sign(hi) !== sign) return undefined;
  if (center === 0) return 0;
  return Math.max(hi / center - 1, 1 - lo / center);
}

/**
 * The smallest sample whose median interval at `confidence` is finite at both ends (6 at 0.95:
 * benchstat's "need >= 6 samples for confidence interval at level 0.95"), or undefined above 50.
 */
export function medianSamplesNeeded(confidence = 0.95): number | undefined {
  for (let n = 2; n <= 50; n++) {
    const { loOrder, hiOrder } = quantileInterval(n, 0.5, confidence);
    if (loOrder > 0 && hiOrder <= n) return n;
  }
  return undefined;
}
