// How heavy-tailed the moves of a one-run suite are: scaled t's fitted by maximum likelihood.
//
// With one baseline run, every series' move between it and the current run has variance
// sᵢ + 2B: its two runs' sampling noise sᵢ (known from their samples) and the run-to-run variance B
// of a run center, which one move cannot tell apart for one series. The suite's moves estimate B;
// how far B differs between series decides the tails of a test against it. Shared CI machines make
// some benchmarks many times as noisy between runs as others (heavy tails), so the engine assumes
// Student's t with 4 degrees of freedom for the run-to-run part (noise-model.ts) — safe there, but
// where every series really shares one B that costs most of the detection (at the false-discovery
// level of a 300-series suite t₄ needs twice the distance a normal does).
//
// The model here: the run-to-run part of move i is √(2B)·t_ν, and with the sampling part added the
// standardized move is t with Welch–Satterthwaite's ν·((sᵢ + 2B)/2B)² degrees of freedom — the same
// approximation the test then uses (series-test.ts, noiseTest), so that what is fitted is what is
// tested. For each ν of a grid, B maximizes the likelihood of the moves (the profile likelihood).
// What the test uses (moveTails):
//   - when the best ν > 4 beats ν = 4 by at least LIGHTER_TAILS_LOG_RATIO (a likelihood-ratio test at
//     about p = 0.014), that ν and its B alone;
//   - otherwise every ν ≥ 4 at once, weighted by Bayes' rule: prior 1 − LIGHTER_TAILS_PRIOR on t₄
//     (with the caller's B, from the moves on both sides: noise-model.ts, excessFromMoves, says why)
//     and the rest spread evenly over the lighter ν, times each one's profile
//     likelihood. A test's p is then the weighted mean of the p's. Where the moves lean towards
//     lighter tails without proving them the p's shrink part of the way; where they look like t₄ or
//     heavier the lighter ν keep almost no weight — a few more series in the tail, as a suite with a
//     real mixture of noisy and quiet benchmarks has, keep t₄.
//
// Written here because simple-statistics has no t fit and the fit must match the test's own
// degrees-of-freedom rule, which no packaged fit does.
import { studentTLogDensity } from './distributions.js';
import { evenlySpaced } from './evenly-spaced.js';

/** One move from its suite's typical move: its square, and the sampling variance of its two runs. */
export interface SuiteMove {
  square: number;
  sampling: number;
}

/** One scaled t of the run-to-run part of the moves, and the weight the test gives it. */
export interface MoveTail {
  /** Run-to-run variance of one run center (the scale of the t). */
  runVariance: number;
  /** Degrees of freedom; Infinity for a normal. */
  df: number;
  weight: number;
}

/** Degrees of freedom tried, from the engine's t₄ to the normal. */
const DF_GRID = [4, 5, 6, 8, 10, 15, 20, 30, 50, 100, Number.POSITIVE_INFINITY];
/** The df the engine assumes unless the moves show lighter tails. */
export const DEFAULT_MOVE_DF = 4;
/**
 * Profile log-likelihood the best ν must gain over ν = 4 before the engine trusts lighter tails
 * alone: 3 is a likelihood-ratio statistic of 6 (χ²₁ p ≈ 0.014). Tuned with `npm run bench:detect`:
 * at 2, a suite with run-to-run noise varying ×⅓–3 between benchmarks now and then passed for
 * light-tailed and false alarms at 1% run-to-run noise rose from 1.0 to 1.2 per 1,000; at 3 (the
 * switch alone, before the average below) no result of those conditions changed, while suites whose
 * benchmarks share one run-to-run noise found 61% instead of 27% of +10% slowdowns against one
 * baseline run (block E of DETECTION.md).
 */
const LIGHTER_TAILS_LOG_RATIO = 3;
/**
 * Prior probability of tails lighter than t₄ when the likelihood ratio falls short of the above.
 * Tuned the same way, on the one-baseline-run rows. From 0.1 to 0.3: with one run-to-run noise for
 * every benchmark (block E) +10% found 89 → 97% at 1% + 1% noise, 85 → 92% with a shared machine
 * factor, 43 → 52% at 3% + 1%; with run-to-run noise varying ×⅔–1.5 between benchmarks 60 → 86%, ×½–2
 * 42 → 53% (false alarms unchanged in both); varying ×⅓–3, false alarms 34 → 37 of 33,120 unchanged
 * benchmarks at 1% + 1% (the oracle: 36), 31 → 32 with a shared machine factor, 11 → 13 at 3% + 1%.
 * At 0.5 those rose to 1.2 per 1,000 and above 1 with the shared factor, and to 0.5 from 0.3 at
 * ×½–2. On the real go pairs of one baseline run t₄ keeps 67–96% of the weight and no verdict changes.
 */
const LIGHTER_TAILS_PRIOR = 0.3;
/**
 * Components below this weight (together at most 1% of it) are left out and the rest renormalized:
 * they are lighter tails (t₄ keeps at least a tenth of the weight whenever the weights are shared),
 * so their share goes mostly to t₄, the safe side. Where t₄ is all but certain, a test then costs
 * one t tail instead of eleven.
 */
const NEGLIGIBLE_WEIGHT = 1e-3;
/** At most this many moves go into the fit (evenly spaced): enough for the tails, fast on 10,000 series. */
const MAX_FIT_MOVES = 500;
/** Points of the coarse search for B over a log scale, and rounds of the refining search. */
const SCALE_GRID = 30;
const REFINE_ROUNDS = 30;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * The run-to-run part of the moves as weighted scaled t's (see the file comment). `heavyVariance`:
 * the caller's estimate of B for t₄; with no usable moves (none, or all zero) t₄ alone.
 */
