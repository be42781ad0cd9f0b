/**
 * The generic `json` format: for any tool perf-regression has no parser for. A JSON array of entries
 *
 * ```json
 * [
 *   { "name": "parse small file", "unit": "ms", "value": 1.25 },
 *   { "name": "parse size=1000", "unit": "ms", "samples": [1.31, 1.28, 1.35], "suite": "parser",
 *     "params": { "size": 1000 }, "direction": "smaller", "range": "± 0.02", "extra": { "runs": 3 } }
 * ]
 * ```
 *
 * - `name` (string), `unit` (string, as you want it printed) and exactly one of `value` (a number) or
 *   `samples` (a non-empty array of numbers, one per run) are required.
 *   With `value` the series has a single observation (n = 1), too few for a significance test; with
 *   `samples`, value = their median and n = their count.
 * - `direction`: `"smaller"` or `"bigger"` is better. Without it the unit decides: rates (`ops/s`,
 *   `MB/s`, anything `…/s`) are bigger-is-better, everything else smaller-is-better.
 * - `suite` (string) scopes the name; `params` (object; non-string values are kept as JSON text).
 * - `range` and `extra` (anything) are kept as they are, in `extra.range` and `extra.extra`; a range is
 *   never read as a standard deviation, since nothing says what it measures.
 * - The series id is `suite::name [unit]`, or `name [unit]` without a suite: params do not enter it, so
 *   put them in the name too (`sort size=100`). An id repeated in one file keeps its first entry (with
 *   a warning).
 *
 * The object form `{ "direction": "bigger", "results": [ …entries… ] }` sets the direction of every
 * entry that has none.
 *
 * Migrating from github-action-benchmark: its `customSmallerIsBetter` and `customBiggerIsBetter` files
 * (`[{name, unit, value, range?, extra?}]`) are read unchanged. The files do not say their direction, the
 * tool name does: `format: customBiggerIsBetter` (or `customSmallerIsBetter`) sets it for every entry
 * without one. Under `auto` the unit decides, as above.
 */
import { median } from 'simple-statistics';
import { inputError } from '../model/errors.js';
import {
  type BenchmarkResult,
  type Direction,
  type ParseOutput,
  type ParseWarning,
  seriesId,
} from '../model/result.js';
import { directionOfUnit } from '../model/units.js';
import type { InputFile } from './input.js';
import { isFiniteNumber, isObject, type JsonObject, parseJsonText } from './json-text.js';

const EXPECTED = 'a JSON array of {"name", "unit", "value" or "samples"} entries';

/** The entries and where they are: `$` for a bare array, `$.results` in the object form. */
interface EntryList {
  entries: unknown[];
  path: string;
  direction?: Direction;
}

export function looksLikeGenericJson(text: string): boolean {
  const start = text.trimStart()[0];
  if ((start !== '[' && start !== '{') || !text.includes('"unit"')) return false;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  const first = Array.isArray(root) ? root[0] : isObject(root) ? firstResult(root) : undefined;
  return (
    isObject(first) &&
    typeof first.name === 'string' &&
    typeof first.unit === 'string' &&
    ('value' in first || 'samples' in first)
  );
}

function firstResult(root: JsonObject): unknown {
  return Array.isArray(root.results) ? root.results[0] : undefined;
}

/** `direction`: the one the format name gave (github-action-benchmark's custom*IsBetter), for entries without one. */
export function parseGenericJson(file: InputFile, formatDirection?: Direction): ParseOutput {
  const list = entryList(file.path, parseJsonText(file, EXPECTED));
  const { entries, path } = list;
  const direction = list.direction ?? formatDirection;
  const results: BenchmarkResult[] = [];
  const warnings: ParseWarning[] = [];
  const firstPathOfId = new Map<string, string>();
  entries.forEach((entry, i) => {
    const entryPath = `${path}[${i}]`;
    const result = readEntry(file.path, entry, entryPath, direction);
    const earlier = firstPathOfId.get(result.id);
    if (earlier !== undefined) {
      warnings.push({
        file: file.path,
        message: `${entryPath}: duplicate of ${earlier} (${result.id}); ignored`,
      });
      return;
    }
    firstPathOfId.set(result.id, entryPath);
    results.push(result);
  });
  return { results, warnings };
}

