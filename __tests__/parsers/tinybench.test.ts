import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { looksLikeTinybench, parseTinybench } from '../../src/parsers/tinybench.js';
import { FIXTURES, fixture } from '../helpers/fixtures.js';

const TASKS = [
  'mix',
  'count primes < 20000',
  'fibRec(20)',
  'JSON.parse(JSON.stringify(payload))',
  'sort [2000] numbers',
  'async setTimeout(1ms)',
];

function parse(relative: string): ParseOutput {
  return parseTinybench(fixture(relative));
}

function task(out: ParseOutput, name: string): BenchmarkResult {
  const found = out.results.find((r) => r.name === name);
  if (!found) throw new Error(`no result named ${name}`);
  return found;
}

/** Whatever JSON.parse gives: the edits below reach anywhere into a fixture. */
type ParsedJson = ReturnType<typeof JSON.parse>;

/** A real fixture, changed by `edit` after parsing, as input text: for the wrong-shape tests. */
function edited(relative: string, edit: (doc: ParsedJson) => unknown): { path: string; text: string } {
  const doc = JSON.parse(fixture(relative).text);
  const replaced = edit(doc);
  return { path: relative, text: JSON.stringify(replaced === undefined ? doc : replaced) };
}

describe('tinybench 2 ({name, result} per task, flat fields)', () => {
  const out = parse('tinybench/v2_baseline.json');

  it('reads one ms series per task, in file order, without a suite', () => {
    expect(out.results.map((r) => r.name)).toEqual(TASKS);
    expect(out.results.map((r) => r.id)).toEqual(TASKS.map((name) => `${name} [ms]`));
    expect(
      out.results.every((r) => r.unit === 'ms' && r.direction === 'smaller' && r.suite === undefined),
    ).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('keeps the sorted samples and takes their median as the value', () => {
    const primes = task(out, 'count primes < 20000');
    expect(primes.n).toBe(306);
    expect(primes.samples).toHaveLength(306);
    expect(primes.samples?.slice(0, 3)).toEqual([
      0.4816979999999944, 0.4817069999999717, 0.48173700000000963,
    ]);
    expect(primes.samples?.at(-1)).toBe(0.7072640000000092);
    expect(primes.value).toBe(0.48307899999997517);
    expect(primes.median).toBe(0.48307899999997517);
  });

  it('maps mean, min, max, sd and the 95% margin of error (mean ± moe)', () => {
    const primes = task(out, 'count primes < 20000');
    expect(primes).toMatchObject({
      mean: 0.4903137254901968,
      min: 0.4816979999999944,
      max: 0.7072640000000092,
      stddev: 0.02288668939246791,
      ci: {
        lo: 0.4903137254901968 - 0.002564356101610817,
        hi: 0.4903137254901968 + 0.002564356101610817,
        level: 0.95,
      },
      source: { file: 'tinybench/v2_baseline.json' },
    });
  });

  it('keeps hz (ops/s), rme, the percentiles and the rest of the statistics in extra', () => {
    expect(task(out, 'count primes < 20000').extra).toEqual({
      hz: 2039.5105174758028,
      rme: 0.5230031239788508,
      p75: 0.4868749999999977,
      p99: 0.5793219999999906,
      p995: 0.6861019999999769,
      p999: 0.7072640000000092,
      variance: expect.any(Number),
      sem: expect.any(Number),
      df: 305,
      critical: 1.96,
    });
  });

  it('skips a task that threw, with a warning naming it', () => {
    const withError = parse('tinybench/v2_with_error.json');
    expect(withError.results.map((r) => r.name)).toEqual(TASKS);
    expect(withError.warnings).toEqual([
      {
        file: 'tinybench/v2_with_error.json',
        message: '$[6]: task "throws on purpose" failed; it has no timings',
      },
    ]);
  });

  it('reads JSON.stringify(bench.tasks), whose v2 bench carries no name', () => {
    const tasks = parse('tinybench/v2_tasks.json');
    expect(tasks.results.map((r) => r.id)).toEqual(TASKS.map((name) => `${name} [ms]`));
    expect(tasks.results.map((r) => r.n)).toEqual([594, 263, 1952, 1433, 618, 135]);
  });
});

describe('tinybench 3, 4 and 5 (latency and throughput objects next to deprecated flat fields)', () => {
  it('reads tinybench 3 from the latency object: samples, p50 = median of samples, throughput in extra', () => {
    const mix = task(parse('tinybench/v3_baseline.json'), 'mix');
    expect(mix.n).toBe(169);
    expect(mix.samples?.slice(0, 3)).toEqual([0.18460799999991195, 0.18461300000001302, 0.18461300000001302]);
    expect(mix.value).toBe(0.1846490000000358);
    expect(mix.mean).toBe(0.35531826627218904);
    expect(mix.stddev).toBe(0.8099100637019075);
    expect(mix.ci).toEqual({ lo: 0.2323250005865125, hi: 0.4783115319578656, level: 0.95 });
    expect(mix.extra?.hz).toBe(5135.210882390137);
    expect(mix.extra?.throughput).toMatchObject({
      mean: 5135.210882390137,
      p50: 5415.680561496711,
      min: 235.26162386512442,
      max: 5416.8833420029305,
      sd: 1046.568965659663,
      rme: 3.0949533462048717,
      p99: 5416.736632847792,
      variance: 1095306.599881937,
    });
  });

  it('reads tinybench 4', () => {
    const out = parse('tinybench/v4_baseline.json');
    expect(out.results.map((r) => r.name)).toEqual(TASKS);
    const fib = task(out, 'fibRec(20)');
    expect([fib.n, fib.samples?.[0], fib.value, fib.mean]).toEqual([
      615, 0.05164300000001276, 0.05253200000004199, 0.09764085040650704,
    ]);
    expect(fib.ci).toEqual({ lo: 0.06905820781981636, hi: 0.1262234929931977, level: 0.95 });
  });

  it('reads tinybench 5', () => {
    const out = parse('tinybench/v5_baseline.json');
    expect(out.results.map((r) => r.name)).toEqual(TASKS);
    const json = task(out, 'JSON.parse(JSON.stringify(payload))');
    expect([json.n, json.samples?.[0], json.value, json.max]).toEqual([
      299, 0.0847519999999804, 0.08749599999998736, 8.225659000000064,
    ]);
    expect(out.warnings).toEqual([]);
  });

  it('warns about a tinybench 5 task that threw and keeps the others', () => {
    const out = parse('tinybench/v5_with_error.json');
    expect(out.results.map((r) => r.n)).toEqual([308, 117, 746, 293, 131, 64]);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$[6]: task "throws on purpose" failed; it has no timings',
    ]);
  });

  it('takes the suite from the bench name that JSON.stringify(bench.tasks) carries in tinybench 3', () => {
    const out = parse('tinybench/v3_tasks.json');
    expect(out.results.map((r) => r.id)).toEqual(TASKS.map((name) => `benchfix::${name} [ms]`));
    expect(out.results.every((r) => r.suite === 'benchfix')).toBe(true);
    expect(out.results.map((r) => r.n)).toEqual([159, 64, 564, 294, 133, 64]);
  });
});

