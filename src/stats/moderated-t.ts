// The moderated t (Smyth, "Linear models and empirical Bayes methods for assessing differential
// expression", 2004; limma's squeezeVar). Many series measured together have variances s²_g on d_g
// degrees of freedom; their spread is modelled as a scaled inverse χ² prior, 1/σ² ~ χ²_{d0}/(d0 s0²),
// fitted by moments of log s²:
//   e_g = ln s²_g − ψ(d_g/2) + ln(d_g/2),   ē = mean e_g,
//   ψ′(d0/2) = var(e) − mean ψ′(d_g/2),     ln s0² = ē + ψ(d0/2) − ln(d0/2)
// (d0 = ∞ and s0² = e^ē when the variances spread no more than χ² alone makes them). Each series'
// variance is then shrunk to  s̃²_g = (d0 s0² + d_g s²_g) / (d0 + d_g)  and its t has d0 + d_g degrees
// of freedom: few passes borrow the suite's knowledge of the noise, and a series much noisier than the
// rest keeps most of its own variance.
import { digamma, trigamma, trigammaInverse } from './polygamma.js';

export interface VariancePrior {
  /** Prior degrees of freedom (Infinity: every series has the prior variance). */
  df: number;
  /** Prior variance s0². */
  variance: number;
}

/** The prior fitted to variances `variances[g]` on `dfs[g]` degrees of freedom; undefined if < 2 usable. */
export function fitVariancePrior(
  variances: readonly number[],
  dfs: readonly number[],
): VariancePrior | undefined {
  const e: number[] = [];
  let trigammaMean = 0;
  variances.forEach((s2, g) => {
    const d = dfs[g] as number;
    if (!(s2 > 0) || !Number.isFinite(s2) || !(d > 0)) return;
    e.push(Math.log(s2) - digamma(d / 2) + Math.log(d / 2));
    trigammaMean += trigamma(d / 2);
  });
  const n = e.length;
  if (n < 2) return undefined;
  trigammaMean /= n;
  const mean = e.reduce((a, b) => a + b, 0) / n;
  let ss = 0;
  for (const x of e) ss += (x - mean) ** 2;
  const excess = ss / (n - 1) - trigammaMean;
  if (!(excess > 0)) return { df: Number.POSITIVE_INFINITY, variance: Math.exp(mean) };
  const df = 2 * trigammaInverse(excess);
  return { df, variance: Math.exp(mean + digamma(df / 2) - Math.log(df / 2)) };
}

/**
 * A series' variance shrunk to the prior, and its degrees of freedom — capped at `maxDf` (the suite's
 * total residual degrees of freedom, as limma does), since no prior knows the noise better than all
 * the data it was fitted on.
 */
export function moderatedVariance(
  variance: number,
  df: number,
  prior: VariancePrior | undefined,
  maxDf: number,
): { variance: number; df: number } {
  if (!prior) return { variance, df };
  const total = Math.min(prior.df + df, Math.max(maxDf, df));
  if (!Number.isFinite(prior.df)) return { variance: prior.variance, df: total };
  return { variance: (prior.df * prior.variance + df * variance) / (prior.df + df), df: total };
}
