// The normalized result model shared by every stage: parsers produce it, compare consumes it,
// stores persist it, reports print it. It is a public output (`perf-regression parse`, the JSON
// report, the history file), documented in docs/reports.md: change it only in a compatible way.

/** Which way is better for a metric. */
export type Direction = 'smaller' | 'bigger';

/** The input formats perf-regression reads. */
export const FORMATS = [
  'go',
  'pytest',
  'criterion',
  'tinybench',
  'googlebenchmark',
  'hyperfine',
  'catch2',
  'benchmarkjs',
  'jmh',
  'benchmarkdotnet',
  'julia',
  'luau',
  'mitata',
  'wrk',
  'hey',
  'apache-bench',
  'locust',
  'json',
] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Formats whose series are views of one system under load (its throughput, its latency percentiles):
 * they move together when the server changes, which is the change sought, so the engine does not read
 * their joint move as a runner drift or as the suite's noise.
 */
const LOAD_TEST_FORMATS: ReadonlySet<string> = new Set<Format>(['wrk', 'hey', 'apache-bench', 'locust']);

export function isLoadTest(format: Format | undefined): boolean {
  return format !== undefined && LOAD_TEST_FORMATS.has(format);
}

/**
 * Other names of a format: github-action-benchmark's `tool:` values (so its users keep theirs) and the
 * tool a format is known by (vitest bench writes tinybench results).
 */
export const FORMAT_ALIASES = {
  vitest: 'tinybench',
  cargo: 'criterion',
  googlecpp: 'googlebenchmark',
  benchmarkluau: 'luau',
  ab: 'apache-bench',
  customSmallerIsBetter: 'json',
  customBiggerIsBetter: 'json',
} as const satisfies Record<string, Format>;
export type FormatAlias = keyof typeof FORMAT_ALIASES;

/** What a user may name as the format: one of FORMATS, an alias, or `auto` (detect per file). */
export type FormatChoice = Format | FormatAlias | 'auto';
export const FORMAT_CHOICES: readonly FormatChoice[] = [
  'auto',
  ...FORMATS,
  ...(Object.keys(FORMAT_ALIASES) as FormatAlias[]),
];

/** Where a number was read: the input file and, for text formats, its 1-based line. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/** A confidence interval as the tool reported it (criterion's `time: [lo est hi]`, …). */
export interface ConfidenceInterval {
  lo: number;
  hi: number;
  /** Confidence level in (0, 1), e.g. 0.95. */
  level: number;
}

/** One (benchmark, metric) series of one run. */
export interface BenchmarkResult {
  /** Stable key matching the same series across runs: scope, name as printed (params, -N procs suffix) and unit. */
  id: string;
  /** The benchmark as the user knows it, e.g. `BenchmarkAdler32/size=64` or `test_sort[10]`. */
  name: string;
  /** Go package, pytest group, criterion group, vitest file > suite. */
  suite?: string;
  /** Parameters the tool reports (`size=64` → {size: "64"}, pytest params, criterion value). */
  params?: Record<string, string>;
  /** Unit exactly as the tool reports it: `ns/op`, `B/op`, `MB/s`, `s`, `ms`, `ns`, `ops/s`, custom. */
  unit: string;
  direction: Direction;
  /** Number of observations behind `value`: samples, rounds or runs. */
  n: number;
  /** The central estimate the tool implies (median of samples when there are samples, else the tool's mean/estimate). */
  value: number;
  /** Raw values, one per run/round/sample, in `unit`, in the order the tool gave them. */
  samples?: number[];
  mean?: number;
  median?: number;
  min?: number;
  max?: number;
  stddev?: number;
  ci?: ConfidenceInterval;
  /**
   * The median's interval from the raw samples, kept in a history entry whose samples were dropped (runs
   * older than the newest ones a comparison reads): the dashboard's band. The engine never reads it.
   */
  sampleCi?: ConfidenceInterval;
  /** The parser that read it (set by parseInputs): picks advice and source lookup per tool. */
  format?: Format;
  /** Anything else the tool gives that has no field here (pytest extra_info, iterations, …). */
  extra?: Record<string, unknown>;
  source: SourceLocation;
}

/** A problem in the input that did not stop parsing (a failed benchmark, a failed package, …). */
export interface ParseWarning {
  file: string;
  line?: number;
  message: string;
}

export interface ParseOutput {
  results: BenchmarkResult[];
  warnings: ParseWarning[];
}

/**
 * Builds the stable series id: `<scope>::<name> [<unit>]`, or `<name> [<unit>]` without a scope.
 * Every parser goes through here so ids look alike across formats.
 */
export function seriesId(scope: string | undefined, name: string, unit: string): string {
  return `${scope ? `${scope}::` : ''}${name} [${unit}]`;
}
