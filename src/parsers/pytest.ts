// pytest-benchmark JSON: `pytest --benchmark-json=out.json` and the `--benchmark-save` files in
// `.benchmarks/<machine>/NNNN_name.json` (same layout; raw `data` only with `--benchmark-save-data`).
//
// Layout, identical in 3.2.2 and 5.2.3 (both checked on real output) and stable since 3.1:
//   {machine_info, commit_info, datetime, version, benchmarks: [{group, name, fullname, params, param,
//    extra_info, options, stats: {min, max, mean, stddev, rounds, median, iqr, q1, q3, iqr_outliers,
//    stddev_outliers, outliers, ld15iqr, hd15iqr, ops, total, iterations, data?}, cprofile?}]}
// What changed across versions does not touch what is read here: files before 3.1 lack `ops`; 3.3+
// write the whole py-cpuinfo dict in `machine_info.cpu`; 5.x writes `datetime` in UTC with an offset;
// `--benchmark-cprofile` adds a `cprofile` list per benchmark. Benchmarks that raised are left out
// by pytest-benchmark itself. Every time is in seconds per call: each round's duration is divided
// by `iterations` before it is stored.
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText, refuseDeep } from './json-text.js';

const EXPECTED = 'pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)';

/** machine_info (a few KB with the full cpuinfo dict) precedes everything: look this far for the keys. */
const SNIFF_WINDOW = 64 * 1024;

/** Stats that have a field of their own in BenchmarkResult; the rest of `stats` goes to `extra`. */
const SUMMARY_STATS = ['mean', 'median', 'min', 'max', 'stddev'] as const;
type SummaryStat = (typeof SUMMARY_STATS)[number];

