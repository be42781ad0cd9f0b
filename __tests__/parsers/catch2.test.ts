import { describe, expect, it } from 'vitest';
import { parseCatch2 } from '../../src/parsers/catch2.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { fixture } from '../helpers/fixtures.js';

describe('Catch2 benchmarks', () => {
  it('reads the console table: mean with its bounds in ns, samples, std dev, per test case', () => {
    const out = parseCatch2(fixture('catch2/baseline.txt'));
    expect(out.results.map((r) => r.id)).toEqual([
      'Hashing::mix [ns]',
      'Hashing::count primes < 20000 [ns]',
      'Fibonacci::fib 20 [ns]',
      'Fibonacci::fib 15 advanced [ns]',
    ]);
    expect(out.results[0]).toMatchObject({
      n: 30,
      value: 17833.1,
      mean: 17833.1,
      stddev: 3640.15,
      ci: { lo: 17118.4, hi: 20655.8, level: 0.95 },
      extra: { iterations: 2, estimatedRunTime: 8417940, stddevCi: { lo: 283.785, hi: 7553.12 } },
      source: { file: 'catch2/baseline.txt', line: 16 },
    });
    expect(out.results[1]?.value).toBe(4678960);
  });

  it('reads the XML reporter with the same ids', () => {
    const out = parseCatch2(fixture('catch2/baseline_xml.xml'));
    expect(out.results.map((r) => r.id)).toEqual(
      parseCatch2(fixture('catch2/baseline.txt')).results.map((r) => r.id),
    );
    expect(out.results[0]).toMatchObject({
      n: 30,
      value: 175432,
      stddev: 195423,
      ci: { lo: 125851, hi: 284318, level: 0.95 },
      extra: { iterations: 4, resamples: 100000, outliers: { highSevere: 1 } },
    });
  });

  it("reads github-action-benchmark's Catch2 v2 and v3 outputs", () => {
    const v3 = parseCatch2(fixture('github-action-benchmark/extract/catch2_output_v3.txt'));
    expect(v3.results.map((r) => [r.id, r.value, r.n])).toEqual([
      ['Fibonacci::Fibonacci 10 [ns]', 344, 100],
      ['Fibonacci::Fibonacci 20 [ns]', 41731, 100],
      ['More Fibonacci::Fibonacci~ 5! [ns]', 36, 100],
      ['More Fibonacci::Fibonacci-15_bench [ns]', 3789, 100],
    ]);
    expect(parseCatch2(fixture('github-action-benchmark/extract/catch2_output_v2.txt')).results).toHaveLength(
      4,
    );
  });

  it('is detected, and a table cut short gets one line naming the line', () => {
    expect(detectFormat(fixture('catch2/baseline.txt'))).toBe('catch2');
    expect(detectFormat(fixture('catch2/baseline_xml.xml'))).toBe('catch2');
    const text = fixture('catch2/baseline.txt').text.split('\n').slice(0, 17).join('\n');
    expect(() => parseCatch2({ path: 'c.txt', text })).toThrow(
      'c.txt: line 17: expected the mean and std dev lines of benchmark "mix"',
    );
  });
});
