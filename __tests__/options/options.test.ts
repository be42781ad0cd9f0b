import { describe, expect, it } from 'vitest';
import {
  type Budget,
  budgetFor,
  defaultCompareOptions,
  globMatches,
  parseAlpha,
  parseBudgets,
  parsePercentiles,
  parseThresholds,
  type SeriesKey,
  thresholdFor,
  thresholdWarnings,
} from '../../src/engine/options.js';
import { InputError } from '../../src/model/errors.js';
import { directionOfUnit } from '../../src/model/units.js';

function seriesKey(name: string, unit: string, scope?: string): SeriesKey {
  return {
    id: `${scope ? `${scope}::` : ''}${name} [${unit}]`,
    name,
    unit,
    direction: directionOfUnit(unit),
  };
}

/** The message of the InputError `parse` throws; fails the test if it throws anything else or nothing. */
function errorOf(parse: () => unknown): string {
  try {
    parse();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('parseThresholds', () => {
  it('reads a bare percentage as the default', () => {
    expect(parseThresholds('5%')).toEqual({ default: 0.05, rules: [] });
    expect(parseThresholds(' 12.5 % ')).toEqual({ default: 0.125, rules: [] });
    expect(parseThresholds('0%')).toEqual({ default: 0, rules: [] });
  });

  it('defaults to 10% when empty', () => {
    expect(parseThresholds('')).toEqual({ default: 0.1, rules: [] });
    expect(parseThresholds('\n \n')).toEqual({ default: 0.1, rules: [] });
  });

  it('reads overrides by kind, unit and benchmark glob, comma- or newline-separated', () => {
    expect(parseThresholds('10%, time: 5%, allocs/op: 0%\nBenchmarkParse*: 2.5%\r\n  memory:1%  ')).toEqual({
      default: 0.1,
      rules: [
        { key: 'time', threshold: 0.05 },
        { key: 'allocs/op', threshold: 0 },
        { key: 'BenchmarkParse*', threshold: 0.025 },
        { key: 'memory', threshold: 0.01 },
      ],
    });
  });

  it('splits a rule at its last colon, so keys may hold `::`', () => {
    expect(parseThresholds('tests/test_x.py::test_sort*: 3%').rules).toEqual([
      { key: 'tests/test_x.py::test_sort*', threshold: 0.03 },
    ]);
  });

  it.each([
    ['10', 'threshold: "10" is not a percentage; expected e.g. "10%"'],
    ['ten%', 'threshold: "ten%" is not a percentage; expected e.g. "10%"'],
    ['-5%', 'threshold: "-5%" is not a percentage; expected e.g. "10%"'],
    ['5%%', 'threshold: "5%%" is not a percentage; expected e.g. "10%"'],
    ['time: 5', 'threshold "time": "5" is not a percentage; expected e.g. "10%"'],
    ['time: 0.05', 'threshold "time": "0.05" is not a percentage; expected e.g. "10%"'],
    [': 5%', 'threshold: ": 5%" is not a rule; expected "<metric|unit|benchmark glob>: N%"'],
    ['time:', 'threshold: "time:" is not a rule; expected "<metric|unit|benchmark glob>: N%"'],
  ])('rejects %j: %s', (text, message) => {
    expect(errorOf(() => parseThresholds(text))).toBe(message);
  });

  it('names the option it reads in its errors, on one line', () => {
    const message = errorOf(() => parseThresholds('5%\nBenchmarkX: fast', '--threshold'));
    expect(message).toBe('--threshold "BenchmarkX": "fast" is not a percentage; expected e.g. "10%"');
    expect(message).not.toContain('\n');
  });
});

describe('parseBudgets', () => {
  it('reads `glob: quantity` entries, comma- or newline-separated, in order', () => {
    expect(
      parseBudgets('test_opa_eval: 5ms, BenchmarkCache*: 500ns\n*: 100 allocs/op\n\nBenchmarkZero: 0 B/op'),
    ).toEqual([
      { pattern: 'test_opa_eval', limit: { value: 5, unit: 'ms' } },
      { pattern: 'BenchmarkCache*', limit: { value: 500, unit: 'ns' } },
      { pattern: '*', limit: { value: 100, unit: 'allocs/op' } },
      { pattern: 'BenchmarkZero', limit: { value: 0, unit: 'B/op' } },
    ]);
  });

  it('is empty for an empty input', () => {
    expect(parseBudgets('')).toEqual([]);
  });

  it.each([
    ['5ms', 'budgets: "5ms" is not a budget; expected "<benchmark glob>: <limit>" like "BenchmarkX*: 500ns"'],
    [
      ': 5ms',
      'budgets: ": 5ms" is not a budget; expected "<benchmark glob>: <limit>" like "BenchmarkX*: 500ns"',
    ],
    [
      'BenchmarkX: fast',
      'budgets "BenchmarkX": "fast" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"',
    ],
    [
      'BenchmarkX: 500',
      'budgets "BenchmarkX": "500" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"',
    ],
    [
      'BenchmarkX: -5ms',
      'budgets "BenchmarkX": "-5ms" is negative; a budget is a limit like "5ms" or "0 allocs/op"',
    ],
  ])('rejects %j: %s', (text, message) => {
    expect(errorOf(() => parseBudgets(text))).toBe(message);
  });

  it('names the option it reads in its errors', () => {
    expect(errorOf(() => parseBudgets('x', '--budget'))).toBe(
      '--budget: "x" is not a budget; expected "<benchmark glob>: <limit>" like "BenchmarkX*: 500ns"',
    );
  });
});

describe('budgets on a tail percentile', () => {
  it('reads `glob: p95 < limit` and `glob: p99 < limit` next to plain limits', () => {
    expect(parseBudgets('test_opa_eval: p95 < 5ms, *: p99<2ms\nBenchmarkX: 1ms')).toEqual([
      { pattern: 'test_opa_eval', limit: { value: 5, unit: 'ms' }, statistic: 'p95' },
      { pattern: '*', limit: { value: 2, unit: 'ms' }, statistic: 'p99' },
      { pattern: 'BenchmarkX', limit: { value: 1, unit: 'ms' } },
    ]);
  });

  it.each([
    [
      'x: p90 < 5ms',
      'budgets "x": "p90 < 5ms" names no statistic this version reads; expected "<limit>" or "p95 < <limit>" or "p99 < <limit>"',
    ],
    [
      'x: mean < 5ms',
      'budgets "x": "mean < 5ms" names no statistic this version reads; expected "<limit>" or "p95 < <limit>" or "p99 < <limit>"',
    ],
    [
      'x: p95 5ms',
      'budgets "x": "p95 5ms" has no "< <limit>" after p95; expected "<limit>" or "p95 < <limit>" or "p99 < <limit>"',
    ],
    [
      'x: p95 <',
      'budgets "x": "p95 <" has no "< <limit>" after p95; expected "<limit>" or "p95 < <limit>" or "p99 < <limit>"',
    ],
    [
      'x: p95 < fast',
      'budgets "x": "p95 < fast" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"',
    ],
  ])('rejects "%s" in one line: %s', (text, message) => {
    expect(errorOf(() => parseBudgets(text))).toBe(message);
  });
});

describe('parsePercentiles', () => {
  it.each([
    ['', []],
    ['none', []],
    ['p95', ['p95']],
    ['p95, p99', ['p95', 'p99']],
    ['P99\np95\np99', ['p99', 'p95']],
  ])('reads "%s"', (text, expected) => {
    expect(parsePercentiles(text)).toEqual(expected);
  });

  it('rejects a percentile it does not compare, naming the ones it does', () => {
    expect(errorOf(() => parsePercentiles('p95, p90', 'input "percentiles"'))).toBe(
      'input "percentiles": "p90" is not a percentile this version compares; expected p95, p99 or none',
    );
  });
});

describe('parseAlpha', () => {
  it.each([
    ['0.05', 0.05],
    [' 0.01 ', 0.01],
    ['1e-3', 0.001],
    ['0.999', 0.999],
  ])('reads %j as %d', (text, alpha) => {
    expect(parseAlpha(text)).toBe(alpha);
  });

  it.each(['', ' ', '0', '1', '1.5', '-0.05', '5%', 'abc', 'NaN', 'Infinity'])('rejects %j', (text) => {
    expect(errorOf(() => parseAlpha(text, '--alpha'))).toBe(
      `--alpha: "${text}" must be a number between 0 and 1 (exclusive), e.g. 0.05`,
    );
  });

  it('defaults to 0.05 with a 10% threshold and no budgets', () => {
    expect(defaultCompareOptions()).toEqual({
      thresholds: { default: 0.1, rules: [] },
      alpha: 0.05,
      budgets: [],
    });
  });
});

describe('thresholdFor', () => {
  const rules = parseThresholds('10%, time: 5%, ns/op: 3%, BenchmarkParse*: 1%, memory: 0%, throughput: 7%');

  it('prefers a benchmark glob over a unit, a unit over a kind, a kind over the default', () => {
    expect(thresholdFor(seriesKey('BenchmarkParseJSON', 'ns/op'), rules)).toBe(0.01);
    expect(thresholdFor(seriesKey('BenchmarkParseJSON', 'B/op'), rules)).toBe(0.01);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'ns/op'), rules)).toBe(0.03);
    expect(thresholdFor(seriesKey('test_encode', 's'), rules)).toBe(0.05);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'B/op'), rules)).toBe(0);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'MB/s'), rules)).toBe(0.07);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'allocs/op'), rules)).toBe(0.1);
  });

  it('does not depend on the order rules are listed in', () => {
    const reversed = parseThresholds('BenchmarkParse*: 1%, ns/op: 3%, time: 5%, 10%');
    expect(thresholdFor(seriesKey('BenchmarkParseJSON', 'ns/op'), reversed)).toBe(0.01);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'ns/op'), reversed)).toBe(0.03);
    expect(thresholdFor(seriesKey('BenchmarkEncode', 'ms'), reversed)).toBe(0.05);
  });

  it('takes the last of several matching globs', () => {
    const two = parseThresholds('Benchmark*: 4%, *JSON: 2%');
    expect(thresholdFor(seriesKey('BenchmarkParseJSON', 'ns/op'), two)).toBe(0.02);
    expect(thresholdFor(seriesKey('BenchmarkParseXML', 'ns/op'), two)).toBe(0.04);
  });

  it('matches a glob against the series id as well, scope and unit included', () => {
    const byScope = parseThresholds('example.com/m/checksum::*: 2%, *[allocs/op]: 0%');
    expect(thresholdFor(seriesKey('BenchmarkAdler32', 'ns/op', 'example.com/m/checksum'), byScope)).toBe(
      0.02,
    );
    expect(thresholdFor(seriesKey('BenchmarkAdler32', 'ns/op', 'example.com/m/other'), byScope)).toBe(0.1);
    expect(thresholdFor(seriesKey('BenchmarkAdler32', 'allocs/op', 'example.com/m/other'), byScope)).toBe(0);
  });

  it('does not read a unit rule for another unit as a glob that matches', () => {
    expect(thresholdFor(seriesKey('BenchmarkX', 'ns/op'), parseThresholds('allocs/op: 0%'))).toBe(0.1);
  });
});

