import { describe, expect, it } from 'vitest';
import { SUITE_TAIL_PRIOR } from '../../src/engine/noise-model.js';
import { type MoveTail, moveLogLikelihood, moveTails, type SuiteMove } from '../../src/stats/move-tails.js';
import { type Random, seededRandom } from '../helpers/random.js';

/**
 * The better half of a one-run suite's moves: |run-to-run part + sampling part| for `count` series,
 * each with run-to-run sd `runSd(random)` on both runs and sampling variance `sampling`.
 */
function moves(random: Random, count: number, runSd: (r: Random) => number, sampling: number): SuiteMove[] {
  return Array.from({ length: count }, () => {
    const move = Math.SQRT2 * runSd(random) * random.normal() + Math.sqrt(sampling) * random.normal();
    return { square: move * move, sampling };
  });
}

/** Student's t draw with `df` degrees of freedom. */
function studentT(random: Random, df: number): number {
  let chi = 0;
  for (let i = 0; i < df; i++) chi += random.normal() ** 2;
  return random.normal() / Math.sqrt(chi / df);
}

const HEAVY = 1.5e-4;
const weightOf = (tails: MoveTail[], df: number) => tails.find((t) => t.df === df)?.weight ?? 0;

describe('moveTails', () => {
  it('finds normal tails and the run-to-run variance when every series shares one (1% sd, 0.3% sampling)', () => {
    for (const seed of [1, 2, 3]) {
      const tails = moveTails(
        moves(seededRandom(seed), 2000, () => 0.01, 1e-5),
        HEAVY,
        SUITE_TAIL_PRIOR,
      );
      expect(tails).toHaveLength(1);
      expect(tails[0]?.df).toBeGreaterThanOrEqual(20);
      expect(tails[0]?.runVariance).toBeGreaterThan(0.8e-4);
      expect(tails[0]?.runVariance).toBeLessThan(1.25e-4);
    }
  });

  it('keeps t₄ with the caller’s variance when run-to-run noise differs ×⅓–3 between series, as on shared CI machines', () => {
    for (const seed of [1, 2, 3]) {
      const mixed = (r: Random) => 0.01 * Math.exp((2 * r.uniform() - 1) * Math.log(3));
      const tails = moveTails(moves(seededRandom(seed), 2000, mixed, 1e-5), HEAVY, SUITE_TAIL_PRIOR);
      expect(weightOf(tails, 4)).toBeGreaterThan(0.99);
      expect(tails.find((t) => t.df === 4)?.runVariance).toBe(HEAVY);
    }
  });

  it('keeps t₄ for moves with t₃ tails', () => {
    const random = seededRandom(4);
    const heavy = Array.from({ length: 2000 }, () => {
      const move = 0.01 * studentT(random, 3);
      return { square: move * move, sampling: 0 };
    });
    expect(weightOf(moveTails(heavy, HEAVY, SUITE_TAIL_PRIOR), 4)).toBeGreaterThan(0.99);
  });

  it('short of proof, shares the weight by Bayes’ rule: 150 normal moves lean towards lighter tails, t₄ keeps part', () => {
    // Seed 3: the best lighter tail beats t₄ by less than the 3 log-likelihood units that would
    // settle it (as for 3 of the first 12 seeds; the other 9 settle it).
    const tails = moveTails(
      moves(seededRandom(3), 150, () => 0.01, 1e-5),
      HEAVY,
      SUITE_TAIL_PRIOR,
    );
    expect(tails.length).toBeGreaterThan(1);
    expect(tails.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12);
    expect(weightOf(tails, 4)).toBeGreaterThan(0.1);
    expect(weightOf(tails, 4)).toBeLessThan(0.9);
  });

  it('says nothing about moves that are all zero: t₄ alone', () => {
    expect(
      moveTails(
        Array.from({ length: 50 }, () => ({ square: 0, sampling: 1e-6 })),
        HEAVY,
        SUITE_TAIL_PRIOR,
      ),
    ).toEqual([{ runVariance: HEAVY, df: 4, weight: 1 }]);
  });
});

describe('moveLogLikelihood', () => {
  it('is the normal log-likelihood (up to ½·ln 2π a move) with no run-to-run part or normal tails', () => {
    const data = [
      { square: 4e-4, sampling: 1e-4 },
      { square: 1e-6, sampling: 4e-4 },
    ];
    const normal = (b: number) =>
      data.reduce((s, { square, sampling }) => {
        const v = sampling + 2 * b;
        return s - 0.5 * Math.log(2 * Math.PI) - square / (2 * v) - 0.5 * Math.log(v);
      }, 0);
    expect(moveLogLikelihood(data, 0, 4)).toBeCloseTo(normal(0), 10);
    expect(moveLogLikelihood(data, 3e-4, Number.POSITIVE_INFINITY)).toBeCloseTo(normal(3e-4), 10);
  });

  it('skips a zero move with no variance at all and still counts every other move', () => {
    const other = { square: 4e-4, sampling: 1e-4 };
    expect(moveLogLikelihood([{ square: 0, sampling: 0 }, other], 0, 4)).toBeCloseTo(
      moveLogLikelihood([other], 0, 4),
      12,
    );
    expect(moveLogLikelihood([{ square: 1e-6, sampling: 0 }, other], 0, 4)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('stays finite for a move far beyond what a normal density can represent', () => {
    // 100 standard deviations: the normal density underflows to 0, its logarithm does not.
    const ll = moveLogLikelihood([{ square: 1, sampling: 1e-4 }], 0, Number.POSITIVE_INFINITY);
    expect(ll).toBeCloseTo(-5000 - 0.5 * Math.log(2 * Math.PI) - 0.5 * Math.log(1e-4), 6);
  });

  it('with t tails, makes a far move likelier than the normal does and a near one less likely', () => {
    const far = [{ square: 36e-4, sampling: 0 }];
    const near = [{ square: 0.01e-4, sampling: 0 }];
    const b = 0.5e-4; // run-to-run sd of a move 1%: the far move is 6 of it
    expect(moveLogLikelihood(far, b, 4)).toBeGreaterThan(moveLogLikelihood(far, b, Number.POSITIVE_INFINITY));
    expect(moveLogLikelihood(near, b, 4)).toBeLessThan(moveLogLikelihood(near, b, Number.POSITIVE_INFINITY));
  });
});
