/**
 * The `googlebenchmark` format (github-action-benchmark's `googlecpp`): Google Benchmark's
 * `--benchmark_format=json` (or `--benchmark_out=FILE --benchmark_out_format=json`) output,
 * `{"context": {…}, "benchmarks": [{name, run_name, run_type, repetitions, real_time, cpu_time, time_unit, …}]}`,
 * or its console output, read as the same entries (googlebenchmark-console.ts).
 *
 * - One time series per `run_name`, in its `time_unit`: the samples are the `real_time` of each
 *   `iteration` entry (one per repetition, `--benchmark_repetitions=N`); `cpu_time` and `iterations` go
 *   to `extra` as arrays parallel to the samples.
 * - The aggregates (`_mean`, `_median`, `_stddev`, `_cv`) are used only when there are no iteration
 *   entries to compute them from (`--benchmark_report_aggregates_only=true`): value = the median, n =
 *   `repetitions`. With iterations they are kept in `extra.aggregates`.
 * - Counters are their own series: `bytes_per_second` (`B/s`) and `items_per_second` (`items/s`) are
 *   bigger-is-better; a user counter (`state.counters["x"]`) is a series in unit `x`, bigger-is-better
 *   when its name says a rate (`…_per_second`, `…_rate`), else smaller, flagged `extra.assumedDirection`
 *   since the JSON does not say.
 * - `BigO` / `RMS` entries of a family (`Complexity()`) are kept in `extra.complexity` of its series.
 * - An entry with `error_occurred` is a warning naming its `error_message`.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type Direction, type ParseOutput, seriesId } from '../model/result.js';
import { consoleEntries, looksLikeGoogleBenchmarkConsole } from './googlebenchmark-console.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';
import { sampleSummary } from './sample-summary.js';

const EXPECTED = 'Google Benchmark JSON ({"context": {...}, "benchmarks": [...]}, --benchmark_format=json)';
const HEAD = /^\s*\{\s*"context"\s*:\s*\{/;

/** Fields of an entry that are not counters. */
const KNOWN_FIELDS = new Set([
  'name',
  'run_name',
  'run_type',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'time_unit',
  'aggregate_name',
  'aggregate_unit',
  'family_index',
  'per_family_instance_index',
  'error_occurred',
  'error_message',
  'label',
]);
const RATE_COUNTERS: Record<string, string> = { bytes_per_second: 'B/s', items_per_second: 'items/s' };

export function looksLikeGoogleBenchmark(text: string): boolean {
  return (
    (HEAD.test(text) && text.includes('"benchmarks"') && text.includes('"time_unit"')) ||
    looksLikeGoogleBenchmarkConsole(text)
  );
}

/** One benchmark's entries, in file order. */
interface Run {
  name: string;
  iterations: JsonObject[];
  aggregates: Map<string, JsonObject>;
  complexity: Record<string, unknown>;
}

export function parseGoogleBenchmark(file: InputFile): ParseOutput {
  if (looksLikeGoogleBenchmarkConsole(file.text)) return readEntries(file, consoleEntries(file));
  const doc = parseJsonText(file, EXPECTED);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks))
    throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  return readEntries(
    file,
    doc.benchmarks.map((entry, i) => ({ entry, at: `$.benchmarks[${i}]` })),
  );
}

