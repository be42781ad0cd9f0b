/**
 * The `hyperfine` format: `hyperfine --export-json FILE`, `{"results": [{command, mean, stddev, median,
 * user, system, min, max, times, exit_codes, parameters?, memory_usage_byte?}]}`.
 *
 * One `s` series per command (its `-n` name when given, as hyperfine writes it into `command`): samples =
 * `times` (wall-clock seconds per run), params = `parameters` of `--parameter-scan`/`-L`. Newer hyperfine
 * records `memory_usage_byte` per run: a second series in `B`. user, system and exit_codes go to `extra`;
 * runs that exited non-zero (`-i`) are a warning, since their times may measure a failure.
 */
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, type ParseWarning, seriesId } from '../model/result.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';
import { sampleSummary } from './sample-summary.js';

const EXPECTED = 'hyperfine --export-json output ({"results": [{"command", "times", ...}]})';

export function looksLikeHyperfine(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /^\s*\{\s*"results"\s*:\s*\[\s*\{\s*"command"\s*:/.test(head);
}

export function parseHyperfine(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  if (!isObject(doc) || !Array.isArray(doc.results))
    throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
  const warnings: ParseWarning[] = [];
  const results = doc.results.flatMap((entry, i) => readCommand(file, entry, `$.results[${i}]`, warnings));
  if (results.length === 0) throw inputError(file.path, `no benchmark results; expected ${EXPECTED}`);
  return { results, warnings };
}

function readCommand(
  file: InputFile,
  entry: unknown,
  at: string,
  warnings: ParseWarning[],
): BenchmarkResult[] {
  if (!isObject(entry)) throw inputError(file.path, 'expected a result object', { path: at });
  const name = entry.command;
  if (typeof name !== 'string')
    throw inputError(file.path, 'expected "command" string', { path: `${at}.command` });
  const times = numbers(file, entry, 'times', at);
  if (!times)
    throw inputError(file.path, `expected "times" array for command "${name}"`, { path: `${at}.times` });
  const params = isObject(entry.parameters)
    ? Object.fromEntries(Object.entries(entry.parameters).map(([k, v]) => [k, String(v)]))
    : undefined;
  const exitCodes = Array.isArray(entry.exit_codes) ? entry.exit_codes : [];
  const failed = exitCodes.filter((code) => code !== 0 && code !== null).length;
  if (failed > 0) {
    warnings.push({
      file: file.path,
      message: `${at}: command "${name}" exited non-zero in ${failed} of ${exitCodes.length} runs (exit codes ${[...new Set(exitCodes)].join(', ')}); its times may measure the failure`,
    });
  }
  const extra = withoutUndefined({
    user: entry.user,
    system: entry.system,
    exitCodes,
    reportedMean: entry.mean,
    reportedStddev: entry.stddev,
    reportedMedian: entry.median,
  });
  const base = (unit: string) => ({
    id: seriesId(undefined, name, unit),
    name,
    ...(params ? { params } : {}),
    unit,
    direction: 'smaller' as const,
    source: { file: file.path },
  });
  const out: BenchmarkResult[] = [{ ...base('s'), ...sampleSummary(times), extra }];
  const memory = numbers(file, entry, 'memory_usage_byte', at);
  if (memory) out.push({ ...base('B'), ...sampleSummary(memory) });
  return out;
}

function numbers(file: InputFile, entry: JsonObject, key: string, at: string): number[] | undefined {
  const value = entry[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    throw inputError(file.path, 'expected a non-empty array of numbers', { path: `${at}.${key}` });
  }
  const bad = value.findIndex((x) => !isFiniteNumber(x));
  if (bad >= 0) throw inputError(file.path, 'expected a number', { path: `${at}.${key}[${bad}]` });
  return value as number[];
}

function withoutUndefined(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
