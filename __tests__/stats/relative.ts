import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ tolerance·|expected| (exact equality when expected is 0). */
export function expectRelative(actual: number, expected: number, tolerance: number): void {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