/** The benchmark entries of either shape, each with where it was read (`$.benchmarks[3]`, `line 14`). */
function readEntries(file: InputFile, entries: { entry: unknown; at: string }[]): ParseOutput {
  const out: ParseOutput = { results: [], warnings: [] };
  const runs = new Map<string, Run>();
  const complexity = new Map<string, Record<string, unknown>>();
  // A failing benchmark fails every repetition: one warning per benchmark.
  const failed = new Set<string>();
  for (const { entry, at } of entries) {
    if (!isObject(entry)) throw inputError(file.path, 'expected a benchmark object', { path: at });
    const name = typeof entry.run_name === 'string' ? entry.run_name : entry.name;
    if (typeof name !== 'string')
      throw inputError(file.path, 'expected "name" string', { path: `${at}.name` });
    if (entry.error_occurred === true) {
      const reason = String(entry.error_message ?? 'error_occurred');
      if (!failed.has(name))
        out.warnings.push({
          file: file.path,
          message: `${at}: benchmark ${name} failed: ${reason}; it has no result`,
        });
      failed.add(name);
      continue;
    }
    const aggregate = typeof entry.aggregate_name === 'string' ? entry.aggregate_name : undefined;
    if (aggregate === 'BigO' || aggregate === 'RMS') {
      const { name: _, run_name: __, ...rest } = entry;
      complexity.set(name, { ...complexity.get(name), [aggregate]: rest });
      continue;
    }
    const run: Run = runs.get(name) ?? { name, iterations: [], aggregates: new Map(), complexity: {} };
    runs.set(name, run);
    if (entry.run_type === 'aggregate' && aggregate) run.aggregates.set(aggregate, entry);
    else run.iterations.push(readTimes(file, entry, at));
  }
  for (const run of runs.values()) {
    const family = [...complexity].find(([fam]) => run.name.startsWith(`${fam}/`))?.[1];
    for (const r of runSeries(file, run, family)) out.results.push(r);
  }
  if (out.results.length === 0) {
    const why = out.warnings[0] ? ` (${out.warnings[0].message})` : '';
    throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED}`);
  }
  return out;
}

function readTimes(file: InputFile, entry: JsonObject, at: string): JsonObject {
  for (const key of ['real_time', 'cpu_time']) {
    if (!isFiniteNumber(entry[key]))
      throw inputError(file.path, 'expected a number', { path: `${at}.${key}` });
  }
  if (typeof entry.time_unit !== 'string') {
    throw inputError(file.path, 'expected "time_unit" string', { path: `${at}.time_unit` });
  }
  return entry;
}

/** The time series and one series per counter of one benchmark. */
function runSeries(
  file: InputFile,
  run: Run,
  complexity: Record<string, unknown> | undefined,
): BenchmarkResult[] {
  const first = run.iterations[0] ?? [...run.aggregates.values()][0];
  if (!first) return [];
  const unit = String(first.time_unit);
  const common = {
    name: run.name,
    source: { file: file.path },
    extra: {
      threads: first.threads,
      ...(run.iterations.length > 0 ? { iterations: run.iterations.map((e) => e.iterations) } : {}),
      ...(complexity ? { complexity } : {}),
      ...(typeof first.label === 'string' ? { label: first.label } : {}),
    },
  };
  const time = series(common, unit, 'smaller', run, (e) => e.real_time as number);
  if (time && run.iterations.length > 0)
    time.extra = { ...time.extra, cpuTime: run.iterations.map((e) => e.cpu_time) };
  const cpuAggregates = aggregatesOf(run, (e) => e.cpu_time as number);
  if (time && cpuAggregates) time.extra = { ...time.extra, cpuTimeAggregates: cpuAggregates };
  const counters = Object.keys(first).filter((key) => !KNOWN_FIELDS.has(key) && isFiniteNumber(first[key]));
  const counterSeries = counters.map((key) => {
    const rateUnit = RATE_COUNTERS[key];
    const looksLikeRate = /(_per_second|_rate|PerSecond|Rate)$/.test(key);
    const direction: Direction = rateUnit || looksLikeRate ? 'bigger' : 'smaller';
    const s = series(common, rateUnit ?? key, direction, run, (e) => e[key] as number);
    if (s && !rateUnit) s.extra = { ...s.extra, counter: key, assumedDirection: true };
    return s;
  });
  return [time, ...counterSeries].filter((s): s is BenchmarkResult => s !== undefined);
}

/** `{mean, median, stddev, cv}` as Google Benchmark reported them for one metric, if it did. */
function aggregatesOf(run: Run, read: (entry: JsonObject) => number): Record<string, number> | undefined {
  const values = [...run.aggregates].map(([name, entry]) => [name, read(entry)] as const);
  const kept = values.filter(([, value]) => isFiniteNumber(value));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Samples from the iteration entries, else the aggregates (median as value, n = repetitions). */
function series(
  common: { name: string; source: { file: string }; extra: Record<string, unknown> },
  unit: string,
  direction: Direction,
  run: Run,
  read: (entry: JsonObject) => number,
): BenchmarkResult | undefined {
  const base = { id: seriesId(undefined, common.name, unit), name: common.name, unit, direction };
  const values = run.iterations.map(read).filter((v) => isFiniteNumber(v));
  if (values.length > 0) {
    // The tool's own aggregates of the samples are kept as reported, next to the ones computed from them.
    const aggregates = aggregatesOf(run, read);
    const extra = { ...common.extra, ...(aggregates ? { aggregates } : {}) };
    return { ...base, ...sampleSummary(values), extra, source: common.source };
  }
  const agg = (name: string) => {
    const entry = run.aggregates.get(name);
    const value = entry ? read(entry) : undefined;
    return isFiniteNumber(value) ? value : undefined;
  };
  const mean = agg('mean');
  const middle = agg('median') ?? mean;
  if (middle === undefined) return undefined;
  const repetitions = run.aggregates.get('median')?.repetitions ?? run.aggregates.get('mean')?.repetitions;
  const stddev = agg('stddev');
  const cv = agg('cv');
  return {
    ...base,
    n: isFiniteNumber(repetitions) ? repetitions : 1,
    value: middle,
    ...(mean !== undefined ? { mean } : {}),
    ...(agg('median') !== undefined ? { median: middle } : {}),
    ...(stddev !== undefined ? { stddev } : {}),
    extra: { ...common.extra, ...(cv !== undefined ? { cv } : {}) },
    source: common.source,
  };
}