describe('tinybench 6 (state, latency/throughput, samples only with retainSamples)', () => {
  const out = parse('tinybench/v6_baseline.json');

  it('uses p50 as the value and samplesCount as n when no samples were retained', () => {
    const mix = task(out, 'mix');
    expect(mix).toMatchObject({
      id: 'mix [ms]',
      n: 784,
      value: 0.18952300000000832,
      median: 0.18952300000000832,
      mean: 0.19148349107142837,
      min: 0.1894919999999729,
      max: 0.26882000000000517,
      stddev: 0.007160182927335057,
      ci: { lo: 0.1909815115351518, hi: 0.19198547060770493, level: 0.95 },
    });
    expect(mix.samples).toBeUndefined();
  });

  it('takes hz from the throughput mean, as one series per task (no second ops/s series)', () => {
    expect(out.results).toHaveLength(6);
    expect(task(out, 'mix').extra?.hz).toBe(5228.560832435226);
    expect(task(out, 'mix').extra?.throughput).toMatchObject({
      mean: 5228.560832435226,
      p50: 5276.4044469534365,
    });
  });

  it('warns about an errored task (its Error serialized as {})', () => {
    const withError = parse('tinybench/v6_with_error.json');
    expect(withError.results.map((r) => r.name)).toEqual(TASKS);
    expect(withError.warnings.map((w) => w.message)).toEqual([
      '$[6]: task "throws on purpose" failed; it has no timings',
    ]);
  });

  it('reads retained samples (retainSamples: true)', () => {
    const retained = parse('tinybench/v6_retain_samples_with_error.json');
    expect(retained.results.map((r) => r.n)).toEqual([330, 125, 1127, 696, 277, 64]);
    const sort = task(retained, 'sort [2000] numbers');
    expect(sort.samples?.slice(0, 3)).toEqual([0.20620399999995698, 0.20633799999995972, 0.2065980000000991]);
    expect(sort.value).toBe(0.21067200000004505);
    expect(sort.ci).toEqual({ lo: 0.21465571697881608, hi: 0.21921255016919483, level: 0.95 });
    expect(retained.warnings).toHaveLength(1);
  });

  it('takes the suite from a {name, tasks} wrapper', () => {
    const wrapped = parse('tinybench/v6_wrapper.json');
    expect(wrapped.results.map((r) => r.id)).toEqual(TASKS.map((name) => `benchfix::${name} [ms]`));
  });

  it('reads the clean pair: mix +20%, count primes -44% by median', () => {
    const base = parse('tinybench/v6_pair_baseline.json');
    const regr = parse('tinybench/v6_pair_regressed.json');
    const change = (name: string) => task(regr, name).value / task(base, name).value - 1;
    expect(task(base, 'mix').value).toBe(0.18963000000007924);
    expect(task(regr, 'mix').value).toBe(0.22754550000001927);
    expect(change('mix')).toBeCloseTo(0.2, 2);
    expect(change('count primes < 20000')).toBeCloseTo(-0.438, 3);
  });
});

