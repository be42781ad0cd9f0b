// A suite larger than any argument list: a go output of 130,000 series (more than the ~125,000 values
// a spread into push() or Math.max() takes before the stack overflows) through parseRun and compare.
// Not timed: it only has to work. The baseline holds the first 2,000 series, so that compare() walks
// every input without testing each (the suite bench measures that).
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { parseRun } from '../../src/parsers/index.js';
import { jsonReportParts } from '../../src/render/json.js';
import { bigGoChunks } from '../bench/big-go.js';

const BENCHMARKS = 32_500;
const goText = (seed: number) => [...bigGoChunks(BENCHMARKS, 1, seed)].join('\n');

describe('a suite of 130,000 series', () => {
  it('parses one file of them and compares it with a baseline, every series in the report', () => {
    const baseline = parseRun([{ path: 'old.txt', text: goText(1) }], 'go');
    const current = parseRun([{ path: 'new.txt', text: goText(2) }], 'go');
    expect(current.results).toHaveLength(4 * BENCHMARKS);
    const report = compare([{ results: baseline.results.slice(0, 2000) }], current.results);
    expect(report.series).toHaveLength(4 * BENCHMARKS);
    expect(report.counts.new).toBe(4 * BENCHMARKS - 2000);
    let parts = 0;
    for (const part of jsonReportParts(report)) parts += part.length > 0 ? 1 : 0;
    expect(parts).toBeGreaterThan(4 * BENCHMARKS);
  });
});