export function looksLikePytest(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  const head = text.slice(0, SNIFF_WINDOW);
  return /"benchmarks"\s*:\s*\[/.test(text) && /"(machine_info|fullname)"\s*:/.test(head);
}

export function parsePytest(file: InputFile): ParseOutput {
  // Of the value only `params` (turned into JSON text) and `extra` are kept, so only they can be too
  // deep to copy; the samples are checked to be numbers.
  const root = parseJsonText(file, EXPECTED, 'parts');
  const benchmarks = isObject(root) ? root.benchmarks : undefined;
  if (!Array.isArray(benchmarks)) {
    throw inputError(file.path, `expected an object with a "benchmarks" array: ${EXPECTED}`, { path: '$' });
  }
  const lines = fullnameLines(file.text);
  const results = benchmarks.map((bench, i) => {
    if (isObject(bench)) refuseDeep(file, bench.params, EXPECTED);
    const result = readBenchmark(file.path, bench, `$.benchmarks[${i}]`, lines);
    refuseDeep(file, result.extra, EXPECTED);
    return result;
  });
  const warnings =
    results.length === 0
      ? [{ file: file.path, message: 'no benchmarks in file (did every benchmark fail?)' }]
      : [];
  return { results, warnings };
}

function readBenchmark(
  file: string,
  bench: unknown,
  path: string,
  lines: Map<string, number[]>,
): BenchmarkResult {
  if (!isObject(bench)) throw inputError(file, 'expected a benchmark object', { path });
  const { fullname, stats } = bench;
  if (typeof fullname !== 'string') throw inputError(file, 'expected "fullname" string', { path });
  const name = typeof bench.name === 'string' ? bench.name : (fullname.split('::').pop() ?? fullname);
  if (!isObject(stats)) throw inputError(file, `expected "stats" object in benchmark "${name}"`, { path });
  const summary = readSummary(file, stats, `${path}.stats`, name);
  const samples = readSamples(file, stats.data, `${path}.stats.data`, name);
  const result: BenchmarkResult = {
    id: seriesId(undefined, fullname, 's'),
    name,
    unit: 's',
    direction: 'smaller',
    n: samples ? samples.length : readRounds(file, stats.rounds, `${path}.stats.rounds`, name),
    // pytest-benchmark computes `stats.median` from exactly `stats.data` (Python's statistics.median),
    // so it is the median of the samples when they are present and the best centre when they are not.
    value: summary.median,
    ...summary,
    source: { file, ...lineOf(lines, fullname) },
  };
  if (typeof bench.group === 'string') result.suite = bench.group;
  const params = stringParams(bench.params);
  if (params) result.params = params;
  if (samples) result.samples = samples;
  result.extra = extraOf(bench, stats);
  return result;
}

/**
 * The tool's own mean/median/min/max/stddev. They are kept rather than recomputed from `data`: pytest-benchmark
 * computed them from the same numbers, and keeping them makes our report agree digit for digit with its tables.
 */
function readSummary(
  file: string,
  stats: JsonObject,
  path: string,
  name: string,
): Pick<BenchmarkResult, SummaryStat> & { median: number } {
  const summary: Partial<Record<SummaryStat, number>> = {};
  for (const key of SUMMARY_STATS) {
    const value = stats[key];
    if (value === undefined && key !== 'median') continue;
    if (!isFiniteNumber(value)) {
      throw inputError(file, `expected a finite number in benchmark "${name}"`, { path: `${path}.${key}` });
    }
    summary[key] = value;
  }
  return summary as Pick<BenchmarkResult, SummaryStat> & { median: number };
}

function readSamples(file: string, data: unknown, path: string, name: string): number[] | undefined {
  if (data === undefined) return undefined;
  if (!Array.isArray(data) || data.length === 0) {
    throw inputError(file, `expected a non-empty array of numbers in benchmark "${name}"`, { path });
  }
  const bad = data.findIndex((x) => !isFiniteNumber(x));
  if (bad >= 0)
    throw inputError(file, `expected a finite number in benchmark "${name}"`, { path: `${path}[${bad}]` });
  return data as number[];
}

function readRounds(file: string, rounds: unknown, path: string, name: string): number {
  if (typeof rounds === 'number' && Number.isInteger(rounds) && rounds > 0) return rounds;
  throw inputError(file, `expected a positive integer in benchmark "${name}"`, { path });
}

/** pytest params are any JSON value (`{"size": 10, "lower": true}`): strings stay, the rest is JSON text. */
function stringParams(params: unknown): Record<string, string> | undefined {
  if (!isObject(params) || Object.keys(params).length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

/**
 * Everything else the tool reports that the model has no field for: the rest of `stats` (iterations,
 * ops, iqr, q1, q3, outliers, total, …), `extra_info`, the parametrization id `param` and `options`.
 * `cprofile` is left out: it is a profile (up to 25 functions per column), not a measurement.
 */
function extraOf(bench: JsonObject, stats: JsonObject): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stats)) {
    if (key === 'data' || key === 'rounds' || (SUMMARY_STATS as readonly string[]).includes(key)) continue;
    extra[key] = value;
  }
  if (isObject(bench.extra_info) && Object.keys(bench.extra_info).length > 0)
    extra.extra_info = bench.extra_info;
  if (bench.param !== undefined && bench.param !== null) extra.param = bench.param;
  if (isObject(bench.options)) extra.options = bench.options;
  return extra;
}

/**
 * Line of every `"fullname": "…"` in the text, in order of appearance, in one pass: that line is where
 * a benchmark's entry is. A list per name so that a repeated name still gets its own line each time.
 */
function fullnameLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  const pattern = /"fullname"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
  let line = 1;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    line += countNewlines(text, scanned, match.index);
    scanned = match.index;
    const name = JSON.parse(match[1] as string) as string;
    const seen = lines.get(name);
    if (seen) seen.push(line);
    else lines.set(name, [line]);
  }
  return lines;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function lineOf(lines: Map<string, number[]>, fullname: string): { line?: number } {
  const line = lines.get(fullname)?.shift();
  return line === undefined ? {} : { line };
}
