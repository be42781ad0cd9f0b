import { describe, expect, it } from 'vitest';
import {
  conversionFactor,
  directionOfUnit,
  formatValue,
  parseQuantity,
  unitKind,
} from '../../src/model/units.js';

describe('formatValue', () => {
  it.each([
    // Times: the largest of ns/µs/ms/s that keeps the value ≥ 1, the /op denominator kept.
    [0.2009, 'ns/op', '0.2009 ns/op'],
    [59.1, 'ns/op', '59.1 ns/op'],
    [193.45, 'ns/op', '193.4 ns/op'],
    [999.4, 'ns/op', '999.4 ns/op'],
    [1000, 'ns/op', '1 µs/op'],
    [1047.25, 'ns/op', '1.047 µs/op'],
    [146_800.5, 'ns/op', '146.8 µs/op'],
    [1_690_000, 'ns/op', '1.69 ms/op'],
    [2_500_000_000, 'ns/op', '2.5 s/op'],
    [123_456_789_000, 'ns/op', '123.5 s/op'],
    [1.5, 'ns/item', '1.5 ns/item'],
    [3, 'ps', '0.003 ns'],
    [2.2184e-5, 's', '22.18 µs'],
    [0.00108852, 's', '1.089 ms'],
    [1.75505e-7, 's', '175.5 ns'],
    [42, 's', '42 s'],
    [0.1896, 'ms', '189.6 µs'],
    [1.135, 'ms', '1.135 ms'],
    [1500, 'ms', '1.5 s'],
    [750, 'us', '750 µs'],
    [750, 'µs', '750 µs'],
    [12.5, 'sec/op', '12.5 s/op'],
    // Sizes: IEC units.
    [0.5, 'B/op', '0.5 B/op'],
    [512, 'B/op', '512 B/op'],
    [1023, 'B/op', '1023 B/op'],
    [1024, 'B/op', '1 KiB/op'],
    [1536, 'B', '1.5 KiB'],
    [4_194_304, 'B/op', '4 MiB/op'],
    [3 * 1024 ** 3, 'B', '3 GiB'],
    [1, 'MB', '976.6 KiB'],
    [1536, 'KiB', '1.5 MiB'],
    // Rates keep their own unit with an SI prefix.
    [961.8, 'MB/s', '961.8 MB/s'],
    [1500, 'MB/s', '1.5k MB/s'],
    [2_500_000, 'B/s', '2.5M B/s'],
    [51_234, 'ops/s', '51.23k ops/s'],
    [4356.7, 'ops/sec', '4.357k ops/sec'],
    [7.25e9, 'hz', '7.25G hz'],
    [1e12, 'ops/s', '1T ops/s'],
    [12.3, 'Melem/s', '12.3 Melem/s'],
    // Counts and custom units likewise.
    [1, 'allocs/op', '1 allocs/op'],
    [5_000_000, 'allocs/op', '5M allocs/op'],
    [3.25, 'items/op', '3.25 items/op'],
    [87.5, '%', '87.5 %'],
    [0.000123, 'hits/op', '0.000123 hits/op'],
    // Signs, zero and non-numbers.
    [-1500, 'ns', '-1.5 µs'],
    [-2048, 'B', '-2 KiB'],
    [0, 'ns/op', '0 ns/op'],
    [0, 'B/op', '0 B/op'],
    [0, 'ops/s', '0 ops/s'],
    [Number.NaN, 'ms', 'NaN ms'],
    [Number.POSITIVE_INFINITY, 'ns/op', 'Infinity ns/op'],
  ])('%d %s → %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it.each([
    [999.96, 'ns/op', '1 µs/op'],
    [0.99996, 'ms', '1 ms'],
    [999.96, 'ms', '1 s'],
    [1023.99, 'B', '1 KiB'],
    [999.96, 'ops/s', '1k ops/s'],
    [999_999.9, 'ops/s', '1M ops/s'],
  ])('moves %d %s up a unit when rounding reaches 1000 (%j, not "1000 …")', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('keeps 4 significant digits', () => {
    expect(formatValue(123.456789, 'ns')).toBe('123.5 ns');
    expect(formatValue(1.23456789, 'ns')).toBe('1.235 ns');
    expect(formatValue(0.0123456789, 'ns')).toBe('0.01235 ns');
  });
});

