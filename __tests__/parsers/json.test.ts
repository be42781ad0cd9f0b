import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import type { InputFile } from '../../src/parsers/input.js';
import { looksLikeGenericJson, parseGenericJson } from '../../src/parsers/json.js';
import { looksLikePytest } from '../../src/parsers/pytest.js';
import { FIXTURES, fixture } from '../helpers/fixtures.js';

const GAB = 'json/github-action-benchmark';
const EXPECTED = 'expected a JSON array of {"name", "unit", "value" or "samples"} entries';

function parse(relative: string): BenchmarkResult[] {
  return parseGenericJson(fixture(relative)).results;
}

/** A real fixture, changed in memory by `edit` (to test what a damaged or hand-made file does). */
function edited(relative: string, edit: (json: Record<string, unknown>[]) => unknown): InputFile {
  const json = JSON.parse(fixture(relative).text);
  const returned = edit(json);
  const changed = typeof returned === 'object' && returned !== null ? returned : json;
  return { path: 'bench.json', text: JSON.stringify(changed, null, 2) };
}

describe('parseGenericJson on github-action-benchmark custom files, unchanged', () => {
  it('reads customSmallerIsBetter entries as one observation each, keeping range and extra raw', () => {
    expect(parse(`${GAB}/customSmallerIsBetter_output.json`)).toEqual([
      {
        id: 'My Custom Smaller Is Better Benchmark - CPU Load [Percent]',
        name: 'My Custom Smaller Is Better Benchmark - CPU Load',
        unit: 'Percent',
        direction: 'smaller',
        value: 50,
        n: 1,
        extra: { range: '5%', extra: 'My Optional Information for the tooltip' },
        source: { file: `${GAB}/customSmallerIsBetter_output.json` },
      },
      {
        id: 'My Custom Smaller Is Better Benchmark - Memory Used [Megabytes]',
        name: 'My Custom Smaller Is Better Benchmark - Memory Used',
        unit: 'Megabytes',
        direction: 'smaller',
        value: 100,
        n: 1,
        source: { file: `${GAB}/customSmallerIsBetter_output.json` },
      },
    ]);
  });

  it('keeps a numeric range as it is and does not read it as a standard deviation', () => {
    const results = parse(`${GAB}/customSmallerIsBetter_output2.json`);
    expect(results.map((r) => [r.id, r.value, r.extra?.range])).toEqual([
      ['No instrumentation [ns]', 90.9439, 0.519165],
      ['Deactivated probe [ns]', 445.661, 8.21371],
      ['No logging [ns]', 1847.38, 10.2008],
      ['Binary file [ns]', 3886.75, 87.1657],
    ]);
    for (const result of results) expect(result.stddev).toBeUndefined();
  });

  it('infers bigger-is-better only from rate units in a customBiggerIsBetter file', () => {
    const results = parse(`${GAB}/customBiggerIsBetter_output.json`);
    expect(results.map((r) => [r.name, r.unit, r.direction])).toEqual([
      ['My Custom Bigger Is Better Benchmark - Throughput', 'req/s', 'bigger'],
      ['My Custom Bigger Is Better Benchmark - Free Memory', 'Megabytes', 'smaller'],
    ]);
    expect(results[1]?.extra).toEqual({
      range: '3',
      extra: 'Optional Value #1: 25\nHelpful Num #2: 100\nAnything Else!',
    });
  });

  it('reads a customBiggerIsBetter file as all bigger-is-better under format customBiggerIsBetter', () => {
    const file = fixture(`${GAB}/customBiggerIsBetter_output.json`);
    const results = parseInputs([file], 'customBiggerIsBetter').results;
    expect(results.map((r) => [r.unit, r.direction, r.value, r.format])).toEqual([
      ['req/s', 'bigger', 70, 'json'],
      ['Megabytes', 'bigger', 150, 'json'],
    ]);
    const smaller = parseInputs(
      [fixture(`${GAB}/customSmallerIsBetter_output.json`)],
      'customSmallerIsBetter',
    );
    expect(new Set(smaller.results.map((r) => r.direction))).toEqual(new Set(['smaller']));
  });

  it('reads a customBiggerIsBetter file wrapped as {"direction": "bigger", "results": …} as all bigger', () => {
    const original = fixture(`${GAB}/customBiggerIsBetter_output.json`).text;
    const wrapped = { path: 'bench.json', text: `{"direction": "bigger", "results": ${original}}` };
    expect(looksLikeGenericJson(wrapped.text)).toBe(true);
    const results = parseGenericJson(wrapped).results;
    expect(results.map((r) => [r.unit, r.direction, r.value])).toEqual([
      ['req/s', 'bigger', 70],
      ['Megabytes', 'bigger', 150],
    ]);
  });
});