describe('aborted benches (the Bench signal fired during the async task)', () => {
  it('keeps the statistics of a tinybench 6 task that is aborted-with-statistics, with a warning', () => {
    const out = parse('tinybench/v6_aborted.json');
    expect(out.results.map((r) => r.n)).toEqual([408, 90, 704, 993, 440, 1]);
    expect(task(out, 'async setTimeout(1ms)').value).toBe(0.4976639999999861);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$[5]: task "async setTimeout(1ms)" was aborted; its statistics cover the samples taken before that',
    ]);
  });

  it('does the same for tinybench 5 (aborted: true)', () => {
    const out = parse('tinybench/v5_aborted.json');
    expect(task(out, 'async setTimeout(1ms)')).toMatchObject({ n: 1, value: 0.8150200000000041 });
    expect(out.warnings).toHaveLength(1);
  });

  it('warns about a tinybench 3 task left without a result, and its null bench.table() row', () => {
    const out = parse('tinybench/v3_aborted.json');
    expect(out.results.map((r) => r.n)).toEqual([115, 64, 314, 460, 202]);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$[5]: task "async setTimeout(1ms)" has no "result" (it did not run, or was aborted)',
    ]);
    const table = parse('tinybench/v3_aborted_table.json');
    expect(table.results.map((r) => [r.name, r.value])).toEqual([
      ['mix', 194969],
      ['count primes < 20000', 524892],
      ['fibRec(20)', 55430],
      ['JSON.parse(JSON.stringify(payload))', 85977],
      ['sort [2000] numbers', 216116],
    ]);
    expect(table.warnings.map((w) => w.message)).toEqual([
      '$[5]: a bench.table() row is null (the task did not run)',
    ]);
  });

  it("warns about a tinybench 6 table row's Remarks", () => {
    const out = parse('tinybench/v6_aborted_table.json');
    expect(task(out, 'async setTimeout(1ms)')).toMatchObject({ n: 1, value: 497664, mean: 497664 });
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$[5]: task "async setTimeout(1ms)" is aborted-with-statistics; its statistics cover the samples it took',
    ]);
  });
});

