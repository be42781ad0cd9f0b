/**
 * What every load-test format (wrk, hey, apache-bench, locust) yields for one target, one number per
 * run each: throughput in `req/s` (bigger is better), the latency percentiles p50/p90/p95/p99 the tool
 * prints, each its own series in `ms` (smaller), and the failed requests in `errors`, an exact metric
 * (`extra.assume: "exact"`, default threshold 0: any new failure is a regression).
 *
 * The percentile is part of the name (`GET /work p99`), so budgets and threshold globs can pick one.
 */
import { type BenchmarkResult, seriesId } from '../model/result.js';
import { FAILURE_UNIT } from '../model/units.js';
import type { InputFile } from './input.js';

/** The percentiles kept as series; the others a tool prints stay in `extra.percentiles`. */
export const PERCENTILES = ['50', '90', '95', '99'] as const;

export interface LoadTestRun {
  /** The series name: the URL, endpoint or file the tool names. */
  target: string;
  requestsPerSecond: number;
  /** Every percentile the tool printed, in ms, keyed by its number as printed (`"99.9"`). */
  latencyMs: Record<string, number>;
  /** Failed requests: non-2xx/3xx answers, socket errors, failures the tool counts. */
  errors: number;
  /** What `errors` is made of, as the tool splits it (`{ "non-2xx": 41, timeout: 6 }`). */
  errorParts: Record<string, number>;
  /** Line of the file the numbers were read from (text formats). */
  line?: number;
  /** Anything else the tool prints that is kept (request count, averages, …). */
  extra?: Record<string, unknown>;
}

export function loadTestSeries(file: InputFile, run: LoadTestRun): BenchmarkResult[] {
  const source = { file: file.path, ...(run.line !== undefined ? { line: run.line } : {}) };
  const one = (name: string, unit: string, value: number, more: Partial<BenchmarkResult>) => ({
    id: seriesId(undefined, name, unit),
    name,
    unit,
    direction: 'smaller' as BenchmarkResult['direction'],
    n: 1,
    value,
    source,
    ...more,
  });
  const out: BenchmarkResult[] = [
    one(run.target, 'req/s', run.requestsPerSecond, { direction: 'bigger', extra: { ...run.extra } }),
  ];
  const others = Object.fromEntries(
    Object.entries(run.latencyMs).filter(([p]) => !(PERCENTILES as readonly string[]).includes(p)),
  );
  for (const p of PERCENTILES) {
    const value = run.latencyMs[p];
    if (value === undefined) continue;
    const extra = {
      percentile: Number(p),
      ...(Object.keys(others).length > 0 ? { percentiles: others } : {}),
    };
    out.push(one(`${run.target} p${p}`, 'ms', value, { params: { percentile: `p${p}` }, extra }));
  }
  out.push(one(run.target, FAILURE_UNIT, run.errors, { extra: { assume: 'exact', ...run.errorParts } }));
  return out;
}

/** A number as the load tools print it (`1,234.5`), NaN for anything else. */
export function loadNumber(text: string): number {
  const plain = text.replaceAll(',', '');
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}
