/**
 * The `mitata` format: mitata's JSON (`run({ format: 'json' })`, mitata 1.x): `{"layout": [{name}],
 * "benchmarks": [{alias, group, args, runs: [{name, args, stats: {min, max, p25, p50, p75, p99, p999,
 * avg, ticks, samples?, heap?}, error?}]}], "context": {runtime, version, arch, cpu}}`.
 *
 * One `ns` series per run (a parameterized benchmark has one run per argument: `sort 100`, `sort
 * 2000`), suite = its group's name: value = median = p50, mean = avg, min, max; the quartiles (p25,
 * p75 as extra.q1/q3: the within-run test's spread), p99, p999 and ticks (calls measured) in extra.
 * mitata's `samples` (written unless `samples: false`) are sorted and trimmed by mitata, and tens of
 * thousands for a fast benchmark: only their count is used, as n (the quartiles carry the spread), so
 * a history does not store them; without them n is 1. A run with `error` is a warning.
 */
import { inputError } from '../model/errors.js';
import type { BenchmarkResult, ParseOutput, ParseWarning } from '../model/result.js';
import { seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';

const EXPECTED =
  'mitata JSON ({"layout": [...], "benchmarks": [{"runs": [{"stats": ...}]}], "context": {...}})';
const STATS = ['min', 'max', 'p25', 'p50', 'p75', 'p99', 'p999', 'avg'] as const;

export function looksLikeMitata(text: string): boolean {
  return /^\s*\{\s*"layout"\s*:\s*\[/.test(text) && text.includes('"benchmarks"') && text.includes('"runs"');
}

export function parseMitata(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  if (!isObject(doc) || !Array.isArray(doc.benchmarks))
    throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  const groups = Array.isArray(doc.layout) ? doc.layout : [];
  const results: BenchmarkResult[] = [];
  const warnings: ParseWarning[] = [];
  doc.benchmarks.forEach((bench, i) => {
    const at = `$.benchmarks[${i}]`;
    if (!isObject(bench) || !Array.isArray(bench.runs))
      throw inputError(file.path, 'expected a benchmark object with "runs"', { path: at });
    const group = typeof bench.group === 'number' ? groups[bench.group] : undefined;
    const suite = isObject(group) && typeof group.name === 'string' ? group.name : undefined;
    bench.runs.forEach((run, k) => {
      const result = readRun(file, run, `${at}.runs[${k}]`, suite, warnings);
      if (result) results.push(result);
    });
  });
  if (results.length === 0) {
    const why = warnings[0] ? ` (${warnings[0].message})` : '';
    throw inputError(file.path, `no benchmark results${why}; expected ${EXPECTED}`);
  }
  return { results, warnings };
}

function readRun(
  file: InputFile,
  run: unknown,
  at: string,
  suite: string | undefined,
  warnings: ParseWarning[],
): BenchmarkResult | undefined {
  if (!isObject(run) || typeof run.name !== 'string')
    throw inputError(file.path, 'expected a run with a "name" string', { path: at });
  const name = run.name;
  if (run.error !== undefined) {
    const message = isObject(run.error) ? String(run.error.message) : String(run.error);
    warnings.push({
      file: file.path,
      message: `${at}: benchmark ${name} failed: ${message}; it has no result`,
    });
    return undefined;
  }
  if (!isObject(run.stats)) throw inputError(file.path, 'expected a "stats" object', { path: `${at}.stats` });
  const stats = run.stats as JsonObject;
  for (const key of STATS) {
    if (!isFiniteNumber(stats[key]))
      throw inputError(file.path, 'expected a number', { path: `${at}.stats.${key}` });
  }
  const num = (key: (typeof STATS)[number]) => stats[key] as number;
  const params = isObject(run.args)
    ? Object.fromEntries(Object.entries(run.args).map(([k, v]) => [k, String(v)]))
    : {};
  return {
    id: seriesId(suite, name, 'ns'),
    name,
    ...(suite ? { suite } : {}),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    unit: 'ns',
    direction: 'smaller',
    n: Array.isArray(stats.samples) && stats.samples.length > 0 ? stats.samples.length : 1,
    value: num('p50'),
    median: num('p50'),
    mean: num('avg'),
    min: num('min'),
    max: num('max'),
    extra: {
      q1: num('p25'),
      q3: num('p75'),
      p99: num('p99'),
      p999: num('p999'),
      ...(isFiniteNumber(stats.ticks) ? { ticks: stats.ticks } : {}),
      ...(typeof stats.kind === 'string' ? { kind: stats.kind } : {}),
    },
    source: { file: file.path },
  };
}
