import { describe, expect, it } from 'vitest';
import { digamma, tetragamma, trigamma, trigammaInverse } from '../../src/stats/polygamma.js';

describe('polygamma functions', () => {
  it('match their closed forms at 1 and 1/2 (Abramowitz & Stegun 6.3.2–3, 6.4.2–4)', () => {
    const gamma = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-gamma, 13);
    expect(digamma(0.5)).toBeCloseTo(-gamma - 2 * Math.LN2, 13);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 13);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 12);
    expect(tetragamma(1)).toBeCloseTo(-2 * 1.2020569031595942, 12);
  });

  it('satisfy the recurrences across the switch to the asymptotic series', () => {
    for (const x of [0.3, 2.5, 9.5, 9.99, 10, 17.2, 1e4]) {
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 12);
      expect(trigamma(x) - trigamma(x + 1)).toBeCloseTo(1 / (x * x), 12);
      expect(tetragamma(x + 1) - tetragamma(x)).toBeCloseTo(2 / x ** 3, 11);
    }
  });

  it('trigammaInverse inverts trigamma', () => {
    for (const y of [0.05, 0.5, 1, 3, 12.5, 400, 1e5]) {
      expect(trigammaInverse(trigamma(y)) / y).toBeCloseTo(1, 7);
    }
    expect(() => trigammaInverse(0)).toThrow(RangeError);
  });
});