describe('parseGenericJson on the output of bench-src/timing.mjs', () => {
  const results = parse('json/timing_array.json');

  it('reads samples entries: value = median of the samples, n = their count', () => {
    expect(results.map((r) => r.id)).toEqual([
      'arrays::sort size=100 [ns]',
      'arrays::sort size=1000 [ns]',
      'json::JSON round trip [ns]',
      'json::JSON round trip rate [ops/s]',
      'memo hit rate fib(30) [%]',
    ]);
    const sort100 = results[0];
    expect(sort100).toMatchObject({
      name: 'sort size=100',
      suite: 'arrays',
      params: { size: '100' },
      unit: 'ns',
      direction: 'smaller',
      n: 15,
      value: 7754.6235,
      median: 7754.6235,
      source: { file: 'json/timing_array.json' },
    });
    expect(sort100?.samples?.[0]).toBe(9771.216);
    expect(sort100?.samples?.at(-1)).toBe(9738.4605);
    expect(results[1]).toMatchObject({ params: { size: '1000' }, n: 15, value: 140754.765 });
    expect(results[2]).toMatchObject({ suite: 'json', n: 15, value: 46096.884 });
    expect(results[2]?.params).toBeUndefined();
  });

  it('takes the mean of the two middle samples when their count is even', () => {
    const fourteen = edited('json/timing_array.json', (json) => {
      (json[0] as { samples: number[] }).samples.pop();
    });
    expect(parseGenericJson(fourteen).results[0]).toMatchObject({ n: 14, value: (7727.081 + 7754.6235) / 2 });
  });

  it('reads a value entry with a rate unit as bigger-is-better, keeping range and extra', () => {
    expect(results[3]).toEqual({
      id: 'json::JSON round trip rate [ops/s]',
      name: 'JSON round trip rate',
      suite: 'json',
      unit: 'ops/s',
      direction: 'bigger',
      value: 21825.988569520254,
      n: 1,
      extra: { range: '+/- 58.6%', extra: 'mean of 15 samples of 500 calls' },
      source: { file: 'json/timing_array.json' },
    });
  });

  it('lets an entry’s own direction override its unit', () => {
    expect(results[4]).toMatchObject({
      unit: '%',
      direction: 'bigger',
      value: 47.45762711864407,
      n: 1,
      extra: { extra: { of: 'fib(k) calls' } },
    });
    expect(results[4]?.suite).toBeUndefined();
  });

  it('applies the direction of the object form to entries that have none', () => {
    const object = parse('json/timing_object.json');
    expect(object.map((r) => [r.id, r.direction, r.value])).toEqual([
      ['json::JSON round trip rate [ops/s]', 'bigger', 21715.83035592168],
      ['memo hit rate fib(30) [%]', 'bigger', 47.45762711864407],
    ]);
  });

  it('warns about nothing', () => {
    expect(parseGenericJson(fixture('json/timing_array.json')).warnings).toEqual([]);
  });
});

