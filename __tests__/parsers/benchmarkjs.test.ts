import { describe, expect, it } from 'vitest';
import { parseBenchmarkJs } from '../../src/parsers/benchmarkjs.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { fixture } from '../helpers/fixtures.js';

describe('benchmark.js console output', () => {
  it('reads hz as a bigger-is-better ops/s series, runs sampled as n, ±rme as a 95% interval', () => {
    const out = parseBenchmarkJs(fixture('benchmarkjs/baseline.txt'));
    expect(out.results.map((r) => [r.id, r.value, r.n, r.direction, r.extra])).toEqual([
      ['mix [ops/s]', 15771, 30, 'bigger', { rme: 10.44 }],
      ['count primes < 20000 [ops/s]', 369, 35, 'bigger', { rme: 25.09 }],
      ['Array#sort numeric [ops/s]', 1498, 61, 'bigger', { rme: 4.07 }],
    ]);
    expect(out.results[0]?.ci).toEqual({
      lo: 15771 - (15771 * 10.44) / 100,
      hi: 15771 + (15771 * 10.44) / 100,
      level: 0.95,
    });
  });

  it("reads github-action-benchmark's benchmarkjs output, skipping the other lines", () => {
    const out = parseBenchmarkJs(fixture('github-action-benchmark/extract/benchmarkjs_output.txt'));
    expect(out.results.map((r) => [r.name, r.value, r.n])).toEqual([
      ['fib(10)', 1431759, 93],
      ['fib(20)', 12146, 96],
      ['createObjectBuffer with 200 comments', 81.61, 69],
    ]);
  });

  it('is detected, and a file without result lines gets one line', () => {
    expect(detectFormat(fixture('benchmarkjs/regressed.txt'))).toBe('benchmarkjs');
    expect(() => parseBenchmarkJs({ path: 'b.txt', text: 'Fastest is mix\n' })).toThrow(
      'b.txt: no benchmark results found; expected benchmark.js output',
    );
  });
});
