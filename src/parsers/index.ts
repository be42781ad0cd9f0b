// Entry point of parsing: picks a parser per file (or the one the user forced) and merges results.
import { inputError } from '../model/errors.js';
import {
  type BenchmarkResult,
  type Direction,
  FORMAT_ALIASES,
  FORMATS,
  type Format,
  type FormatChoice,
  type ParseOutput,
} from '../model/result.js';
import { parseApacheBench } from './apache-bench.js';
import { parseBenchmarkDotNet } from './benchmarkdotnet.js';
import { parseBenchmarkJs } from './benchmarkjs.js';
import { parseCatch2 } from './catch2.js';
import { parseCriterion } from './criterion/index.js';
import { detectFormat, refuseMixedText } from './detect.js';
import { parseGo } from './go.js';
import { parseGoogleBenchmark } from './googlebenchmark.js';
import { parseHey } from './hey.js';
import { parseHyperfine } from './hyperfine.js';
import type { InputFile } from './input.js';
import { parseJmh } from './jmh.js';
import { parseGenericJson } from './json.js';
import { parseJsonText } from './json-text.js';
import { parseJulia } from './julia.js';
import { parseLocust } from './locust.js';
import { parseLuau } from './luau.js';
import { parseMitata } from './mitata.js';
import { poolSameSeries } from './pool.js';
import { parsePytest } from './pytest.js';
import { parseTinybench } from './tinybench.js';
import { unrecognizedMessage } from './unrecognized.js';
import { parseWrk } from './wrk.js';

export type { InputFile } from './input.js';

/** Told how far parsing got, so that a caller can stop a run its memory cannot hold (pipeline/heap.ts). */
export interface ParseProgress {
  /** Each line of go output, with the results the file has given so far. */
  line?(file: string, results: number): void;
  /** After each file, with the results of the files parsed so far. */
  file?(file: string, results: number): void;
}

/**
 * The files of one run (the action's `files`, one `--baseline` or `--current` of the CLI): parsed,
 * and a benchmark found in several of them pooled into one series (pool-series.ts).
 */
export function parseRun(files: InputFile[], format: FormatChoice, progress?: ParseProgress): ParseOutput {
  const read = parseInputs(files, format, progress);
  const pooled = poolSameSeries(read.results);
  return { results: pooled.results, warnings: [...read.warnings, ...pooled.warnings] };
}

/** Parses every file with `format` (or the detected one per file when `auto`) and concatenates the results. */
export function parseInputs(files: InputFile[], choice: FormatChoice, progress?: ParseProgress): ParseOutput {
  const { format, direction } = resolveFormat(choice);
  const byFormat = new Map<Format, InputFile[]>();
  for (const file of files) {
    const chosen = format === 'auto' ? detectFormat(file) : format;
    if (!chosen) throw unrecognized(file);
    if (format === 'auto') refuseMixedText(file, chosen);
    const group = byFormat.get(chosen) ?? [];
    group.push(file);
    byFormat.set(chosen, group);
  }
  const out: ParseOutput = { results: [], warnings: [] };
  const add = (fmt: Format, path: string, part: ParseOutput) => {
    for (const result of part.results) {
      result.format = fmt;
      refuseNonFinite(result);
      out.results.push(result);
    }
    for (const w of part.warnings) out.warnings.push(w);
    progress?.file?.(path, out.results.length);
  };
  for (const [fmt, group] of byFormat) {
    // criterion's target/criterion JSON comes as three files per benchmark: its parser sees them together.
    if (fmt === 'criterion') add(fmt, (group[0] as InputFile).path, parseCriterion(group));
    else for (const file of group) add(fmt, file.path, parseOne(fmt, file, direction, progress));
  }
  return out;
}

/**
 * A number a parser read that does not fit a double (a 400-digit count, 1e309) would be stored as
 * null and compared as Infinity: whatever the format, it is refused naming the benchmark.
 */
function refuseNonFinite(result: BenchmarkResult): void {
  const summary = [result.value, result.mean, result.median, result.min, result.max, result.stddev];
  const bad =
    summary.find((x) => x !== undefined && !Number.isFinite(x)) ??
    result.samples?.find((x) => !Number.isFinite(x));
  if (bad === undefined) return;
  throw inputError(
    result.source.file,
    `benchmark "${result.name}": ${bad} is not a finite number; expected a measurement`,
    result.source.line !== undefined ? { line: result.source.line } : undefined,
  );
}

/** No parser claims the file: if it is broken JSON, say where it breaks; else what it looks like. */
function unrecognized(file: InputFile): Error {
  if (/^\s*[[{]/.test(file.text)) parseJsonText(file, `benchmark output, one of: ${FORMATS.join(', ')}`);
  return inputError(file.path, unrecognizedMessage(file.text));
}

/**
 * An alias to the format it names. github-action-benchmark's custom formats are one file shape whose
 * direction only the tool name says, so the alias carries it.
 */
function resolveFormat(choice: FormatChoice): { format: Format | 'auto'; direction?: Direction } {
  if (choice === 'customBiggerIsBetter') return { format: 'json', direction: 'bigger' };
  if (choice === 'customSmallerIsBetter') return { format: 'json', direction: 'smaller' };
  return {
    format:
      choice in FORMAT_ALIASES
        ? FORMAT_ALIASES[choice as keyof typeof FORMAT_ALIASES]
        : (choice as Format | 'auto'),
  };
}

function parseOne(
  format: Exclude<Format, 'criterion'>,
  file: InputFile,
  direction?: Direction,
  progress?: ParseProgress,
): ParseOutput {
  switch (format) {
    case 'go':
      return parseGo(file, progress?.line && ((results: number) => progress.line?.(file.path, results)));
    case 'pytest':
      return parsePytest(file);
    case 'tinybench':
      return parseTinybench(file);
    case 'googlebenchmark':
      return parseGoogleBenchmark(file);
    case 'hyperfine':
      return parseHyperfine(file);
    case 'catch2':
      return parseCatch2(file);
    case 'benchmarkjs':
      return parseBenchmarkJs(file);
    case 'jmh':
      return parseJmh(file);
    case 'benchmarkdotnet':
      return parseBenchmarkDotNet(file);
    case 'julia':
      return parseJulia(file);
    case 'luau':
      return parseLuau(file);
    case 'mitata':
      return parseMitata(file);
    case 'wrk':
      return parseWrk(file);
    case 'hey':
      return parseHey(file);
    case 'apache-bench':
      return parseApacheBench(file);
    case 'locust':
      return parseLocust(file);
    case 'json':
      return parseGenericJson(file, direction);
  }
}