describe('bench.table() rows', () => {
  it('reads tinybench 2 rows in ns: the average as the value, the margin as a 95% interval, ops/sec in extra', () => {
    const out = parse('tinybench/v2_pair_baseline_table.json');
    expect(out.results.map((r) => r.id)).toEqual(TASKS.map((name) => `${name} [ns]`));
    const mix = task(out, 'mix');
    expect(mix).toMatchObject({ unit: 'ns', direction: 'smaller', n: 524, value: 286378.54198473296 });
    expect(mix.mean).toBe(286378.54198473296);
    expect(mix.ci?.lo).toBeCloseTo(286378.54198473296 * (1 - 0.2359), 6);
    expect(mix.ci?.hi).toBeCloseTo(286378.54198473296 * (1 + 0.2359), 6);
    expect(mix.extra).toEqual({ hz: 3491, rme: 23.59 });
  });

  it("reads tinybench 3+ rows: the median as the value, the '± rme%' average as mean and interval", () => {
    const out = parse('tinybench/v6_pair_baseline_table.json');
    const mix = task(out, 'mix');
    expect(mix).toMatchObject({ unit: 'ns', n: 399, value: 189630, median: 189630, mean: 376390 });
    expect(mix.ci?.lo).toBeCloseTo(376390 * 0.78, 6);
    expect(mix.extra).toEqual({
      hz: 4971,
      rme: 22,
      mad: 933,
      throughput: { mean: 4971, p50: 5273, rme: 2.22 },
    });
  });

  it('warns with the error message of a failed task row', () => {
    const out = parse('tinybench/v5_with_error_table.json');
    expect(out.results.map((r) => r.n)).toEqual([308, 117, 746, 293, 131, 64]);
    expect(out.warnings.map((w) => w.message)).toEqual([
      '$[6]: task "throws on purpose" failed: simulated task failure; it has no timings',
    ]);
    expect(parse('tinybench/v6_retain_samples_with_error_table.json').warnings).toHaveLength(1);
  });
});