describe('budgetFor', () => {
  const budgets = (text: string): Budget[] => parseBudgets(text);

  it('converts the limit to the series unit: 5ms is 5,000,000 ns/op', () => {
    const key = seriesKey('BenchmarkCacheGet', 'ns/op');
    expect(budgetFor(key, 4_999_999, budgets('BenchmarkCache*: 5ms'))).toEqual({
      limit: 5_000_000,
      written: '5 ms',
      exceeded: false,
    });
    expect(budgetFor(key, 5_000_001, budgets('BenchmarkCache*: 5ms'))?.exceeded).toBe(true);
  });

  it('is a ceiling for smaller-is-better series, reached without being exceeded', () => {
    const key = seriesKey('test_opa_eval', 's');
    expect(budgetFor(key, 0.005, budgets('test_opa_eval: 5ms'))).toEqual({
      limit: 0.005,
      written: '5 ms',
      exceeded: false,
    });
    expect(budgetFor(key, 0.0051, budgets('test_opa_eval: 5ms'))?.exceeded).toBe(true);
    expect(budgetFor(seriesKey('BenchmarkBuf', 'B/op'), 2048, budgets('*: 1 KiB'))).toEqual({
      limit: 1024,
      written: '1 KiB',
      exceeded: true,
    });
  });

  it('is a floor for bigger-is-better series', () => {
    const key = seriesKey('BenchmarkRead', 'MB/s');
    expect(budgetFor(key, 80, budgets('BenchmarkRead: 100 MB/s'))).toEqual({
      limit: 100,
      written: '100 MB/s',
      exceeded: true,
    });
    expect(budgetFor(key, 120, budgets('BenchmarkRead: 100 MB/s'))?.exceeded).toBe(false);
    expect(budgetFor(key, 900, budgets('BenchmarkRead: 1 GB/s'))).toEqual({
      limit: 1000,
      written: '1 GB/s',
      exceeded: true,
    });
    expect(budgetFor(seriesKey('parse', 'ops/s'), 51_234, budgets('parse: 50000 ops/s'))?.exceeded).toBe(
      false,
    );
  });

  it('skips budgets whose unit does not convert to the series unit', () => {
    expect(budgetFor(seriesKey('BenchmarkX', 'ns/op'), 10, budgets('*: 100 allocs/op'))).toBeUndefined();
    expect(budgetFor(seriesKey('BenchmarkX', 'MB/s'), 10, budgets('*: 1 MB'))).toBeUndefined();
    expect(
      budgetFor(seriesKey('BenchmarkX', 'allocs/op'), 150, budgets('*: 1ms, *: 100 allocs/op, *: 1 KiB')),
    ).toEqual({
      limit: 100,
      written: '100 allocs/op',
      exceeded: true,
    });
  });

  it('compares against the exact converted limit: 2µs is 2000 ns, 1.1 GB/s is 1100 MB/s', () => {
    expect(budgetFor(seriesKey('BenchmarkX', 'ns/op'), 2000, budgets('*: 2µs'))).toEqual({
      limit: 2000,
      written: '2 µs',
      exceeded: false,
    });
    expect(budgetFor(seriesKey('test_x', 's'), 0.0011, budgets('*: 1.1ms'))?.exceeded).toBe(false);
    expect(budgetFor(seriesKey('BenchmarkRead', 'MB/s'), 1100, budgets('*: 1.1 GB/s'))).toEqual({
      limit: 1100,
      written: '1.1 GB/s',
      exceeded: false,
    });
  });

  it('applies the last matching budget', () => {
    const key = seriesKey('BenchmarkCacheGet', 'ns/op');
    expect(budgetFor(key, 1500, budgets('*: 1µs, BenchmarkCache*: 2µs'))).toEqual({
      limit: 2000,
      written: '2 µs',
      exceeded: false,
    });
    expect(budgetFor(key, 1500, budgets('BenchmarkCache*: 2µs, *: 1µs'))?.limit).toBe(1000);
  });

  it('is undefined when no budget matches the name', () => {
    expect(
      budgetFor(seriesKey('BenchmarkOther', 'ns/op'), 1, budgets('BenchmarkCache*: 5ms')),
    ).toBeUndefined();
    expect(budgetFor(seriesKey('BenchmarkOther', 'ns/op'), 1, [])).toBeUndefined();
  });
});

