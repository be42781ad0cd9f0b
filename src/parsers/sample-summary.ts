// The numbers of a result that follow from its raw samples: how many, the median as its value, and
// the usual summary. One definition for the parsers that read samples and for pooled runs.
import { max, mean, median, min, sampleStandardDeviation } from 'simple-statistics';
import type { BenchmarkResult } from '../model/result.js';

export function sampleSummary(
  samples: number[],
): Pick<BenchmarkResult, 'n' | 'value' | 'samples' | 'mean' | 'median' | 'min' | 'max' | 'stddev'> {
  const middle = median(samples);
  return {
    n: samples.length,
    value: middle,
    samples,
    mean: mean(samples),
    median: middle,
    min: min(samples),
    max: max(samples),
    ...(samples.length >= 2 ? { stddev: sampleStandardDeviation(samples) } : {}),
  };
}
