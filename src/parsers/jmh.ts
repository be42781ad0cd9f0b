/**
 * The `jmh` format: JMH's `-rf json` result file, `[{benchmark, mode, params?, primaryMetric: {score,
 * scoreError, scoreConfidence, scorePercentiles, scoreUnit, rawData}, secondaryMetrics: {…}}]`.
 *
 * One series per benchmark (and parameter set: `name(size=10)`) in its `scoreUnit`: samples = every
 * measurement iteration of every fork (`rawData` flattened), value = their median; the direction from the
 * mode (`thrpt` is bigger-is-better; `avgt`, `sample`, `ss` smaller). The score, its error, confidence
 * interval and percentiles are kept in `extra`; each secondary metric (`·gc.alloc.rate`, …) is a series
 * of its own, smaller-is-better unless it is a throughput of the benchmark (`ops/…`).
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type Direction, type ParseOutput, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';
import { sampleSummary } from './sample-summary.js';

const EXPECTED = 'JMH JSON (-rf json: an array of {"benchmark", "mode", "primaryMetric"})';

export function looksLikeJmh(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return (
    /^\s*\[\s*\{\s*"jmhVersion"\s*:/.test(head) ||
    (/"primaryMetric"\s*:/.test(head) && /"benchmark"\s*:/.test(head))
  );
}

export function parseJmh(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  if (!Array.isArray(doc)) throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  const results = doc.flatMap((entry, i) => readBenchmark(file, entry, `$[${i}]`));
  if (results.length === 0) throw inputError(file.path, `no benchmark results; expected ${EXPECTED}`);
  return { results, warnings: [] };
}

function readBenchmark(file: InputFile, entry: unknown, at: string): BenchmarkResult[] {
  if (!isObject(entry) || typeof entry.benchmark !== 'string') {
    throw inputError(file.path, 'expected {"benchmark", "mode", "primaryMetric"}', { path: at });
  }
  const params = isObject(entry.params)
    ? Object.fromEntries(Object.entries(entry.params).map(([k, v]) => [k, String(v)]))
    : undefined;
  const paramText = params
    ? `(${Object.entries(params)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')})`
    : '';
  const name = `${entry.benchmark}${paramText}`;
  const mode = String(entry.mode);
  const modeDirection: Direction = mode === 'thrpt' ? 'bigger' : 'smaller';
  const settings = Object.fromEntries(
    Object.entries(entry).filter(
      ([k]) => !['benchmark', 'params', 'primaryMetric', 'secondaryMetrics'].includes(k),
    ),
  );
  const primary = metric(
    file,
    name,
    params,
    entry.primaryMetric,
    `${at}.primaryMetric`,
    modeDirection,
    settings,
  );
  const secondary = isObject(entry.secondaryMetrics) ? entry.secondaryMetrics : {};
  const others = Object.entries(secondary).map(([key, value]) => {
    const at2 = `${at}.secondaryMetrics[${JSON.stringify(key)}]`;
    const unit = isObject(value) ? String(value.scoreUnit) : '';
    const direction: Direction = unit.startsWith('ops/') ? modeDirection : 'smaller';
    return metric(file, `${name}:${key}`, params, value, at2, direction, {});
  });
  return [primary, ...others];
}

function metric(
  file: InputFile,
  name: string,
  params: Record<string, string> | undefined,
  value: unknown,
  at: string,
  direction: Direction,
  settings: Record<string, unknown>,
): BenchmarkResult {
  if (!isObject(value)) throw inputError(file.path, 'expected a metric object', { path: at });
  const unit = value.scoreUnit;
  if (typeof unit !== 'string')
    throw inputError(file.path, 'expected "scoreUnit" string', { path: `${at}.scoreUnit` });
  const samples = rawData(file, value, at);
  const { rawData: _, scoreUnit: __, ...scores } = value as JsonObject;
  const summary = samples ? sampleSummary(samples) : score(file, value, at);
  return {
    id: seriesId(undefined, name, unit),
    name,
    ...(params ? { params } : {}),
    unit,
    direction,
    ...summary,
    ...confidence(value),
    extra: { ...settings, ...scores },
    source: { file: file.path },
  };
}

/** `rawData`: one array per fork of its measurement iterations. */
function rawData(file: InputFile, value: JsonObject, at: string): number[] | undefined {
  if (!Array.isArray(value.rawData)) return undefined;
  const flat = (value.rawData as unknown[]).flat();
  const bad = flat.findIndex((x) => !isFiniteNumber(x));
  if (bad >= 0) throw inputError(file.path, 'expected arrays of numbers', { path: `${at}.rawData` });
  return flat.length > 0 ? (flat as number[]) : undefined;
}

function score(file: InputFile, value: JsonObject, at: string) {
  if (!isFiniteNumber(value.score)) throw inputError(file.path, 'expected a number', { path: `${at}.score` });
  return { n: 1, value: value.score, mean: value.score };
}

function confidence(value: JsonObject): Pick<BenchmarkResult, 'ci'> {
  const ci = value.scoreConfidence;
  if (!Array.isArray(ci) || !isFiniteNumber(ci[0]) || !isFiniteNumber(ci[1])) return {};
  // JMH's score error is the half-width of its 99.9% interval.
  return { ci: { lo: ci[0], hi: ci[1], level: 0.999 } };
}
