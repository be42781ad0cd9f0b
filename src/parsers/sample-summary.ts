// The numbers of a result that follow from its raw samples: how many, the median as its value, and
// the usual summary. One definition for the parsers that read samples and for pooled runs.
import { max, mean, median, min, sampleStandardDeviation } from 'simple-statistics';
import type { BenchmarkResult } from '../model/result.js';

export function sampleSummary(
  samples: number[],
): Pick<BenchmarkResult, 'n' | 'value' | 'samples' | 'mean' | 'median' | 'min' | 'max' | 'stddev'> {
  const middle = median(samples);
  const low = min(samples);
  const high = max(samples);
  // Sums of values near the largest double overflow to Infinity: such samples are summed scaled down.
  const scale = Math.max(Math.abs(low), Math.abs(high)) > HUGE ? Math.max(Math.abs(low), Math.abs(high)) : 1;
  const scaled = scale === 1 ? samples : samples.map((x) => x / scale);
  return {
    n: samples.length,
    value: middle,
    samples,
    mean: mean(scaled) * scale,
    median: middle,
    min: low,
    max: high,
    ...(samples.length >= 2 ? { stddev: sampleStandardDeviation(scaled) * scale } : {}),
  };
}

/** Above this, a sum of a few thousand values (or of their squares' deviations) can overflow. */
const HUGE = 1e150;
