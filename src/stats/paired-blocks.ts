// The paired test of a same-job A/B: base and head measured in alternating passes on one machine. Each
// pass is a block: whatever slowed the machine during it slowed both sides, so the per-pass log ratio
// of the two sides' centers is free of it. A one-sample Student's t-test on those ratios (k passes,
// k − 1 degrees of freedom) tests "no change", and its interval is the change's. Treating all samples
// as one pool instead would count every sample as independent evidence while the passes' own offsets
// (a benchmark that ran slower in one pass on one side) are shared within a pass: its p is too small.
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';

export interface PairedBlocksTest {
  /** exp(mean per-pass log ratio): head / base. */
  ratio: number;
  /** Two-sided p of "the ratio is 1" (0 when every pass gave the same nonzero ratio). */
  p: number;
  /** The ratio's confidence interval at the requested level. */
  lo: number;
  hi: number;
  /** Passes used (blocks). */
  passes: number;
}

/**
 * The t-test on per-pass ratios head/base (positive numbers, ≥ 2 of them). With no spread at all the
 * passes agree exactly: p is 1 for a ratio of 1 and 0 otherwise, with a zero-width interval.
 */
export function pairedBlocksTest(ratios: readonly number[], level = 0.95, trim = 0): PairedBlocksTest {
  const k = ratios.length;
  if (k < 2 || ratios.some((r) => !(r > 0) || !Number.isFinite(r)))
    throw new RangeError('pairedBlocksTest needs at least 2 positive finite ratios');
  const logs = ratios.map(Math.log).sort((a, b) => a - b);
  // Yuen's trimmed t: the g most extreme passes at each end are trimmed from the mean and winsorized in
  // the variance, so one pass a burst of load hit on one side cannot swamp the others.
  const g = Math.floor(trim * k);
  const kept = logs.slice(g, k - g);
  const winsorized = logs.map((x) => Math.min(Math.max(x, kept[0] as number), kept.at(-1) as number));
  let mean = 0;
  for (const x of kept) mean += x;
  mean /= kept.length;
  let wMean = 0;
  for (const x of winsorized) wMean += x;
  wMean /= k;
  let ss = 0;
  for (const x of winsorized) ss += (x - wMean) ** 2;
  const df = kept.length - 1;
  const se = Math.sqrt(ss / (k - 1)) / ((kept.length / k) * Math.sqrt(k));
  const ratio = Math.exp(mean);
  if (se === 0) return { ratio, p: mean === 0 ? 1 : 0, lo: ratio, hi: ratio, passes: k };
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  return {
    ratio,
    p: studentTTwoSidedP(mean / se, df),
    lo: Math.exp(mean - half),
    hi: Math.exp(mean + half),
    passes: k,
  };
}
