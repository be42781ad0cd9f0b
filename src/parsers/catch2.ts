/**
 * The `catch2` format: Catch2's benchmarks (v2 and v3), from its console output and its XML reporter
 * (`-r xml`).
 *
 * Console, per benchmark three lines under the `benchmark name  samples  iterations  estimated` header:
 * `name  samples  iterations  estimated`, `mean  low-mean  high-mean`, `std-dev  low  high`. XML: a
 * `<BenchmarkResults name samples iterations …>` element with `<mean value lowerBound upperBound ci>`,
 * `<standardDeviation …>` and `<outliers …>`, in nanoseconds.
 *
 * One `ns` series per benchmark (times in any unit are converted), scoped by its test case: value =
 * Catch2's mean (its estimate; it prints no median), ci = the bootstrap interval of the mean, n = samples,
 * stddev; iterations, the estimated run time, the std dev interval and the outlier counts in `extra`.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, seriesId } from '../model/result.js';
import { conversionFactor } from '../model/units.js';
import type { InputFile } from './input.js';

const EXPECTED =
  'Catch2 benchmark output (the console table under "benchmark name  samples  iterations  estimated", or -r xml)';
const CONSOLE_HEADER = /^benchmark name\s+samples\s+iterations\s+(?:estimated|est run time)\s*$/m;
const XML_RESULTS = /<BenchmarkResults\s/;
const NUMBER = String.raw`(\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const TIME = String.raw`${NUMBER}\s+(ns|us|µs|ms|s)`;
const FIRST_LINE = new RegExp(String.raw`^(.*?)\s+(\d+)\s+(\d+)\s+${TIME}\s*$`);
const TRIPLE_LINE = new RegExp(String.raw`^\s+${TIME}\s+${TIME}\s+${TIME}\s*$`);
/** Catch2's default confidence interval; its console output does not print the level. */
const DEFAULT_CI = 0.95;

export function looksLikeCatch2(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return CONSOLE_HEADER.test(head) || (/<Catch2?(?:TestRun)?[\s>]/.test(head) && XML_RESULTS.test(head));
}

export function parseCatch2(file: InputFile): ParseOutput {
  const results = XML_RESULTS.test(file.text) ? readXml(file) : readConsole(file);
  if (results.length === 0) throw inputError(file.path, `no benchmark results found; expected ${EXPECTED}`);
  return { results, warnings: [] };
}

function readConsole(file: InputFile): BenchmarkResult[] {
  const lines = file.text.split(/\r?\n/);
  const results: BenchmarkResult[] = [];
  let testCase: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    // A test case's name sits between two lines of dashes.
    if (/^-{20,}$/.test(line) && /^-{20,}$/.test(lines[i + 2] ?? '')) testCase = lines[i + 1]?.trim();
    const first = FIRST_LINE.exec(line);
    if (!first) continue;
    const mean = TRIPLE_LINE.exec(lines[i + 1] ?? '');
    const sd = TRIPLE_LINE.exec(lines[i + 2] ?? '');
    if (!mean || !sd) {
      throw inputError(file.path, `expected the mean and std dev lines of benchmark "${first[1]?.trim()}"`, {
        line: i + 2,
      });
    }
    const ns = (m: RegExpExecArray, k: number) => toNs(file, Number(m[k]), m[k + 1] as string, i + 1);
    const [, name = '', samples = '', iterations = ''] = first;
    results.push(
      result(file, {
        testCase,
        name: name.trim(),
        samples: Number(samples),
        mean: ns(mean, 1),
        ci: { lo: ns(mean, 3), hi: ns(mean, 5), level: DEFAULT_CI },
        stddev: ns(sd, 1),
        extra: {
          iterations: Number(iterations),
          estimatedRunTime: ns(first, 4),
          stddevCi: { lo: ns(sd, 3), hi: ns(sd, 5) },
        },
        line: i + 1,
      }),
    );
    i += 2;
  }
  return results;
}

