// Otava's own test of its change point detection on the Tigerbeetle history, every parameter set.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changePoints } from '../../src/engine/trend/change-points.js';
import { FIXTURES } from '../helpers/fixtures.js';

interface Golden {
  series: number[];
  cases: {
    test: string;
    params: { window_len: number; max_pvalue: number; min_magnitude: number };
    expected_change_point_indexes: number[];
  }[];
}

const GOLDEN = path.join(FIXTURES, 'otava/tigerbeetle_golden.json');
const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden;

describe('change points on the Tigerbeetle history (Otava tests/tigerbeetle_test.py)', () => {
  it('has every case of the oracle', () => {
    expect(golden.series).toHaveLength(365);
    expect(golden.cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of golden.cases) {
    const { window_len, max_pvalue, min_magnitude } = c.params;
    it(`${c.test}: window ${window_len}, p ≤ ${max_pvalue}, magnitude > ${min_magnitude}`, () => {
      const found = changePoints(golden.series, {
        windowLength: window_len,
        maxP: max_pvalue,
        minMagnitude: min_magnitude,
      });
      expect(found.map((cp) => cp.index)).toEqual(c.expected_change_point_indexes);
    });
  }
});