export function moveTails(moves: readonly SuiteMove[], heavyVariance: number): MoveTail[] {
  const heavy: MoveTail = { runVariance: heavyVariance, df: DEFAULT_MOVE_DF, weight: 1 };
  const used = evenlySpaced(moves, MAX_FIT_MOVES);
  const largest = used.reduce((m, d) => Math.max(m, d.square), 0);
  if (!(largest > 0)) return [heavy];
  const profile = DF_GRID.map((df) => ({ df, ...bestScale(used, df, largest) }));
  const reference = profile.find((p) => p.df === DEFAULT_MOVE_DF);
  const lighter = profile.filter((p) => p.df > DEFAULT_MOVE_DF && Number.isFinite(p.logLikelihood));
  if (!reference || !Number.isFinite(reference.logLikelihood) || lighter.length === 0) return [heavy];
  const best = lighter.reduce((a, b) => (b.logLikelihood > a.logLikelihood ? b : a));
  if (best.logLikelihood - reference.logLikelihood >= LIGHTER_TAILS_LOG_RATIO) {
    return [{ runVariance: best.runVariance, df: best.df, weight: 1 }];
  }
  // Bayes' rule on the log scale, relative to the largest term so that nothing underflows. t₄'s
  // weight comes from its profile likelihood (at its own best scale), but its test keeps the caller's
  // scale: where t₄ takes all the weight, the test is exactly what it was without this file.
  const logWeights = [
    Math.log(1 - LIGHTER_TAILS_PRIOR) + reference.logLikelihood,
    ...lighter.map((p) => Math.log(LIGHTER_TAILS_PRIOR / lighter.length) + p.logLikelihood),
  ];
  const top = Math.max(...logWeights);
  const relative = logWeights.map((w) => Math.exp(w - top));
  const total = relative.reduce((sum, w) => sum + w, 0);
  const kept = [heavy, ...lighter]
    .map((t, i) => ({ runVariance: t.runVariance, df: t.df, weight: relative[i] as number }))
    .filter((t) => t.weight >= NEGLIGIBLE_WEIGHT * total);
  const keptTotal = kept.reduce((sum, t) => sum + t.weight, 0);
  for (const t of kept) t.weight /= keptTotal;
  return kept;
}

/** Log-likelihood of the moves (up to a constant) for run-to-run variance `b` and t tails of `df`. */
export function moveLogLikelihood(moves: readonly SuiteMove[], b: number, df: number): number {
  let sum = 0;
  for (const { square, sampling } of moves) {
    const variance = sampling + 2 * b;
    if (!(variance > 0)) {
      // A move of exactly 0 with no variance at all says nothing; any other is impossible.
      if (square === 0) continue;
      return Number.NEGATIVE_INFINITY;
    }
    const effectiveDf =
      b === 0 || df === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : df * (variance / (2 * b)) ** 2;
    // Far beyond any table the t is a normal (as in noiseTest).
    const t = Math.sqrt(square / variance);
    sum +=
      studentTLogDensity(t, effectiveDf > 1e4 ? Number.POSITIVE_INFINITY : effectiveDf) -
      0.5 * Math.log(variance);
  }
  return sum;
}

/** The B that maximizes the likelihood at one df: a log-spaced search, refined by golden-section search. */
function bestScale(
  moves: readonly SuiteMove[],
  df: number,
  largest: number,
): { runVariance: number; logLikelihood: number } {
  let best = { runVariance: 0, logLikelihood: moveLogLikelihood(moves, 0, df) };
  const lo = Math.log(largest * 1e-8);
  const step = (Math.log(largest) - lo) / SCALE_GRID;
  let bestK = -1;
  for (let k = 0; k <= SCALE_GRID; k++) {
    const b = Math.exp(lo + step * k);
    const logLikelihood = moveLogLikelihood(moves, b, df);
    if (logLikelihood > best.logLikelihood) {
      best = { runVariance: b, logLikelihood };
      bestK = k;
    }
  }
  if (bestK < 0) return best;
  // Golden-section search between the grid neighbours of the best point (the likelihood is unimodal
  // in ln B there): one new evaluation per round.
  let a = lo + step * Math.max(0, bestK - 1);
  let c = lo + step * Math.min(SCALE_GRID, bestK + 1);
  let x1 = c - GOLDEN * (c - a);
  let x2 = a + GOLDEN * (c - a);
  let f1 = moveLogLikelihood(moves, Math.exp(x1), df);
  let f2 = moveLogLikelihood(moves, Math.exp(x2), df);
  for (let i = 0; i < REFINE_ROUNDS; i++) {
    if (f1 > f2) {
      c = x2;
      x2 = x1;
      f2 = f1;
      x1 = c - GOLDEN * (c - a);
      f1 = moveLogLikelihood(moves, Math.exp(x1), df);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + GOLDEN * (c - a);
      f2 = moveLogLikelihood(moves, Math.exp(x2), df);
    }
  }
  const runVariance = Math.exp((a + c) / 2);
  const logLikelihood = moveLogLikelihood(moves, runVariance, df);
  return logLikelihood > best.logLikelihood ? { runVariance, logLikelihood } : best;
}