describe('vitest 5: --reporter=json (a benchmarks field per test) and writeResult files', () => {
  const out = parse('vitest/v5_baseline.json');

  it('reads every task of every test, suite = file base name > describe > test', () => {
    expect(out.warnings).toEqual([]);
    expect(out.results.map((r) => r.id)).toEqual([
      'workload.bench.js > hashing > hashing::mix [ms]',
      'workload.bench.js > hashing > hashing::count primes < 20000 [ms]',
      'workload.bench.js > sorting > sorting::Float64Array#sort [ms]',
      'workload.bench.js > sorting > sorting::Array#sort numeric [ms]',
    ]);
  });

  it('takes the latency p50 as value and samplesCount as n, and keeps every other number', () => {
    const mix = task(out, 'mix');
    expect(mix).toMatchObject({
      unit: 'ms',
      direction: 'smaller',
      n: 2834,
      value: 0.16705099999990125,
      median: 0.16705099999990125,
      mean: 0.35285929640084895,
      min: 0.16700700000001234,
      max: 28.49169599999982,
      stddev: 1.0592537516879335,
      ci: { lo: 0.35285929640084895 - 0.039015193415600835, hi: 0.35285929640084895 + 0.039015193415600835 },
    });
    expect(mix.extra).toMatchObject({
      rank: 1,
      rme: 11.05686992338144,
      p75: 0.17008099999998194,
      p99: 4.232786250000149,
      mad: 2.7499999873725756e-5,
      aad: 0.34998190879625274,
      period: 0.35285929640084895,
      totalTime: 1000.0032460000059,
      hz: 5656.252764311028,
      throughput: { mean: 5656.252764311028, p50: 5986.1958324140005, samplesCount: 2834 },
    });
  });

  it('keeps the raw samples of benchmark.retainSamples, their median as value', () => {
    const mix = task(parse('vitest/v5_retain_samples.json'), 'mix');
    expect(mix.n).toBe(1584);
    expect(mix.samples).toHaveLength(1584);
    expect(mix.samples?.slice(0, 2)).toEqual([0.167020999999977, 0.16702100000020437]);
  });

  it('warns about a test whose bench threw, and keeps the others', () => {
    const withError = parse('vitest/v5_with_error.json');
    expect(withError.results).toHaveLength(4);
    expect(withError.warnings).toEqual([
      {
        file: 'vitest/v5_with_error.json',
        message:
          '$.testResults[0].assertionResults[2]: test "failing" failed: Error: simulated bench failure; it has no benchmark results',
      },
    ]);
  });

  it('reads a writeResult file as one benchmark named by the file', () => {
    const file = parse('vitest/v5_baseline_results/count-primes.json');
    expect(file.results).toHaveLength(1);
    expect(file.results[0]).toMatchObject({ id: 'count-primes [ms]', name: 'count-primes', unit: 'ms' });
    const fromReport = task(out, 'count primes < 20000');
    expect(file.results[0]?.value).toBe(fromReport.value);
    expect(file.results[0]?.n).toBe(fromReport.n);
  });

  it('detects both shapes, and a vitest test report without benchmarks gets a one-line error', () => {
    expect(detectFormat(fixture('vitest/v5_baseline.json'))).toBe('tinybench');
    expect(detectFormat(fixture('vitest/v5_baseline_results/mix.json'))).toBe('tinybench');
    const noBench = edited('vitest/v5_baseline.json', (doc) => {
      for (const test of doc.testResults[0].assertionResults) test.benchmarks = [];
    });
    expect(detectFormat(noBench)).toBe('tinybench');
    expect(() => parseTinybench(noBench)).toThrow(
      /^vitest\/v5_baseline\.json: no benchmark results; expected tinybench JSON/,
    );
  });

  it('the regressed run: mix +20%, count primes −44% by median', () => {
    const base = parse('vitest/v5_baseline.json');
    const regr = parse('vitest/v5_regressed.json');
    const change = (name: string) => task(regr, name).value / task(base, name).value - 1;
    expect(change('mix')).toBeCloseTo(0.2, 1);
    expect(change('count primes < 20000')).toBeCloseTo(-0.436, 2);
  });
});

