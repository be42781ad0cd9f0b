// JSON lines about Rust benchmarks: cargo-criterion's `--message-format=json` messages and libtest's
// `--format json` events. Lines that are not JSON objects (cargo's own output) are skipped.
import { inputError } from '../../model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../../model/result.js';
import { conversionFactor } from '../../model/units.js';
import type { InputFile } from '../input.js';
import {
  fail,
  fieldPlace,
  isObject,
  type JsonObject,
  type JsonPlace,
  readNumber,
  readNumbers,
  readObject,
  readString,
} from './fields.js';
import {
  bencherSeries,
  keepFirstPerId,
  perIterationSamples,
  sampledSeries,
  type Throughput,
} from './series.js';

const EXPECTED = 'one JSON object per line (cargo-criterion --message-format=json or libtest --format json)';
/** cargo-criterion does not print its confidence level; 0.95 is its default. */
const CARGO_CRITERION_CI_LEVEL = 0.95;

interface Message {
  json: JsonObject;
  place: JsonPlace;
}

/**
 * cargo-criterion `benchmark-complete`: samples = measured_values[i] / iteration_count[i] (time per
 * iteration, in ns when the unit is a time), value = their median, mean/median = its estimates,
 * ci = its `typical` interval (the slope, or the mean without one), throughput series as for
 * target/criterion; suite = the group of the `group-complete` message listing it. libtest `bench`
 * events: as its text lines (median in ns, `deviation` = max − min, `mib_per_second` as `MB/s`).
 */
export function parseCriterionJsonLines(file: InputFile): ParseOutput {
  const out: ParseOutput = { results: [], warnings: [] };
  const completed: Message[] = [];
  const suiteOf = new Map<string, string>();
  for (const { json, place } of messages(file)) {
    if (json.type === 'bench') {
      for (const r of libtestBench(json, place)) out.results.push(r);
    } else if (json.type === 'test' && json.event === 'failed') {
      out.warnings.push({
        file: file.path,
        line: place.line,
        message: `benchmark ${String(json.name)} failed; it has no result`,
      });
    } else if (json.reason === 'benchmark-complete') {
      completed.push({ json, place });
    } else if (json.reason === 'group-complete') {
      const group = readString(json, 'group_name', place);
      const members = Array.isArray(json.benchmarks) ? json.benchmarks : [];
      for (const id of members) if (typeof id === 'string' && !suiteOf.has(id)) suiteOf.set(id, group);
    }
  }
  for (const { json, place } of completed) {
    for (const r of cargoCriterionBenchmark(json, place, suiteOf)) out.results.push(r);
  }
  return keepFirstPerId(out);
}

function* messages(file: InputFile): Generator<Message> {
  const lines = file.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (!text.startsWith('{')) continue;
    const place: JsonPlace = { file: file.path, line: i + 1, path: '$' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      const reason =
        err instanceof Error ? err.message.replace(/\s*in JSON at position.*$/, '') : String(err);
      throw inputError(file.path, `invalid JSON (${reason}); expected ${EXPECTED}`, { line: place.line });
    }
    if (isObject(json)) yield { json, place };
  }
}

function libtestBench(json: JsonObject, place: JsonPlace): BenchmarkResult[] {
  const rate = json.mib_per_second;
  return bencherSeries({
    name: readString(json, 'name', place),
    median: readNumber(json, 'median', place),
    unit: 'ns',
    plusMinus: readNumber(json, 'deviation', place),
    megabytesPerSecond:
      rate === undefined || rate === null ? undefined : readNumber(json, 'mib_per_second', place),
    tool: 'libtest',
    source: { file: place.file, line: place.line },
  });
}

function cargoCriterionBenchmark(
  json: JsonObject,
  place: JsonPlace,
  suiteOf: Map<string, string>,
): BenchmarkResult[] {
  const name = readString(json, 'id', place);
  const measuredUnit = readString(json, 'unit', place);
  // Times become ns like every other criterion input; a custom measurement keeps its own unit.
  const unit = conversionFactor(measuredUnit, 'ns') === undefined ? measuredUnit : 'ns';
  const toUnit = conversionFactor(measuredUnit, unit) as number;
  const times = readNumbers(json, 'measured_values', place).map((v) => v * toUnit);
  const iterations = readNumbers(json, 'iteration_count', place);
  const hasSlope = json.slope !== null && json.slope !== undefined;
  const typical = readInterval(json, 'typical', place, unit);
  return sampledSeries({
    name,
    suite: suiteOf.get(name),
    samples: perIterationSamples(times, iterations, place, {
      times: 'measured_values',
      iterations: 'iteration_count',
    }),
    unit,
    mean: readInterval(json, 'mean', place, unit).estimate,
    median: readInterval(json, 'median', place, unit).estimate,
    typical: { lo: typical.lo, hi: typical.hi, level: CARGO_CRITERION_CI_LEVEL },
    throughput: readThroughputs(json.throughput, fieldPlace(place, 'throughput')),
    extra: {
      ciEstimate: hasSlope ? 'slope' : 'mean',
      ...(hasSlope ? { slope: readInterval(json, 'slope', place, unit).estimate } : {}),
      medianAbsDev: readInterval(json, 'median_abs_dev', place, unit).estimate,
    },
    source: { file: place.file, line: place.line },
  });
}

/** `{"estimate", "lower_bound", "upper_bound", "unit"}` converted to `unit`. */
function readInterval(json: JsonObject, key: string, place: JsonPlace, unit: string) {
  const at = fieldPlace(place, key);
  const interval = readObject(json[key], at);
  const factor =
    conversionFactor(readString(interval, 'unit', at), unit) ?? fail(fieldPlace(at, 'unit'), `"${unit}"`);
  return {
    estimate: readNumber(interval, 'estimate', at) * factor,
    lo: readNumber(interval, 'lower_bound', at) * factor,
    hi: readNumber(interval, 'upper_bound', at) * factor,
  };
}

/** `[{"per_iteration": 1024, "unit": "bytes" | "elements"}]`, possibly empty or absent. */
function readThroughputs(value: unknown, place: JsonPlace): Throughput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(place, 'an array of {"per_iteration", "unit"}');
  const byUnit = new Map<string, Throughput>();
  value.forEach((item, i) => {
    const at = fieldPlace(place, i);
    const entry = readObject(item, at);
    const kind = readString(entry, 'unit', at);
    const unit =
      kind === 'bytes'
        ? 'B/s'
        : kind === 'elements'
          ? 'elem/s'
          : fail(fieldPlace(at, 'unit'), '"bytes" or "elements"');
    if (!byUnit.has(unit)) byUnit.set(unit, { unit, perIteration: readNumber(entry, 'per_iteration', at) });
  });
  return [...byUnit.values()];
}
