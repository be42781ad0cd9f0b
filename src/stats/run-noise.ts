// Tests against a history of single numbers: a benchmark that gives one value per run (n = 1), and
// the centers of several baseline runs (between-run noise: a machine, a build or a CI runner that
// is a few percent slower on a whole run, which no within-run test can see).
//
// Both ask whether a new value is plausible among values drawn like the history, i.e. a
// prediction interval. Benchmark values are positive and their noise multiplicative, so the work is
// on ln(value). The estimates are robust, so one bad run in the history does not widen everything:
//   center = median of ln(values),
//   scale  = 1.4826 · MAD of ln(values) (the MAD made consistent for a normal distribution).
// Prediction of one new value: z = (ln v − center) / (scale · √(1 + π/(2n))), where π/(2n) is the
// variance of a sample median relative to σ². Small-sample widening: z is referred to Student's t
// with 0.37·(n − 1) degrees of freedom — 0.37 is the MAD's efficiency relative to the standard
// deviation at the normal, so the scale is only as certain as a standard deviation from 37% of the
// data. Checked by simulation (see the tests): on normal log-values the false-alarm rate at
// α = 0.05 stays at or below 5% for every n from 2 to 40 (conservative for n < 10).
import { median, medianSorted } from 'simple-statistics';
import { studentTQuantile, studentTTwoSidedP } from './distributions.js';

/** Consistency constant of the MAD for the standard deviation of a normal distribution. */
export const MAD_TO_SD = 1.4826;
/** Consistency constant of the mean absolute deviation for the standard deviation of a normal. */
const MEAN_ABSOLUTE_DEVIATION_TO_SD = Math.sqrt(Math.PI / 2);
/** Gaussian efficiency of the MAD, used to discount its degrees of freedom. */
const MAD_EFFICIENCY = 0.37;

export interface RobustLogSpread {
  /** exp(median of ln values): the typical value. */
  center: number;
  /**
   * Robust standard deviation of ln(values), ≈ the relative spread (0.03 ≈ 3%): 1.4826·MAD; when
   * more than half the values are equal (MAD = 0) but not all, √(π/2) × their mean absolute deviation
   * from the median; 0 when all values are equal.
   */
  logSd: number;
  n: number;
}

/** Robust center and spread of positive values on the log scale. Throws RangeError on values ≤ 0. */
export function robustLogSpread(values: readonly number[]): RobustLogSpread {
  if (values.length === 0) throw new RangeError('robustLogSpread needs at least one value');
  if (values.some((v) => !(v > 0))) throw new RangeError('robustLogSpread needs positive values');
  const logs = values.map(Math.log).sort((a, b) => a - b);
  const center = medianSorted(logs);
  const deviations = logs.map((l) => Math.abs(l - center));
  let logSd = MAD_TO_SD * median(deviations);
  if (logSd === 0) {
    logSd = (MEAN_ABSOLUTE_DEVIATION_TO_SD * deviations.reduce((sum, d) => sum + d, 0)) / deviations.length;
  }
  return { center: Math.exp(center), logSd, n: values.length };
}

export interface PredictionTest extends RobustLogSpread {
  /** Two-sided tail probability of a value at least this far from the history's center. */
  p: number;
  /** Prediction interval for one new value at the requested level: [0, ∞] with fewer than 2 values. */
  lo: number;
  hi: number;
}

/**
 * Whether `value` is plausible as one more draw of `history` (see the file comment), with the
 * `level` prediction interval. With fewer than 2 history values nothing can be said (p = 1); when
 * all history values are equal, the value either equals them (p = 1) or not (p = 0).
 */
export function historyPredictionTest(
  history: readonly number[],
  value: number,
  level = 0.95,
): PredictionTest {
  if (!(value > 0)) throw new RangeError('historyPredictionTest needs a positive value');
  if (history.length < 2) {
    const spread =
      history.length === 0 ? { center: Number.NaN, logSd: Number.NaN, n: 0 } : robustLogSpread(history);
    return { ...spread, p: 1, lo: 0, hi: Number.POSITIVE_INFINITY };
  }
  const spread = robustLogSpread(history);
  const logCenter = Math.log(spread.center);
  if (spread.logSd === 0) {
    return { ...spread, p: Math.log(value) === logCenter ? 1 : 0, lo: spread.center, hi: spread.center };
  }
  const n = history.length;
  const predictionSd = spread.logSd * Math.sqrt(1 + Math.PI / (2 * n));
  const df = MAD_EFFICIENCY * (n - 1);
  const z = (Math.log(value) - logCenter) / predictionSd;
  const margin = studentTQuantile(1 - (1 - level) / 2, df) * predictionSd;
  return {
    ...spread,
    p: studentTTwoSidedP(z, df),
    lo: Math.exp(logCenter - margin),
    hi: Math.exp(logCenter + margin),
  };
}

/**
 * Between-run test: is the new run's center (its median) within the run-to-run noise of the baseline
 * runs' centers? The same prediction as `historyPredictionTest`, applied to one center per run; its
 * `logSd` is the between-run spread. A change is only credible when both this p and the within-run
 * p (the U-test on the samples) are small, so the engine takes max(within-run p, between-run p).
 */
export function betweenRunTest(
  baselineCenters: readonly number[],
  newCenter: number,
  level = 0.95,
): PredictionTest {
  return historyPredictionTest(baselineCenters, newCenter, level);
}