describe('parseGenericJson with repeated ids', () => {
  it('keeps the first entry of a repeated id and warns about the others', () => {
    const twice = edited(`${GAB}/customSmallerIsBetter_output2.json`, (json) => [
      ...json,
      ...json.slice(0, 2),
    ]);
    const { results, warnings } = parseGenericJson(twice);
    expect(results.map((r) => r.id)).toEqual([
      'No instrumentation [ns]',
      'Deactivated probe [ns]',
      'No logging [ns]',
      'Binary file [ns]',
    ]);
    expect(warnings).toEqual([
      { file: 'bench.json', message: '$[4]: duplicate of $[0] (No instrumentation [ns]); ignored' },
      { file: 'bench.json', message: '$[5]: duplicate of $[1] (Deactivated probe [ns]); ignored' },
    ]);
  });
});

describe('parseGenericJson errors', () => {
  const fail = (file: InputFile) => () => parseGenericJson(file);
  const output2 = `${GAB}/customSmallerIsBetter_output2.json`;
  const timing = 'json/timing_array.json';

  it('rejects an entry whose value is not a finite number', () => {
    const stringValue = edited(output2, (json) => {
      (json[2] as Record<string, unknown>).value = '1847.38';
    });
    expect(fail(stringValue)).toThrow('bench.json: $[2].value: expected a finite number');
    const nullValue = edited(output2, (json) => {
      (json[0] as Record<string, unknown>).value = null;
    });
    expect(fail(nullValue)).toThrow('bench.json: $[0].value: expected a finite number');
  });

  it('rejects an entry without name or unit', () => {
    expect(fail(edited(output2, (json) => delete json[0]?.name))).toThrow(
      'bench.json: $[0]: expected "name" string',
    );
    expect(fail(edited(output2, (json) => delete json[1]?.unit))).toThrow(
      'bench.json: $[1]: expected "unit" string',
    );
    const numericSuite = edited(timing, (json) => {
      (json[0] as Record<string, unknown>).suite = 3;
    });
    expect(fail(numericSuite)).toThrow('bench.json: $[0]: expected "suite" string');
  });

  it('needs exactly one of value and samples', () => {
    expect(fail(edited(output2, (json) => delete json[3]?.value))).toThrow(
      'bench.json: $[3]: expected "value" number or "samples" array',
    );
    const both = edited(timing, (json) => {
      (json[0] as Record<string, unknown>).value = 1;
    });
    expect(fail(both)).toThrow('bench.json: $[0]: expected either "value" or "samples", not both');
  });

  it('rejects empty or non-numeric samples', () => {
    const empty = edited(timing, (json) => {
      (json[1] as Record<string, unknown>).samples = [];
    });
    expect(fail(empty)).toThrow('bench.json: $[1].samples: expected a non-empty array of numbers');
    const text = edited(timing, (json) => {
      ((json[0] as Record<string, unknown>).samples as unknown[])[3] = 'n/a';
    });
    expect(fail(text)).toThrow('bench.json: $[0].samples[3]: expected a finite number');
  });

  it('rejects an unknown direction, in an entry or in the object form', () => {
    const entry = edited(timing, (json) => {
      (json[4] as Record<string, unknown>).direction = 'up';
    });
    expect(fail(entry)).toThrow('bench.json: $[4].direction: expected "smaller" or "bigger"');
    const object = edited('json/timing_object.json', (json) => ({ ...json, direction: 'higher' }));
    expect(fail(object)).toThrow('bench.json: $.direction: expected "smaller" or "bigger"');
  });

  it('rejects params that are not an object', () => {
    const params = edited(timing, (json) => {
      (json[0] as Record<string, unknown>).params = 'size=100';
    });
    expect(fail(params)).toThrow('bench.json: $[0].params: expected an object of parameters');
  });

  it('rejects entries that are not objects, with their path in the object form', () => {
    const object = edited('json/timing_object.json', (json) => ({ ...json, results: [42] }));
    expect(fail(object)).toThrow(
      'bench.json: $.results[0]: expected an object with "name", "unit" and "value"',
    );
  });

  it('rejects JSON that is neither an array nor an object with "results"', () => {
    const estimates = fixture('json/other-tools/criterion-mix/estimates.json');
    expect(() => parseGenericJson(estimates)).toThrow(
      `json/other-tools/criterion-mix/estimates.json: $: ${EXPECTED}, or an object with a "results" array`,
    );
    expect(fail({ path: 'bench.json', text: '"ok"' })).toThrow(`bench.json: $: ${EXPECTED}`);
  });

  it('names the entry of another tool’s "results" that lacks a name (hyperfine)', () => {
    expect(() => parseGenericJson(fixture('json/other-tools/hyperfine_three_commands.json'))).toThrow(
      'json/other-tools/hyperfine_three_commands.json: $.results[0]: expected "name" string',
    );
  });

  it('reports invalid JSON with its line', () => {
    const text = fixture(output2).text.replace('"value": 445.661', '"value": 445,661');
    expect(fail({ path: 'bench.json', text })).toThrow(
      `bench.json: line 11: invalid JSON (Expected double-quoted property name); ${EXPECTED}`,
    );
  });
});