describe('vitest bench --outputJson', () => {
  it('reads vitest 3: suite is the group fullName (file > describe), value the median, n the sampleCount', () => {
    const out = parse('vitest/baseline.json');
    expect(out.results.map((r) => r.id)).toEqual([
      'workload.bench.js > hashing::mix [ms]',
      'workload.bench.js > hashing::count primes < 20000 [ms]',
      'workload.bench.js > sorting::Array#sort numeric [ms]',
      'workload.bench.js > sorting::Float64Array#sort [ms]',
    ]);
    const mix = out.results[0];
    expect(mix).toMatchObject({
      name: 'mix',
      suite: 'workload.bench.js > hashing',
      unit: 'ms',
      n: 1557,
      value: 0.18963200000001734,
      median: 0.18963200000001734,
      mean: 0.19269143416827159,
      min: 0.1895319999999856,
      max: 0.2675480000000334,
      stddev: 0.008532617029255276,
      ci: {
        lo: 0.19269143416827159 - 0.00042383226846335643,
        hi: 0.19269143416827159 + 0.00042383226846335643,
      },
    });
    // vitest always writes `samples: []`.
    expect(mix?.samples).toBeUndefined();
    expect(mix?.extra?.hz).toBe(5189.644284481947);
    expect(out.warnings).toEqual([]);
  });

  it('reads vitest 4, whose report has the same shape', () => {
    const out = parse('vitest/v4_baseline.json');
    expect(out.results.map((r) => [r.suite, r.name, r.n, r.value])).toEqual([
      ['workload.bench.js > hashing', 'mix', 1102, 0.18464800000000992],
      ['workload.bench.js > hashing', 'count primes < 20000', 399, 0.5058579999999893],
      ['workload.bench.js > sorting', 'Array#sort numeric', 1053, 0.21251200000006065],
      ['workload.bench.js > sorting', 'Float64Array#sort', 2338, 0.07977450000009867],
    ]);
  });

  it('reads top-level and nested groups, and warns about a bench that threw (written without timings)', () => {
    for (const file of ['vitest/v3_with_error.json', 'vitest/v4_with_error.json']) {
      const out = parse(file);
      expect(out.results.map((r) => r.id)).toEqual([
        'workload.bench.js::top-level sum [ms]',
        'workload.bench.js > hashing::mix [ms]',
        'workload.bench.js > hashing::count primes < 20000 [ms]',
        'workload.bench.js > sorting::Array#sort numeric [ms]',
        'workload.bench.js > sorting::Float64Array#sort [ms]',
        'workload.bench.js > failing > nested::still runs [ms]',
      ]);
      expect(out.warnings.map((w) => w.message)).toEqual([
        '$.files[0].groups[3].benchmarks[0]: benchmark "throws on purpose" in "workload.bench.js > failing > nested" has no timings (it failed?)',
      ]);
    }
    expect(task(parse('vitest/v3_with_error.json'), 'top-level sum').n).toBe(316952);
  });

  it('reads the pair: mix +20.0%, count primes -42.4% by median', () => {
    const base = parse('vitest/pair_baseline.json');
    const regr = parse('vitest/pair_regressed.json');
    expect(task(base, 'mix').value).toBe(0.18475100000000566);
    expect(task(regr, 'mix').value).toBe(0.22164099999997688);
    expect(
      task(regr, 'count primes < 20000').value / task(base, 'count primes < 20000').value - 1,
    ).toBeCloseTo(-0.424, 3);
  });
});

describe('duplicates', () => {
  it('keeps both results of a name that appears twice, with a warning', () => {
    const input = edited('tinybench/v6_baseline.json', (doc) => {
      doc[1].name = 'mix';
    });
    const out = parseTinybench(input);
    expect(out.results.map((r) => r.id).filter((id) => id === 'mix [ms]')).toHaveLength(2);
    expect(out.warnings.map((w) => w.message)).toEqual(['"mix [ms]" appears more than once in this file']);
  });
});

