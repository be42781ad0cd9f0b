// The paired test of a same-job A/B: base and head measured in alternating passes on one machine. Each
// pass is a block: whatever slowed the machine during it slowed both sides, so the per-pass log ratio
// of the two sides' centers is free of it. A one-sample t-test on those log ratios (k passes, k − 1
// degrees of freedom, or more with a moderated variance: stats/moderated-t.ts) tests "no change", and
// its interval is the change's. Treating all samples as one pool instead would count every sample as
// independent evidence while the passes' own offsets (a benchmark that ran slower in one pass on one
// side) are shared within a pass: its p is too small.
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';
import { generalizedEsdOutliers } from './esd.js';
import { moderatedVariance, type VariancePrior } from './moderated-t.js';

/** One series' per-pass log ratios, once outlying passes are left out: what the test and the prior use. */
export interface PassRatios {
  /** ln(head / base) of the passes kept. */
  logs: number[];
  mean: number;
  /** Sample variance of `logs` (k − 1 degrees of freedom); 0 for one pass. */
  variance: number;
  /** Indexes (into the ratios given) of the passes left out as outliers. */
  outliers: number[];
}

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
  /** Degrees of freedom of the t. */
  df: number;
}

/**
 * The per-pass log ratios head/base (positive finite numbers, ≥ 2), with up to `maxOutliers` passes
 * left out by Rosner's generalized ESD at `outlierAlpha` — a pass that a burst of load hit on one side
 * only would otherwise swamp the others.
 */
export function passRatios(ratios: readonly number[], maxOutliers = 0, outlierAlpha = 0.05): PassRatios {
  if (ratios.length < 2 || ratios.some((r) => !(r > 0) || !Number.isFinite(r)))
    throw new RangeError('passRatios needs at least 2 positive finite ratios');
  const all = ratios.map(Math.log);
  const outliers = generalizedEsdOutliers(all, maxOutliers, outlierAlpha).sort((a, b) => a - b);
  const logs = all.filter((_, i) => !outliers.includes(i));
  let mean = 0;
  for (const x of logs) mean += x;
  mean /= logs.length;
  let ss = 0;
  for (const x of logs) ss += (x - mean) ** 2;
  return { logs, mean, variance: ss / (logs.length - 1), outliers };
}

/**
 * The t-test of "no change" on one series' pass ratios, its variance moderated by `prior` (the
 * suite's, fitted on every series' `variance`) when there is one, its degrees of freedom at most
 * `maxDf`. With no spread at all the passes agree exactly: p is 1 for a ratio of 1 and 0 otherwise,
 * with a zero-width interval.
 */
export function pairedBlocksTest(
  r: PassRatios,
  level = 0.95,
  prior?: VariancePrior,
  maxDf = Number.POSITIVE_INFINITY,
): PairedBlocksTest {
  const k = r.logs.length;
  const own = k - 1;
  const { variance, df } = moderatedVariance(r.variance, own, prior, maxDf);
  const se = Math.sqrt(variance / k);
  const ratio = Math.exp(r.mean);
  if (se === 0) return { ratio, p: r.mean === 0 ? 1 : 0, lo: ratio, hi: ratio, passes: k, df };
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  return {
    ratio,
    p: studentTTwoSidedP(r.mean / se, df),
    lo: Math.exp(r.mean - half),
    hi: Math.exp(r.mean + half),
    passes: k,
    df,
  };
}