function readXml(file: InputFile): BenchmarkResult[] {
  // A run killed mid-write leaves the benchmarks before the cut: refuse it rather than record a part.
  const root = /<(Catch2TestRun|Catch)[\s>]/.exec(file.text)?.[1];
  if (root && !file.text.includes(`</${root}>`)) {
    throw inputError(file.path, `truncated XML (no closing </${root}>); expected ${EXPECTED}`, {
      line: file.text.split('\n').length,
    });
  }
  const results: BenchmarkResult[] = [];
  const testCases = [...file.text.matchAll(/<TestCase\s([^>]*)>/g)].map((m) => ({
    at: m.index ?? 0,
    name: decode(attribute(m[1] as string, 'name') ?? ''),
  }));
  for (const m of file.text.matchAll(/<BenchmarkResults\s([^>]*)>([\s\S]*?)<\/BenchmarkResults>/g)) {
    const at = m.index ?? 0;
    const line = file.text.slice(0, at).split('\n').length;
    const attrs = m[1] as string;
    const body = m[2] as string;
    const name = decode(attribute(attrs, 'name') ?? '');
    const mean = element(body, 'mean');
    const sd = element(body, 'standardDeviation');
    const samples = Number(attribute(attrs, 'samples'));
    if (!mean || !Number.isFinite(mean.value) || !Number.isFinite(samples)) {
      throw inputError(file.path, `expected <mean value=…> and samples="…" in benchmark "${name}"`, { line });
    }
    const outliers = /<outliers\s([^>]*)\/>/.exec(body)?.[1];
    results.push(
      result(file, {
        testCase: testCases.filter((t) => t.at < at).pop()?.name,
        name,
        samples,
        mean: mean.value,
        ci: { lo: mean.lowerBound, hi: mean.upperBound, level: mean.ci },
        stddev: sd?.value,
        extra: {
          iterations: Number(attribute(attrs, 'iterations')),
          resamples: Number(attribute(attrs, 'resamples')),
          clockResolution: Number(attribute(attrs, 'clockResolution')),
          estimatedRunTime: Number(attribute(attrs, 'estimatedDuration')),
          ...(sd ? { stddevCi: { lo: sd.lowerBound, hi: sd.upperBound } } : {}),
          ...(outliers ? { outliers: numbers(outliers) } : {}),
        },
        line,
      }),
    );
  }
  return results;
}

interface Catch2Benchmark {
  testCase: string | undefined;
  name: string;
  samples: number;
  mean: number;
  ci: { lo: number; hi: number; level: number };
  stddev: number | undefined;
  extra: Record<string, unknown>;
  line: number;
}

function result(file: InputFile, b: Catch2Benchmark): BenchmarkResult {
  return {
    id: seriesId(b.testCase, b.name, 'ns'),
    name: b.name,
    ...(b.testCase ? { suite: b.testCase } : {}),
    unit: 'ns',
    direction: 'smaller',
    n: b.samples,
    value: b.mean,
    mean: b.mean,
    ...(b.stddev !== undefined ? { stddev: b.stddev } : {}),
    ci: b.ci,
    extra: b.extra,
    source: { file: file.path, line: b.line },
  };
}

function toNs(file: InputFile, value: number, unit: string, line: number): number {
  const factor = conversionFactor(unit, 'ns');
  if (factor === undefined) throw inputError(file.path, `unknown time unit "${unit}"`, { line });
  return Number((value * factor).toPrecision(12));
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(String.raw`(?:^|\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

function element(body: string, tag: string) {
  const attrs = new RegExp(String.raw`<${tag}\s([^>]*)/>`).exec(body)?.[1];
  if (!attrs) return undefined;
  const n = numbers(attrs);
  return {
    value: n.value ?? Number.NaN,
    lowerBound: n.lowerBound ?? Number.NaN,
    upperBound: n.upperBound ?? Number.NaN,
    ci: n.ci ?? DEFAULT_CI,
  };
}

function numbers(attrs: string): Record<string, number> {
  return Object.fromEntries([...attrs.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], Number(m[2])]));
}

function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}
