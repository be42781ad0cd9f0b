import { describe, expect, it } from 'vitest';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseGoogleBenchmark } from '../../src/parsers/googlebenchmark.js';
import { parseInputs } from '../../src/parsers/index.js';
import { fixture } from '../helpers/fixtures.js';

function byId(out: ParseOutput, id: string): BenchmarkResult {
  const found = out.results.find((r) => r.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

describe('Google Benchmark JSON (--benchmark_format=json)', () => {
  const out = parseGoogleBenchmark(fixture('google-benchmark/reps5.json'));

  it('takes the 5 repetitions as samples of real_time in time_unit, cpu_time and iterations in extra', () => {
    const fib = byId(out, 'BM_FibRec/10 [us]');
    expect(fib).toMatchObject({
      name: 'BM_FibRec/10',
      unit: 'us',
      direction: 'smaller',
      n: 5,
      samples: [
        0.08851588237849889, 0.09832842270735949, 0.07312872886828067, 0.07527717671483611,
        0.07303091615884234,
      ],
      value: 0.07527717671483611,
    });
    expect(fib.extra).toMatchObject({
      iterations: [7091696, 7091696, 7091696, 7091696, 7091696],
      cpuTime: [
        0.08849149385422049, 0.09757936042379706, 0.0731051508694112, 0.07525581116280222,
        0.07300396167574012,
      ],
      aggregates: { mean: 0.08165622536556351, cv: 0.13866429656109655 },
      cpuTimeAggregates: { mean: 0.08148715559719422 },
    });
  });

  it('makes counters series of their own with their direction', () => {
    expect(byId(out, 'BM_Sort/64 [B/s]')).toMatchObject({
      direction: 'bigger',
      n: 5,
      value: 1551719109.0427167,
    });
    expect(byId(out, 'BM_StringJoin/parts:4/len:8 [items/s]')).toMatchObject({ direction: 'bigger', n: 5 });
    expect(byId(out, 'BM_StringJoin/parts:4/len:8 [joins_rate]')).toMatchObject({
      direction: 'bigger',
      extra: { counter: 'joins_rate', assumedDirection: true },
    });
    expect(byId(out, 'BM_StringJoin/parts:4/len:8 [parts]')).toMatchObject({
      direction: 'smaller',
      value: 4,
    });
  });

  it('keeps BigO and RMS in the family, and warns about a benchmark that errored', () => {
    expect(byId(out, 'BM_Sort/512 [ns]').extra?.complexity).toMatchObject({
      BigO: { big_o: 'NlgN', real_coefficient: 2.4735133107326366 },
      RMS: { rms: 0.14964864347005913 },
    });
    expect(out.warnings).toEqual([
      {
        file: 'google-benchmark/reps5.json',
        message:
          '$.benchmarks[92]: benchmark BM_SkipsWithError failed: simulated failure: resource unavailable; it has no result',
      },
    ]);
    expect(out.results).toHaveLength(22);
  });

  it('uses the aggregates only when there are no repetitions to read (--benchmark_report_aggregates_only)', () => {
    const agg = parseGoogleBenchmark(fixture('google-benchmark/reps3_aggregates_only.json'));
    expect(byId(agg, 'BM_FibRec/10 [us]')).toMatchObject({
      n: 3,
      value: 0.18537364638641304,
      median: 0.18537364638641304,
      mean: 0.20249666475871028,
      stddev: 0.037849184922176156,
    });
    expect(byId(agg, 'BM_FibRec/10 [us]').samples).toBeUndefined();
  });

  it('reads a run without repetitions as one value per benchmark', () => {
    const single = parseGoogleBenchmark(fixture('google-benchmark/single_run.json'));
    expect(byId(single, 'BM_FibRec/10 [us]').n).toBe(1);
  });

  it("reads github-action-benchmark users' output under its tool name googlecpp", () => {
    const gab = parseInputs([fixture('github-action-benchmark/extract/googlecpp_output.json')], 'googlecpp');
    expect(gab.results.map((r) => [r.id, r.value, r.format])).toEqual([
      ['fib_10 [ns]', 214.98980114547953, 'googlebenchmark'],
      ['fib_20 [ns]', expect.any(Number), 'googlebenchmark'],
    ]);
  });

  it('is detected, and a broken entry gets one line naming the field', () => {
    expect(detectFormat(fixture('google-benchmark/reps5.json'))).toBe('googlebenchmark');
    const doc = JSON.parse(fixture('google-benchmark/single_run.json').text);
    doc.benchmarks[2].real_time = 'fast';
    expect(() => parseGoogleBenchmark({ path: 'b.json', text: JSON.stringify(doc) })).toThrow(
      'b.json: $.benchmarks[2].real_time: expected a number',
    );
  });
});

describe('Google Benchmark console output (--benchmark_format=console, the default)', () => {
  const console3 = parseGoogleBenchmark(fixture('google-benchmark/reps3_console.txt'));

  it('reads repetitions as samples and the aggregates next to them, as printed', () => {
    expect(byId(console3, 'BM_FibRec/10 [us]')).toMatchObject({
      n: 3,
      samples: [0.229, 0.325, 0.22],
      value: 0.229,
      extra: {
        iterations: [11302325, 11302325, 11302325],
        cpuTime: [0.062, 0.061, 0.061],
        aggregates: { mean: 0.258, median: 0.229, stddev: 0.058, cv: 0.2261 },
      },
    });
    // bytes_per_second is printed with k = 1024 (1.3557G/s is 1.3557 × 2^30 B/s); other counters with k = 1000.
    expect(byId(console3, 'BM_Sort/64 [B/s]')).toMatchObject({
      direction: 'bigger',
      samples: [1.3557 * 1024 ** 3, 1.34912 * 1024 ** 3, 1.35103 * 1024 ** 3],
    });
    const join = parseGoogleBenchmark(fixture('google-benchmark/single_run_console.txt'));
    expect(byId(join, 'BM_StringJoin/parts:64/len:32 [items/s]').value).toBe(178.127e6);
    expect(byId(join, 'BM_StringJoin/parts:64/len:32 [bytes_per_iter]').value).toBe(2112);
    expect(byId(join, 'BM_StringJoin/parts:64/len:32 [parts]').value).toBe(64);
  });

  it.each([
    ['reps3_console.txt', 'reps3_console.json'],
    ['single_run_console.txt', 'single_run_console.json'],
  ])('%s gives the series of the JSON of the same run (%s), to the console rounding', (text, json) => {
    const fromText = parseGoogleBenchmark(fixture(`google-benchmark/${text}`));
    const fromJson = parseGoogleBenchmark(fixture(`google-benchmark/${json}`));
    expect(fromText.results.map((r) => [r.id, r.direction, r.n])).toEqual(
      fromJson.results.map((r) => [r.id, r.direction, r.n]),
    );
    fromJson.results.forEach((expected, i) => {
      const got = fromText.results[i] as BenchmarkResult;
      (expected.samples ?? []).forEach((x, k) => {
        // 3 significant digits at least (`0.229 us`, `534 ns`, `1.3557G/s`): within 0.5%.
        expect(Math.abs((got.samples?.[k] as number) / x - 1), `${expected.id} sample ${k}`).toBeLessThan(
          0.005,
        );
      });
    });
    expect(fromText.warnings.map((w) => w.message.replace(/^line \d+: /, ''))).toEqual(
      fromJson.warnings.map((w) => w.message.replace(/^\$\.benchmarks\[\d+\]: /, '')),
    );
  });

  it('uses the aggregates only when there are no repetitions to read', () => {
    const out = parseGoogleBenchmark(fixture('google-benchmark/reps3_aggregates_only_console.txt'));
    expect(byId(out, 'BM_FibRec/20 [us]')).toMatchObject({
      n: 3,
      value: 9.46,
      mean: 9.49,
      stddev: 0.172,
      extra: { cv: 0.0181 },
    });
    expect(byId(out, 'BM_Sort/64 [B/s]')).toMatchObject({
      value: 1.49299 * 1024 ** 3,
      extra: { cv: 0.0186 },
    });
  });

  it('refuses counters printed as columns (--benchmark_counters_tabular) in one line', () => {
    expect(() => parseGoogleBenchmark(fixture('google-benchmark/tabular_console.txt'))).toThrow(
      'google-benchmark/tabular_console.txt: line 12: counters printed as columns (--benchmark_counters_tabular) are not read; write --benchmark_format=json',
    );
  });

  it('is detected, and a line with an unknown time unit gets one line naming it', () => {
    const file = fixture('google-benchmark/single_run_console.txt');
    expect(detectFormat(file)).toBe('googlebenchmark');
    const text = file.text.replace('35.4 us', '35.4 ages');
    expect(() => parseGoogleBenchmark({ path: 'b.txt', text })).toThrow(
      'b.txt: line 15: expected a time like "534 ns" and a CPU time in "BM_FibRec/20',
    );
  });
});