describe('wrong shapes', () => {
  it('names the JSON path of a task result without statistics', () => {
    const input = edited('tinybench/v6_baseline.json', (doc) => {
      doc[3].result = { state: 'completed' };
    });
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v6_baseline.json: $[3].result: expected tinybench task result with "latency" or "mean"',
    );
  });

  it('explains that JSON.stringify(bench.tasks) of tinybench 6 ({} per task) lost the names', () => {
    const input = edited('tinybench/v6_baseline.json', (doc) => doc.map(() => ({})));
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v6_baseline.json: $[0]: expected a tinybench task {"name", "result"} or a bench.table() row; write JSON.stringify(bench.tasks.map((t) => ({ name: t.name, result: t.result })))',
    );
  });

  it('explains the same for bench.results (results without task names)', () => {
    const input = edited('tinybench/v6_baseline.json', (doc) =>
      doc.map((t: { result: unknown }) => t.result),
    );
    expect(() => parseTinybench(input)).toThrow(/\$\[0\]: expected a tinybench task .*bench\.tasks\.map/);
  });

  it('rejects a non-number sample with its path', () => {
    const input = edited('tinybench/v2_baseline.json', (doc) => {
      doc[1].result.samples[2] = '0.48';
    });
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v2_baseline.json: $[1].result.samples[2]: expected a number, got "0.48"',
    );
  });

  it('rejects a task name that is not a string', () => {
    const input = edited('tinybench/v6_baseline.json', (doc) => {
      doc[0].name = 7;
    });
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v6_baseline.json: $[0].name: expected a string, got 7',
    );
  });

  it('rejects a table cell it cannot read, quoting the column', () => {
    const input = edited('tinybench/v6_pair_baseline_table.json', (doc) => {
      doc[2]['Latency med (ns)'] = 'fast';
    });
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v6_pair_baseline_table.json: $[2]["Latency med (ns)"]: expected "<number> ± <number>", got "fast"',
    );
  });

  it('rejects a vitest group without a benchmarks array', () => {
    const input = edited('vitest/baseline.json', (doc) => {
      doc.files[0].groups[1].benchmarks = {};
    });
    expect(() => parseTinybench(input)).toThrow(
      'vitest/baseline.json: $.files[0].groups[1]: expected {"fullName", "benchmarks": [...]}',
    );
  });

  it('rejects a document of another shape at $', () => {
    const input = edited('vitest/baseline.json', (doc) => ({ benchmarks: doc.files }));
    expect(() => parseTinybench(input)).toThrow(/^vitest\/baseline\.json: \$: expected tinybench JSON/);
  });

  it('fails when no task has timings, quoting the first warning', () => {
    const input = edited('tinybench/v6_with_error.json', (doc) => doc.slice(6));
    expect(() => parseTinybench(input)).toThrow(
      'tinybench/v6_with_error.json: no benchmark results ($[0]: task "throws on purpose" failed; it has no timings)',
    );
  });

  it('reports a cut-off file as truncated JSON with its last line', () => {
    const { text } = fixture('tinybench/v6_baseline.json');
    const truncated = { path: 'cut.json', text: text.slice(0, 200) };
    expect(() => parseTinybench(truncated)).toThrow(
      /^cut\.json: line 10: truncated JSON; expected tinybench JSON/,
    );
  });
});

describe('detection', () => {
  const own = ['tinybench', 'vitest'].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => `${dir}/${name}`),
  );

  it('recognizes every tinybench and vitest JSON fixture, before the other formats do', () => {
    expect(own.length).toBeGreaterThan(25);
    for (const file of own) {
      expect(looksLikeTinybench(fixture(file).text), file).toBe(true);
      expect(detectFormat(fixture(file)), file).toBe('tinybench');
    }
  });

  it("does not claim other tools' outputs", () => {
    const others = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(json|txt)$/.test(file) && !/tinybench|vitest/.test(file))
      .filter((file) => !file.includes('/src/') && !file.includes('bench-src/'));
    for (const tool of ['go/', 'pytest/', 'json/'])
      expect(
        others.some((file) => file.startsWith(tool)),
        tool,
      ).toBe(true);
    for (const file of others) expect(looksLikeTinybench(fixture(file).text), file).toBe(false);
  });

  it('does not claim console tables, empty arrays or generic {name, unit, value} JSON', () => {
    expect(looksLikeTinybench(fixture('tinybench/v6_baseline_table.txt').text)).toBe(false);
    expect(looksLikeTinybench(fixture('vitest/baseline_stdout.txt').text)).toBe(false);
    expect(looksLikeTinybench('[]')).toBe(false);
    const generic = fixture('json/timing_array.json');
    expect(looksLikeTinybench(generic.text)).toBe(false);
  });
});