/**
 * The .json/.txt outputs in a fixture folder, skipping program sources; with `recursive: false` only the
 * folder's own files (other parsers keep look-alike negatives of other formats in subfolders).
 */
function filesUnder(folder: string, recursive = true): string[] {
  if (!existsSync(path.join(FIXTURES, folder))) return [];
  return readdirSync(path.join(FIXTURES, folder), { withFileTypes: true }).flatMap((entry) => {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      return recursive && entry.name !== 'bench-src' && entry.name !== 'src' ? filesUnder(child) : [];
    }
    return /\.(json|txt)$/.test(entry.name) ? [child] : [];
  });
}

describe('detection across formats', () => {
  const generic = filesUnder('json').filter((f) => !f.includes('other-tools/'));
  const pytest = filesUnder('pytest');
  // json/other-tools/ holds copies of other tools' output so this never runs on an empty list; the
  // top-level files of the other parsers' fixture folders are added when present.
  const others = [
    ...filesUnder('json/other-tools'),
    ...['tinybench', 'vitest', 'criterion', 'go'].flatMap((tool) => filesUnder(tool, false)),
  ];
  const genericJson = generic.filter((f) => f.endsWith('.json'));

  it('recognizes the generic files and github-action-benchmark files', () => {
    expect(genericJson).toEqual([
      'json/github-action-benchmark/customBiggerIsBetter_output.json',
      'json/github-action-benchmark/customSmallerIsBetter_output.json',
      'json/github-action-benchmark/customSmallerIsBetter_output2.json',
      'json/timing_array.json',
      'json/timing_object.json',
    ]);
    for (const file of genericJson) {
      expect(looksLikeGenericJson(fixture(file).text), file).toBe(true);
      expect(looksLikePytest(fixture(file).text), file).toBe(false);
    }
  });

  it('does not claim pytest-benchmark JSON', () => {
    expect(pytest.length).toBeGreaterThanOrEqual(9);
    for (const file of pytest) expect(looksLikeGenericJson(fixture(file).text), file).toBe(false);
  });

  it('does not claim other tools’ output, nor does the pytest sniffer', () => {
    expect(others).toEqual(
      expect.arrayContaining([
        'json/other-tools/hyperfine_three_commands.json',
        'json/other-tools/tinybench_v6_baseline.json',
        'json/other-tools/vitest_baseline.json',
        'json/other-tools/google_benchmark_single_run.json',
        'json/other-tools/criterion-mix/estimates.json',
      ]),
    );
    expect(others.length).toBeGreaterThanOrEqual(10);
    for (const file of others) {
      const { text } = fixture(file);
      expect(looksLikeGenericJson(text), file).toBe(false);
      expect(looksLikePytest(text), file).toBe(false);
    }
  });

  it('does not claim an empty array (nothing to tell it by)', () => {
    expect(looksLikeGenericJson('[]')).toBe(false);
  });
});
