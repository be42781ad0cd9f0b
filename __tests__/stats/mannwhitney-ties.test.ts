// The exact tied Mann–Whitney against the algorithm it replaced: the straightforward dynamic programme
// over every (picks, doubled rank sum) cell for every tie group, one table per call, kept here as the
// reference.
import { describe, expect, it } from 'vitest';
import { choose } from '../../src/stats/distributions.js';
import { MANN_WHITNEY_TIES_EXACT_LIMIT, mannWhitneyU } from '../../src/stats/mannwhitney.js';
import { seededRandom } from '../helpers/random.js';
import { expectRelative } from './relative.js';

function referenceRank(x: readonly number[], y: readonly number[]): { rankSum1: number; ties: number[] } {
  const merged = [...x.map((v) => ({ v, first: true })), ...y.map((v) => ({ v, first: false }))];
  merged.sort((a, b) => a.v - b.v);
  let rankSum1 = 0;
  const ties: number[] = [];
  for (let start = 0; start < merged.length; ) {
    let end = start;
    let fromFirst = 0;
    for (; end < merged.length && merged[end]?.v === merged[start]?.v; end++) {
      if (merged[end]?.first) fromFirst++;
    }
    rankSum1 += ((start + 1 + end) / 2) * fromFirst;
    ties.push(end - start);
    start = end;
  }
  return { rankSum1, ties };
}

function referenceTiedLowerTail(n1: number, ties: readonly number[], u: number): number {
  const maxDoubledSum = Math.round(2 * u) + n1 * (n1 + 1);
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(maxDoubledSum + 1));
  (ways[0] as Float64Array)[0] = 1;
  let before = 0;
  let total = 0;
  for (const t of ties) {
    const doubledMidrank = 2 * before + t + 1;
    const groupChoices = Array.from({ length: t + 1 }, (_, r) => choose(t, r));
    for (let j = n1; j >= 1; j--) {
      const row = ways[j] as Float64Array;
      for (let s = maxDoubledSum; s >= 0; s--) {
        let sum = row[s] as number;
        for (let r = 1; r <= Math.min(t, j) && s - r * doubledMidrank >= 0; r++) {
          sum +=
            (groupChoices[r] as number) * ((ways[j - r] as Float64Array)[s - r * doubledMidrank] as number);
        }
        row[s] = sum;
      }
    }
    before += t;
  }
  for (const count of ways[n1] as Float64Array) total += count;
  return total / choose(before, n1);
}

/** The exact two-sided p with ties as the reference algorithm gives it (both samples ≤ 25 values, some tie). */
function referenceTiedP(x: readonly number[], y: readonly number[]): number {
  const { rankSum1, ties } = referenceRank(x, y);
  const u1 = rankSum1 - (x.length * (x.length + 1)) / 2;
  const u2 = x.length * y.length - u1;
  if (ties.length === 1 || u1 === u2) return 1;
  const size = u1 < u2 ? x.length : y.length;
  return Math.min(1, 2 * referenceTiedLowerTail(size, ties, Math.min(u1, u2)));
}

/** `n` values on a grid of `levels` steps around `offset`: coarse grids tie often, as 4-digit timings do. */
function gridSample(random: ReturnType<typeof seededRandom>, n: number, levels: number, offset: number) {
  return Array.from({ length: n }, () => offset + Math.floor(random.uniform() * levels));
}

describe('exact Mann–Whitney with ties', () => {
  it('gives the reference algorithm’s p (to 1e-12) on 1,500 random tied samples of 1–25 values a side', () => {
    const random = seededRandom(18);
    let tied = 0;
    for (let i = 0; i < 1500; i++) {
      const n1 = 1 + Math.floor(random.uniform() * MANN_WHITNEY_TIES_EXACT_LIMIT);
      const n2 = 1 + Math.floor(random.uniform() * MANN_WHITNEY_TIES_EXACT_LIMIT);
      const levels = 2 + Math.floor(random.uniform() * 40);
      const shift = Math.floor(random.uniform() * 6) - 3;
      const x = gridSample(random, n1, levels, 0);
      const y = gridSample(random, n2, levels, shift);
      const result = mannWhitneyU(x, y);
      if (new Set([...x, ...y]).size === n1 + n2) continue;
      tied++;
      expect(result.method).toBe('exact');
      expectRelative(result.p, referenceTiedP(x, y), 1e-12);
    }
    expect(tied).toBeGreaterThan(1200);
  });

  it('gives the reference algorithm’s p on 400 samples of 20–25 values with a few ties among long untied runs', () => {
    // As 4-digit timings tie: a handful of pairs and triples, so most of the count starts from the
    // table of an untied run.
    const random = seededRandom(25);
    let sparse = 0;
    for (let i = 0; i < 400; i++) {
      const n1 = 20 + Math.floor(random.uniform() * 6);
      const n2 = 20 + Math.floor(random.uniform() * 6);
      const levels = 150 + Math.floor(random.uniform() * 600);
      const x = gridSample(random, n1, levels, 0);
      const y = gridSample(random, n2, levels, Math.floor(random.uniform() * 40) - 20);
      const distinct = new Set([...x, ...y]).size;
      if (distinct === n1 + n2) continue;
      if (n1 + n2 - distinct <= 6) sparse++;
      expectRelative(mannWhitneyU(x, y).p, referenceTiedP(x, y), 1e-12);
    }
    expect(sparse).toBeGreaterThan(200);
  });

  it('gives the same p for a tie pattern met again, in either order of the samples', () => {
    const x = [1, 2, 2, 3, 5, 5, 5, 8, 9, 9];
    const y = [2, 4, 4, 6, 7, 7, 8, 10, 11, 12];
    const first = mannWhitneyU(x, y).p;
    expect(mannWhitneyU(x, y).p).toBe(first);
    expect(mannWhitneyU(y, x).p).toBe(first);
    expectRelative(first, referenceTiedP(x, y), 1e-12);
  });
});