function entryList(file: string, root: unknown): EntryList {
  if (Array.isArray(root)) return { entries: root, path: '$' };
  if (!isObject(root)) throw inputError(file, `expected ${EXPECTED}`, { path: '$' });
  if (!Array.isArray(root.results)) {
    throw inputError(file, `expected ${EXPECTED}, or an object with a "results" array`, { path: '$' });
  }
  const list: EntryList = { entries: root.results, path: '$.results' };
  if (root.direction !== undefined) list.direction = readDirection(file, root.direction, '$.direction');
  return list;
}

function readEntry(
  file: string,
  entry: unknown,
  path: string,
  defaultDirection?: Direction,
): BenchmarkResult {
  if (!isObject(entry))
    throw inputError(file, 'expected an object with "name", "unit" and "value"', { path });
  const name = requiredString(file, entry, 'name', path);
  const unit = requiredString(file, entry, 'unit', path);
  const suite = entry.suite === undefined ? undefined : requiredString(file, entry, 'suite', path);
  const direction =
    entry.direction === undefined
      ? (defaultDirection ?? directionOfUnit(unit))
      : readDirection(file, entry.direction, `${path}.direction`);
  const result: BenchmarkResult = {
    id: seriesId(suite, name, unit),
    name,
    unit,
    direction,
    ...measurement(file, entry, path),
    source: { file },
  };
  if (suite !== undefined) result.suite = suite;
  if (entry.params !== undefined) result.params = readParams(file, entry.params, `${path}.params`);
  const extra: Record<string, unknown> = {};
  if (entry.range !== undefined) extra.range = entry.range;
  if (entry.extra !== undefined) extra.extra = entry.extra;
  if (Object.keys(extra).length > 0) result.extra = extra;
  return result;
}

/** `value` → one observation; `samples` → their median over n of them. */
function measurement(
  file: string,
  entry: JsonObject,
  path: string,
): Pick<BenchmarkResult, 'value' | 'n' | 'samples' | 'median'> {
  const { value, samples } = entry;
  if (value !== undefined && samples !== undefined) {
    throw inputError(file, 'expected either "value" or "samples", not both', { path });
  }
  if (samples !== undefined) {
    const list = readSamples(file, samples, `${path}.samples`);
    const center = median(list);
    return { value: center, n: list.length, samples: list, median: center };
  }
  if (value === undefined) throw inputError(file, 'expected "value" number or "samples" array', { path });
  if (!isFiniteNumber(value)) throw inputError(file, 'expected a finite number', { path: `${path}.value` });
  return { value, n: 1 };
}

function readSamples(file: string, samples: unknown, path: string): number[] {
  if (!Array.isArray(samples) || samples.length === 0) {
    throw inputError(file, 'expected a non-empty array of numbers', { path });
  }
  const bad = samples.findIndex((x) => !isFiniteNumber(x));
  if (bad >= 0) throw inputError(file, 'expected a finite number', { path: `${path}[${bad}]` });
  return samples as number[];
}

function readDirection(file: string, direction: unknown, path: string): Direction {
  if (direction === 'smaller' || direction === 'bigger') return direction;
  throw inputError(file, 'expected "smaller" or "bigger"', { path });
}

function readParams(file: string, params: unknown, path: string): Record<string, string> {
  if (!isObject(params)) throw inputError(file, 'expected an object of parameters', { path });
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

function requiredString(file: string, entry: JsonObject, key: string, path: string): string {
  const value = entry[key];
  if (typeof value === 'string' && value !== '') return value;
  throw inputError(file, `expected "${key}" string`, { path });
}
