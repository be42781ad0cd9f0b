/**
 * The `benchmarkdotnet` format: BenchmarkDotNet's full JSON exporter (`[JsonExporterAttribute.Full]`,
 * `--exporters json`: `*-report-full.json`; the brief exporter reads the same), `{Title,
 * HostEnvironmentInfo, Benchmarks: [{FullName, Parameters, Statistics, Memory?, Measurements?}]}`.
 *
 * One `ns` series per benchmark (FullName, with its `Parameters` as params and in the name): samples =
 * `Statistics.OriginalValues` (ns per operation, one per workload iteration), ci = BenchmarkDotNet's
 * interval of the mean at its level; the rest of `Statistics` (percentiles, quartiles, outliers, …) in
 * `extra`. `Memory` (`[MemoryDiagnoser]`): `BytesAllocatedPerOperation` is a `B/op` series of its own and
 * the GC counts go to `extra`. Measurements are summarized by stage in `extra.measurements`.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, type ParseWarning, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';
import { sampleSummary } from './sample-summary.js';

const EXPECTED = 'BenchmarkDotNet JSON ({"Title", "HostEnvironmentInfo", "Benchmarks": [...]})';
/** BenchmarkDotNet's ConfidenceLevel enum, as the JSON writes it (a number). */
const LEVELS = [0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.95, 0.96, 0.97, 0.98, 0.99, 0.999];

export function looksLikeBenchmarkDotNet(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /"HostEnvironmentInfo"\s*:/.test(head) && /"Benchmarks"\s*:/.test(head);
}

export function parseBenchmarkDotNet(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  if (!isObject(doc) || !Array.isArray(doc.Benchmarks))
    throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  const warnings: ParseWarning[] = [];
  const results = doc.Benchmarks.flatMap((b, i) => readBenchmark(file, b, `$.Benchmarks[${i}]`, warnings));
  if (results.length === 0) {
    const why = warnings[0] ? ` (${warnings[0].message})` : '';
    throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED}`);
  }
  return { results, warnings };
}

function readBenchmark(file: InputFile, b: unknown, at: string, warnings: ParseWarning[]): BenchmarkResult[] {
  if (!isObject(b) || typeof b.FullName !== 'string') {
    throw inputError(file.path, 'expected a benchmark with "FullName"', { path: at });
  }
  const parameters = typeof b.Parameters === 'string' ? b.Parameters : '';
  const name = parameters ? `${b.FullName}(${parameters})` : b.FullName;
  const params = parameters ? Object.fromEntries(parameters.split('&').map((p) => splitParam(p))) : undefined;
  const stats = b.Statistics;
  if (!isObject(stats)) {
    // A benchmark that failed to build or run has `"Statistics": null`.
    warnings.push({
      file: file.path,
      message: `${at}: benchmark ${name} has no Statistics (it failed?); skipped`,
    });
    return [];
  }
  const samples = originalValues(file, stats, `${at}.Statistics`);
  const { OriginalValues: _, ConfidenceInterval: interval, ...rest } = stats;
  const base = { name, suite: typeof b.Namespace === 'string' ? b.Namespace : undefined, params };
  const time: BenchmarkResult = {
    id: seriesId(undefined, name, 'ns'),
    ...withoutUndefined(base),
    unit: 'ns',
    direction: 'smaller',
    ...sampleSummary(samples),
    ...ci(interval),
    extra: { statistics: rest, ...measurementCounts(b.Measurements) },
    source: { file: file.path },
  } as BenchmarkResult;
  const memory = isObject(b.Memory) ? b.Memory : undefined;
  if (!memory) return [time];
  const { BytesAllocatedPerOperation: bytes, ...gc } = memory;
  time.extra = { ...time.extra, memory: gc };
  if (!isFiniteNumber(bytes)) return [time];
  return [
    time,
    {
      id: seriesId(undefined, name, 'B/op'),
      ...withoutUndefined(base),
      unit: 'B/op',
      direction: 'smaller',
      n: 1,
      value: bytes,
      extra: gc,
      source: { file: file.path },
    } as BenchmarkResult,
  ];
}

function splitParam(p: string): [string, string] {
  const eq = p.indexOf('=');
  return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
}

function originalValues(file: InputFile, stats: JsonObject, at: string): number[] {
  const values = stats.OriginalValues;
  if (!Array.isArray(values) || values.length === 0 || !values.every(isFiniteNumber)) {
    throw inputError(file.path, 'expected a non-empty array of numbers', { path: `${at}.OriginalValues` });
  }
  return values as number[];
}

function ci(interval: unknown): Pick<BenchmarkResult, 'ci'> {
  if (!isObject(interval) || !isFiniteNumber(interval.Lower) || !isFiniteNumber(interval.Upper)) return {};
  const level = isFiniteNumber(interval.Level) ? LEVELS[interval.Level] : undefined;
  return level === undefined ? {} : { ci: { lo: interval.Lower, hi: interval.Upper, level } };
}

/** How many measurements of each mode and stage the file holds (`Workload Actual: 15`, …). */
function measurementCounts(measurements: unknown): Record<string, unknown> {
  if (!Array.isArray(measurements) || measurements.length === 0) return {};
  const counts: Record<string, number> = {};
  for (const m of measurements) {
    if (!isObject(m)) continue;
    const key = `${String(m.IterationMode)} ${String(m.IterationStage)}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { measurements: counts };
}

function withoutUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
