// How heavy-tailed the moves of a one-run suite are: scaled t's fitted by maximum likelihood.
//
// With one baseline run, every series' move between it and the current run has variance sᵢ + 2B: its
// two runs' sampling noise sᵢ (known from their samples) and the run-to-run variance B of a run
// center, which one move cannot tell apart for one series. The model: the run-to-run part of move i is
// √(2B)·t_ν; with the sampling part added, the standardized move is t with Welch–Satterthwaite's
// ν·((sᵢ + 2B)/2B)² degrees of freedom — the rule the caller's test uses, so that what is fitted is
// what is tested. For each ν of a grid, B maximizes the likelihood (the profile likelihood). Then
// (moveTails):
//   - when the best lighter ν beats the heavy default by at least `lighterLogRatio`, that ν alone;
//   - otherwise every ν at once, weighted by Bayes' rule (prior 1 − `lighterPrior` on the default,
//     which keeps the caller's B, the rest spread evenly), so a test's p is the weighted mean of the p's.
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

/** Degrees of freedom tried, from the heavy default to the normal. */
const DF_GRID = [4, 5, 6, 8, 10, 15, 20, 30, 50, 100, Number.POSITIVE_INFINITY];

/** The caller's choices (engine/tuning.ts): the heavy default and how much evidence lighter tails need. */
export interface TailPrior {
  /** The degrees of freedom assumed unless the moves show lighter tails (one of DF_GRID). */
  heavyDf: number;
  /** Profile log-likelihood the best lighter ν must gain over heavyDf to be used alone. */
  lighterLogRatio: number;
  /** Prior probability of the lighter ν together, short of that. */
  lighterPrior: number;
}

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
export function moveTails(moves: readonly SuiteMove[], heavyVariance: number, prior: TailPrior): MoveTail[] {
  const heavy: MoveTail = { runVariance: heavyVariance, df: prior.heavyDf, weight: 1 };
  const used = evenlySpaced(moves, MAX_FIT_MOVES);
  const largest = used.reduce((m, d) => Math.max(m, d.square), 0);
  if (!(largest > 0)) return [heavy];
  const profile = DF_GRID.map((df) => ({ df, ...bestScale(used, df, largest) }));
  const reference = profile.find((p) => p.df === prior.heavyDf);
  const lighter = profile.filter((p) => p.df > prior.heavyDf && Number.isFinite(p.logLikelihood));
  if (!reference || !Number.isFinite(reference.logLikelihood) || lighter.length === 0) return [heavy];
  const best = lighter.reduce((a, b) => (b.logLikelihood > a.logLikelihood ? b : a));
  if (best.logLikelihood - reference.logLikelihood >= prior.lighterLogRatio) {
    return [{ runVariance: best.runVariance, df: best.df, weight: 1 }];
  }
  // Bayes' rule on the log scale, relative to the largest term so that nothing underflows. t₄'s
  // weight comes from its profile likelihood (at its own best scale), but its test keeps the caller's
  // scale: where t₄ takes all the weight, the test is exactly what it was without this file.
  const logWeights = [
    Math.log(1 - prior.lighterPrior) + reference.logLikelihood,
    ...lighter.map((p) => Math.log(prior.lighterPrior / lighter.length) + p.logLikelihood),
  ];
  const top = logWeights.reduce((most, x) => Math.max(most, x), Number.NEGATIVE_INFINITY);
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
