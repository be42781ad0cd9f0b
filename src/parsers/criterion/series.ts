// Builds the series of Rust benchmarks, shared by the criterion input shapes: from criterion's raw
// samples (target/criterion JSON, cargo-criterion messages) and from bencher-style results (libtest).
import { median } from 'simple-statistics';
import {
  type BenchmarkResult,
  type ConfidenceInterval,
  type ParseOutput,
  type SourceLocation,
  seriesId,
} from '../../model/result.js';
import { directionOfUnit } from '../../model/units.js';
import { fail, fieldPlace, type JsonPlace } from './fields.js';

/** Criterion's default sample size, assumed when its output does not say how many samples it took. */
export const DEFAULT_SAMPLE_SIZE = 100;
/** libtest's result is the median of 50 samples (winsorized at 5%), each of many iterations. */
const LIBTEST_SAMPLES = 50;

/** A result's fields but the two derived from name and unit. */
export type SeriesFields = Omit<BenchmarkResult, 'id' | 'direction' | 'format'>;

/** A result with its id and direction, fields in the model's order, no `undefined` fields. */
export function series(fields: SeriesFields): BenchmarkResult {
  const { name, suite, params, unit, n, value, samples, mean, median, min, max, stddev, ci, extra, source } =
    fields;
  const id = seriesId(undefined, name, unit);
  const direction = directionOfUnit(unit);
  const all = {
    id,
    name,
    suite,
    params,
    unit,
    direction,
    n,
    value,
    samples,
    mean,
    median,
    min,
    max,
    stddev,
    ci,
    extra,
    source,
  };
  return Object.fromEntries(
    Object.entries(all).filter(([, v]) => v !== undefined),
  ) as unknown as BenchmarkResult;
}

/** Work done by one iteration (criterion's `Throughput`), turned into a rate series. */
export interface Throughput {
  /** `B/s` for `Bytes`/`BytesDecimal`, `elem/s` for `Elements`. */
  unit: 'B/s' | 'elem/s';
  perIteration: number;
}

/** One criterion benchmark with its samples, before it becomes series. */
export interface SampledBenchmark {
  name: string;
  suite?: string;
  params?: Record<string, string>;
  /** Time per iteration of each sample (measured time / iterations), in `unit`. */
  samples: number[];
  unit: string;
  mean?: number;
  median?: number;
  stddev?: number;
  /** Criterion's typical estimate: its interval is the `time: [lo est hi]` the tool prints. */
  typical: ConfidenceInterval;
  throughput: Throughput[];
  extra: Record<string, unknown>;
  source: SourceLocation;
}

/**
 * The time series (value = median of the samples) and, per throughput, a rate series derived from the
 * same samples (`perIteration / time`), with the interval criterion prints on its `thrpt:` line.
 */
export function sampledSeries(bench: SampledBenchmark): BenchmarkResult[] {
  const { name, suite, params, samples, unit, source } = bench;
  const common = { name, suite, params, n: samples.length, source };
  const time = series({
    ...common,
    unit,
    value: median(samples),
    samples,
    mean: bench.mean,
    median: bench.median,
    ...range(samples),
    stddev: bench.stddev,
    ci: bench.typical,
    extra: bench.extra,
  });
  // Rates are only derived from times: a custom measurement's unit says nothing about seconds.
  if (unit !== 'ns') return [time];
  return [
    time,
    ...bench.throughput.map(({ unit: rateUnit, perIteration }) => {
      const rate = (ns: number) => (perIteration * 1e9) / ns;
      const rates = samples.map(rate);
      const value = median(rates);
      const { lo, hi, level } = bench.typical;
      const perIterationKey = rateUnit === 'B/s' ? 'bytesPerIteration' : 'elementsPerIteration';
      return series({
        ...common,
        unit: rateUnit,
        value,
        samples: rates,
        median: value,
        ...range(rates),
        ci: { lo: rate(hi), hi: rate(lo), level },
        extra: { [perIterationKey]: perIteration },
      });
    }),
  ];
}

function range(values: number[]): { min: number; max: number } {
  return {
    min: values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY),
    max: values.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY),
  };
}

/**
 * Time per iteration of each sample: criterion measures a sample as `iterations` runs taking `times`
 * in total (sample.json `times`/`iters`, cargo-criterion `measured_values`/`iteration_count`).
 */
export function perIterationSamples(
  times: number[],
  iterations: number[],
  place: JsonPlace,
  keys: { times: string; iterations: string },
): number[] {
  if (times.length !== iterations.length) {
    fail(
      fieldPlace(place, keys.iterations),
      `as many entries as "${keys.times}" (${times.length}), not ${iterations.length}`,
    );
  }
  return times.map((time, i) => {
    const count = iterations[i] as number;
    if (count <= 0) fail(fieldPlace(fieldPlace(place, keys.iterations), i), 'a positive iteration count');
    return time / count;
  });
}

/** One bencher-style result: libtest `#[bench]` (text or `--format json`) or criterion's bencher output. */
export interface BencherResult {
  name: string;
  /** Per iteration, in `unit`. */
  median: number;
  /** `ns` for `ns/iter`; a custom measurement's unit as printed (`cycles/iter`, `MS/s`). */
  unit: string;
  /** The `(+/- M)`: libtest's max − min of its samples, criterion's standard deviation. */
  plusMinus: number;
  /** libtest's `= N MB/s` (`mib_per_second` in its JSON, but computed as bytes / µs, so 10^6 B/s). */
  megabytesPerSecond?: number;
  tool: 'libtest' | 'criterion';
  source: SourceLocation;
}

/**
 * The `ns` series, and an `MB/s` series when libtest measured bytes. libtest's `(+/- M)` is the range
 * (max − min) of its 50 winsorized samples, kept as `extra.deviation` (libtest's name); criterion's
 * bencher `(+/- M)` is its standard deviation estimate, so it is `stddev` (its sample count is not
 * printed: n = criterion's default 100, flagged `extra.assumedSampleCount`).
 */
export function bencherSeries(bench: BencherResult): BenchmarkResult[] {
  const libtest = bench.tool === 'libtest';
  const common = {
    name: bench.name,
    n: libtest ? LIBTEST_SAMPLES : DEFAULT_SAMPLE_SIZE,
    source: bench.source,
  };
  const time = series({
    ...common,
    unit: bench.unit,
    value: bench.median,
    median: bench.median,
    ...(libtest
      ? { extra: { deviation: bench.plusMinus } }
      : { stddev: bench.plusMinus, extra: { assumedSampleCount: true } }),
  });
  const rate = bench.megabytesPerSecond;
  if (rate === undefined) return [time];
  return [time, series({ ...common, unit: 'MB/s', value: rate, median: rate })];
}

/** A series id repeated in one input keeps its first result, with a warning naming where both were read. */
export function keepFirstPerId(out: ParseOutput): ParseOutput {
  const seen = new Map<string, BenchmarkResult>();
  const warnings = [...out.warnings];
  for (const result of out.results) {
    const first = seen.get(result.id);
    if (!first) {
      seen.set(result.id, result);
      continue;
    }
    const where = `${first.source.file}${first.source.line !== undefined ? `:${first.source.line}` : ''}`;
    warnings.push({
      ...result.source,
      message: `${result.id} repeats the series read at ${where}; kept the first`,
    });
  }
  return { results: [...seen.values()], warnings };
}
