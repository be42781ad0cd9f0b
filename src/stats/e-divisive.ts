// The E-divisive split statistic (Matteson & James 2014, arXiv 1306.4933) with α = 1: for a stretch
// Z[s, e) split at τ into X = Z[s, τ) (n values) and Y = Z[τ, κ) (m values), s < τ < κ ≤ e,
//   Q(τ, κ) = 2/(m+n) · Σᵢⱼ |Xᵢ − Yⱼ|  −  2m/((m+n)(n−1)) · Σ_{i<k} |Xᵢ − X_k|  −  2n/((m+n)(m−1)) · Σ_{j<k} |Yⱼ − Y_k|
// (a coefficient with a zero denominator is 0: one value has no pairs). The best split is the τ of the
// largest Q over all (τ, κ), the first one in (τ, κ) order on ties, as Otava's numpy argmax takes it.

export interface BestSplit {
  /** First index of the second part. */
  index: number;
  q: number;
}

/**
 * Pairwise distances of `values` as prefix sums down each column: `below(k, a, b)` = Σ_{i∈[a,b)} |zᵢ − z_k|
 * in O(1), so one stretch's every (τ, κ) costs O(length²).
 */
export class PairDistances {
  private readonly n: number;
  /** prefix[k·(n+1) + i] = Σ_{i' < i} |z_{i'} − z_k|. */
  private readonly prefix: Float64Array;

  constructor(values: readonly number[]) {
    const n = values.length;
    this.n = n;
    this.prefix = new Float64Array(n * (n + 1));
    for (let k = 0; k < n; k++) {
      const zk = values[k] as number;
      let sum = 0;
      const row = k * (n + 1);
      for (let i = 0; i < n; i++) {
        this.prefix[row + i] = sum;
        sum += Math.abs((values[i] as number) - zk);
      }
      this.prefix[row + n] = sum;
    }
  }

  below(k: number, a: number, b: number): number {
    const row = k * (this.n + 1);
    return (this.prefix[row + b] as number) - (this.prefix[row + a] as number);
  }
}

/** The best split of values[start, end) (end − start ≥ 2), distances from `pairs`. */
export function bestSplit(pairs: PairDistances, start: number, end: number): BestSplit {
  let best: BestSplit = { index: start + 1, q: Number.NEGATIVE_INFINITY };
  let within = 0; // Σ pairs inside X = Z[start, τ)
  for (let tau = start + 1; tau < end; tau++) {
    within += pairs.below(tau - 1, start, tau - 1);
    const n = tau - start;
    let cross = 0; // Σ |Xᵢ − Yⱼ| over Y = Z[τ, κ)
    let inY = 0; // Σ pairs inside Y
    for (let kappa = tau + 1; kappa <= end; kappa++) {
      const last = kappa - 1;
      cross += pairs.below(last, start, tau);
      inY += pairs.below(last, tau, last);
      const m = kappa - tau;
      const total = kappa - start;
      const a = (2 / total) * cross;
      const b = n > 1 ? ((2 * m) / (total * (n - 1))) * within : 0;
      const c = m > 1 ? ((2 * n) / (total * (m - 1))) * inY : 0;
      const q = a - b - c;
      if (q > best.q) best = { index: tau, q };
    }
  }
  return best;
}
