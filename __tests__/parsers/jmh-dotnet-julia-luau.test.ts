// The formats of tools that cannot run here: their only real outputs are github-action-benchmark's test data
// (collected from that action's users), in fixtures/github-action-benchmark/extract/.
import { describe, expect, it } from 'vitest';
import { parseBenchmarkDotNet } from '../../src/parsers/benchmarkdotnet.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseInputs } from '../../src/parsers/index.js';
import { parseJmh } from '../../src/parsers/jmh.js';
import { parseJulia } from '../../src/parsers/julia.js';
import { parseLuau } from '../../src/parsers/luau.js';
import { fixture } from '../helpers/fixtures.js';

const GAB = 'github-action-benchmark/extract';

describe('JMH -rf json', () => {
  it('takes rawData as samples in scoreUnit, thrpt as bigger-is-better, the 99.9% interval', () => {
    const [hello] = parseJmh(fixture(`${GAB}/jmh_output.json`)).results;
    expect(hello).toMatchObject({
      id: 'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere [ops/s]',
      unit: 'ops/s',
      direction: 'bigger',
      n: 3,
      samples: [3376842765.688582, 3376519888.95058, 3375353964.729294],
      value: 3376519888.95058,
      ci: { lo: 3361950887.3788824, hi: 3390526858.8667545, level: 0.999 },
      extra: { mode: 'thrpt', forks: 1, score: 3376238873.1228185, scoreError: 14287985.743935993 },
    });
    expect(detectFormat(fixture(`${GAB}/jmh_output.json`))).toBe('jmh');
    expect(parseJmh(fixture(`${GAB}/jmh_output_2.json`)).results).toHaveLength(1);
  });

  it('rejects a metric without scoreUnit in one line', () => {
    const doc = JSON.parse(fixture(`${GAB}/jmh_output.json`).text);
    delete doc[0].primaryMetric.scoreUnit;
    expect(() => parseJmh({ path: 'j.json', text: JSON.stringify(doc) })).toThrow(
      'j.json: $[0].primaryMetric.scoreUnit: expected "scoreUnit" string',
    );
  });
});

describe('BenchmarkDotNet full JSON', () => {
  const out = parseBenchmarkDotNet(fixture(`${GAB}/benchmarkdotnet.json`));

  it('takes Statistics.OriginalValues as ns samples, the interval at its level, statistics in extra', () => {
    expect(out.results.map((r) => r.id)).toEqual([
      'Sample.Benchmarks.Fib10 [ns]',
      'Sample.Benchmarks.Fib20 [ns]',
    ]);
    expect(out.results[0]).toMatchObject({
      suite: 'Sample',
      n: 14,
      value: 24.419498533010483,
      mean: 24.4202085009643,
      stddev: 0.1981212530783709,
      ci: { lo: 24.196714903212072, hi: 24.643702098716528, level: 0.999 },
      extra: {
        statistics: { Q1: 24.332126095891, Percentiles: { P95: 24.706654296815394 } },
        measurements: { 'Workload Pilot': 16, 'Overhead Jitting': 2, 'Workload Jitting': 2 },
      },
    });
    expect(detectFormat(fixture(`${GAB}/benchmarkdotnet.json`))).toBe('benchmarkdotnet');
  });

  it('rejects a benchmark without OriginalValues in one line', () => {
    const doc = JSON.parse(fixture(`${GAB}/benchmarkdotnet.json`).text);
    delete doc.Benchmarks[1].Statistics.OriginalValues;
    expect(() => parseBenchmarkDotNet({ path: 'd.json', text: JSON.stringify(doc) })).toThrow(
      'd.json: $.Benchmarks[1].Statistics.OriginalValues: expected a non-empty array of numbers',
    );
  });
});

describe('Julia BenchmarkTools.save JSON', () => {
  it('names each TrialEstimate by its group path, time in ns, memory/allocs/gctime/tags in extra', () => {
    const out = parseJulia(fixture(`${GAB}/julia_output.json`));
    expect(out.results.map((r) => [r.id, r.value, r.n])).toEqual([
      ['fib/10 [ns]', 246.03846153846155, 1],
      ['fib/20 [ns]', 31028, 1],
    ]);
    expect(out.results[0]?.extra).toMatchObject({
      type: 'TrialEstimate',
      allocs: 0,
      memory: 0,
      gctime: 0,
      parameters: { evals: 390, samples: 10000 },
      tags: ['tag1', 'tag2'],
    });
    expect(detectFormat(fixture(`${GAB}/julia_output.json`))).toBe('julia');
  });
});

describe('Luau bench output (github-action-benchmark benchmarkluau)', () => {
  it('reads the SUCCESS lines, the minimum from the results table, and skips the Total row', () => {
    const out = parseInputs([fixture(`${GAB}/benchmarkluau_output.txt`)], 'benchmarkluau');
    expect(out.results.map((r) => [r.id, r.value, r.min, r.extra?.stddevPercent, r.format])).toEqual([
      ['base64 [ms]', 15.041, 14.831, 0.636, 'luau'],
      ['chess [ms]', 69.56, 69.106, 0.212, 'luau'],
      ['life [ms]', 85.089, 84.696, 0.187, 'luau'],
    ]);
    expect(detectFormat(fixture(`${GAB}/benchmarkluau_output.txt`))).toBe('luau');
    expect(() => parseLuau({ path: 'l.txt', text: 'Total | 1ms\n' })).toThrow(
      'l.txt: no benchmark results found',
    );
  });
});