describe('conversionFactor', () => {
  it.each([
    ['ns/op', 'ns/op', 1],
    ['ms', 'ns/op', 1e6],
    ['ms', 'ns', 1e6],
    ['s', 'ns', 1e9],
    ['µs', 'ns', 1000],
    ['us', 'ms', 0.001],
    ['ps', 'ns', 0.001],
    ['ns/op', 'sec/op', 1e-9],
    ['ns', 's', 1e-9],
    ['KiB', 'B/op', 1024],
    ['MiB', 'B', 1024 ** 2],
    ['kB', 'B', 1000],
    ['GB', 'MB', 1000],
    ['MB/s', 'B/s', 1e6],
    ['MiB/s', 'B/s', 1024 ** 2],
    ['Kelem/s', 'elem/s', 1000],
    ['Gelem/s', 'Melem/s', 1000],
    ['allocs/op', 'allocs/op', 1],
  ])('%s → %s is exactly %d', (from, to, factor) => {
    expect(conversionFactor(from, to)).toBe(factor);
  });

  it.each([
    ['ns/op', 'ns/item'],
    ['ms', 'B/op'],
    ['ms', 'MB/s'],
    ['MB', 'MB/s'],
    ['B', 'B/s'],
    ['MB/s', 'MB'],
    ['allocs', 'allocs/op'],
    ['items/op', 'allocs/op'],
    ['elem/s', 'B/s'],
    ['ops/s', 'ns/op'],
  ])('%s and %s do not convert', (from, to) => {
    expect(conversionFactor(from, to)).toBeUndefined();
  });
});

describe('parseQuantity', () => {
  it.each([
    ['5ms', 5, 'ms'],
    ['500 ns', 500, 'ns'],
    ['1.5 MiB', 1.5, 'MiB'],
    ['100 allocs/op', 100, 'allocs/op'],
    ['2e3 ops/s', 2000, 'ops/s'],
    ['1E-3s', 0.001, 's'],
    ['.5 s', 0.5, 's'],
    ['  7.  B/op  ', 7, 'B/op'],
    ['0 allocs/op', 0, 'allocs/op'],
    ['-3 ms', -3, 'ms'],
    ['+3 ms', 3, 'ms'],
  ])('%j is %d %s', (text, value, unit) => {
    expect(parseQuantity(text)).toEqual({ value, unit });
  });

  it.each([
    '',
    'ms',
    '5',
    '500',
    '1e3',
    '1.5',
    '5 m s',
    'five ms',
    '1e999 ns',
    '1,5 ms',
    '5ms extra',
    '..5 s',
  ])('%j is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('unitKind', () => {
  it.each([
    ['ns/op', 'time'],
    ['sec/op', 'time'],
    ['s', 'time'],
    ['ms', 'time'],
    ['µs', 'time'],
    ['ns/item', 'time'],
    ['ns', 'time'],
    ['MB/s', 'throughput'],
    ['B/s', 'throughput'],
    ['ops/s', 'throughput'],
    ['hz', 'throughput'],
    ['Melem/s', 'throughput'],
    ['B/op', 'memory'],
    ['KiB', 'memory'],
    ['MB', 'memory'],
    ['B/iter', 'memory'],
    ['allocs/op', 'count'],
    ['items/op', 'count'],
    ['hits/op', 'count'],
    ['%', 'count'],
    ['B/item', 'count'],
  ])('%s measures %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });
});

describe('directionOfUnit', () => {
  it.each([
    'MB/s',
    'B/s',
    'ops/s',
    'ops/sec',
    'hz',
    'Hz',
    'items/s',
    'elem/s',
    'Melem/s',
    'req/s',
    'rows/sec',
    'frames/second',
    'ops',
    'throughput',
  ])('%s: bigger is better', (unit) => {
    expect(directionOfUnit(unit)).toBe('bigger');
  });

  it.each([
    'ns/op',
    's',
    'ms',
    'ns',
    'B/op',
    'allocs/op',
    'MB',
    's/op',
    'ns/item',
    'items/op',
    '%',
    'hits/op',
    'Percent',
    'Megabytes',
  ])('%s: smaller is better', (unit) => {
    expect(directionOfUnit(unit)).toBe('smaller');
  });
});
