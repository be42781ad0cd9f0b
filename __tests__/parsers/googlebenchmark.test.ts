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