describe('globMatches', () => {
  const named = (name: string, unit = 'ns/op') => seriesKey(name, unit);

  it('lets `*` cross `/` (sub-benchmarks) and `?` match one character', () => {
    expect(globMatches('BenchmarkAdler32/*', named('BenchmarkAdler32/size=64'))).toBe(true);
    expect(globMatches('Benchmark*64', named('BenchmarkAdler32/format=csv/size=64'))).toBe(true);
    expect(globMatches('*', named('a/b/c'))).toBe(true);
    expect(globMatches('BenchmarkFib/n=?', named('BenchmarkFib/n=5'))).toBe(true);
    expect(globMatches('BenchmarkFib/n=?', named('BenchmarkFib/n=20'))).toBe(false);
  });

  it('matches the whole name, not a part of it', () => {
    expect(globMatches('Benchmark', named('BenchmarkX'))).toBe(false);
    expect(globMatches('X', named('BenchmarkX'))).toBe(false);
    expect(globMatches('BenchmarkX', named('BenchmarkX'))).toBe(true);
  });

  it('takes regex metacharacters in names literally', () => {
    expect(globMatches('test_sort[10]', named('test_sort[10]'))).toBe(true);
    expect(globMatches('test_sort[10]', named('test_sort1'))).toBe(false);
    expect(globMatches('test_sort[*]', named('test_sort[1000]'))).toBe(true);
    expect(globMatches('fib(20)', named('fib(20)'))).toBe(true);
    expect(globMatches('fib(20)', named('fib20'))).toBe(false);
    expect(globMatches('a.b', named('axb'))).toBe(false);
    expect(globMatches('a+b', named('aab'))).toBe(false);
    expect(globMatches('a+b', named('a+b'))).toBe(true);
    expect(globMatches('^x$|y', named('y'))).toBe(false);
    expect(globMatches('^x$|y', named('^x$|y'))).toBe(true);
    expect(globMatches('{a,b}', named('{a,b}'))).toBe(true);
    expect(globMatches('back\\slash', named('back\\slash'))).toBe(true);
    expect(globMatches('count primes < 20000', named('count primes < 20000'))).toBe(true);
  });

  it('also matches the id, so a glob can pick a package or a unit', () => {
    const key = seriesKey('BenchmarkAdler32', 'ns/op', 'example.com/m/checksum');
    expect(globMatches('example.com/m/checksum::*', key)).toBe(true);
    expect(globMatches('*[ns/op]', key)).toBe(true);
    expect(globMatches('*[B/op]', key)).toBe(false);
  });

  it('lets `*` cross line breaks in names', () => {
    expect(globMatches('a*b', named('a\nb'))).toBe(true);
  });
});

describe('thresholds that read like github-action-benchmark alert-threshold', () => {
  it('warns about a threshold of 100% or more, saying what it means here and what to write', () => {
    expect(thresholdWarnings(parseThresholds('200%'), '--threshold')).toEqual([
      "--threshold: 200% here means a change of +200% (3× as slow); if you mean github-action-benchmark's alert-threshold 200% (2× as slow), write 100%",
    ]);
    expect(thresholdWarnings(parseThresholds('10%, mix: 150%'))).toEqual([
      'threshold "mix": 150% here means a change of +150% (2.5× as slow); if you mean github-action-benchmark\'s alert-threshold 150% (1.5× as slow), write 50%',
    ]);
    expect(thresholdWarnings(parseThresholds('10%'))).toEqual([]);
  });
});
