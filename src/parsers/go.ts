// Reads `go test -bench` output: the text format (the one golang.org/x/perf/benchfmt reads) and the
// `go test -json` (test2json) stream, whose `Output` fields carry that same text, split per package.
// One pass over the lines, no backtracking regexes on whole lines: big CI logs stay cheap to read.
import { inputError } from '../model/errors.js';
import {
  type BenchmarkResult,
  type Direction,
  type ParseOutput,
  type ParseWarning,
  seriesId,
} from '../model/result.js';
import { directionOfUnit } from '../model/units.js';
import { detached, type InputFile } from './input.js';
import { sampleSummary } from './sample-summary.js';

/** Format sniffing looks at the head of a file only. */
const SNIFF_CHARS = 64 * 1024;
/** `BenchmarkX-8  1000  123 ns/op`, tested on one line at a time. */
const RESULT_LINE = /^Benchmark\S*[ \t]+\d+[ \t]+[\d.]+(?:[eE][+-]?\d+)?[ \t]+\S/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const NO_RESULTS =
  'no benchmark result lines found; expected `go test -bench` output (lines like "BenchmarkX-8  1000  123 ns/op")';

/** `--- FAIL: BenchmarkX`: a run whose benchmarks all failed has no result line, and is still go's. */
const FAILED_BENCHMARK = /(?:^|\n|\t)--- FAIL: Benchmark\S*/;

export function looksLikeGo(text: string): boolean {
  const head = headOf(text);
  return looksLikeTest2Json(head) || hasResultLine(head) || FAILED_BENCHMARK.test(head);
}

/** `progress` is told, after each line, how many series the file has given so far. */
export function parseGo(file: InputFile, progress?: (results: number) => void): ParseOutput {
  const reader = new GoBenchReader(file.path, progress);
  if (looksLikeTest2Json(headOf(file.text))) readTest2Json(file, reader);
  else reader.readText(file.text);
  const results = reader.results();
  if (results.length === 0 && reader.failedBenchmarks.length > 0) {
    throw inputError(
      file.path,
      `the benchmark run failed: ${reader.failedBenchmarks.join(', ')} (no benchmark result lines)`,
      { line: reader.firstFailureLine },
    );
  }
  if (results.length === 0) {
    const first = reader.warnings[0];
    const why = first ? ` (first problem: line ${first.line}: ${first.message})` : '';
    throw inputError(file.path, NO_RESULTS.replace(';', `${why};`));
  }
  return { results, warnings: reader.warnings };
}

function headOf(text: string): string {
  return text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
}

function looksLikeTest2Json(head: string): boolean {
  return (
    (head.startsWith('{') || head.includes('\n{')) &&
    head.includes('"Action":"') &&
    head.includes('"Package":"')
  );
}

function hasResultLine(head: string): boolean {
  for (let at = head.indexOf('Benchmark'); at >= 0; at = head.indexOf('Benchmark', at + 1)) {
    if (at > 0 && head.charCodeAt(at - 1) !== NEWLINE) continue;
    const end = head.indexOf('\n', at);
    if (RESULT_LINE.test(head.slice(at, end < 0 ? head.length : end))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The text format

/** One (package, benchmark as printed, unit): its samples are in the reader's sample log under `index`. */
interface Series {
  benchmark: Benchmark;
  unit: string;
  index: number;
}

/**
 * Every sample of a file in reading order, one typed column per field, rather than arrays per series:
 * a series' arrays grew by doubling and were copied at the end, most of a big file's garbage. Each
 * result gets exact-size arrays of its own once the file is read (samplesBySeries).
 */
class SampleLog {
  length = 0;
  series = new Int32Array(INITIAL_LOG_SIZE);
  values = new Float64Array(INITIAL_LOG_SIZE);
  /** Counts are whole numbers up to 2^53 (parseMeasurements checks): exact in a double. */
  iterations = new Float64Array(INITIAL_LOG_SIZE);
  /** The benchfmt configuration in force (an index into the reader's configurations). */
  configs = new Int32Array(INITIAL_LOG_SIZE);
  lines = new Int32Array(INITIAL_LOG_SIZE);

  add(series: number, value: number, iterations: number, config: number, line: number): void {
    if (this.length === this.values.length) this.grow();
    const at = this.length++;
    this.series[at] = series;
    this.values[at] = value;
    this.iterations[at] = iterations;
    this.configs[at] = config;
    this.lines[at] = line;
  }

  /** The log's indexes grouped by series, each series' in file order: `order[starts[s]..starts[s + 1])`. */
  samplesBySeries(seriesCount: number): { order: Int32Array; starts: Int32Array } {
    const starts = new Int32Array(seriesCount + 1);
    for (let i = 0; i < this.length; i++) {
      const after = (this.series[i] as number) + 1;
      starts[after] = (starts[after] as number) + 1;
    }
    for (let s = 0; s < seriesCount; s++) starts[s + 1] = (starts[s + 1] as number) + (starts[s] as number);
    const next = starts.slice(0, seriesCount);
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const s = this.series[i] as number;
      const at = next[s] as number;
      order[at] = i;
      next[s] = at + 1;
    }
    return { order, starts };
  }

  private grow(): void {
    const size = this.values.length * 2;
    this.series = grown(this.series, new Int32Array(size));
    this.values = grown(this.values, new Float64Array(size));
    this.iterations = grown(this.iterations, new Float64Array(size));
    this.configs = grown(this.configs, new Int32Array(size));
    this.lines = grown(this.lines, new Int32Array(size));
  }
}

/** The log's first length (about 100 KiB in all): a small file fits; a big one doubles it a few times. */
const INITIAL_LOG_SIZE = 4096;

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** One benchmark as printed in one package, with its series per unit. */
interface Benchmark {
  pkg: string | undefined;
  printedName: string;
  byUnit: Map<string, Series>;
  /** The series of each value column of the last line: the next line almost always has the same units. */
  columns: Series[];
}

/** What the unit series of one benchmark in one configuration share. */
interface SharedIdentity {
  benchmark: Benchmark;
  configKey: string;
  name: string;
  procs: number | undefined;
  suite: string | undefined;
  params: Record<string, string> | undefined;
}

/** What a `Unit <unit> better=… assume=…` line says about a unit. */
interface UnitMetadata {
  better?: string;
  assume?: string;
}

/** A benchmark whose name was printed but whose result has not come (yet): crashes are blamed on it. */
interface PendingBenchmark {
  name: string;
  /** Go printed `name<padding>\t` and will print the numbers next, perhaps after the benchmark's own stdout. */
  awaitsResult: boolean;
}

class GoBenchReader {
  readonly warnings: ParseWarning[] = [];
  private readonly series: Series[] = [];
  private readonly log = new SampleLog();
  /** package ('' for none) → printed name → benchmark */
  private readonly index = new Map<string, Map<string, Benchmark>>();
  private readonly units = new Map<string, UnitMetadata>();
  private pkg: string | undefined;
  /** Every benchfmt configuration (`note: before`, `goos: linux`, … but pkg) seen; `config` is the one in force. */
  private readonly configs: ReadonlyMap<string, string>[] = [new Map()];
  private config = 0;
  /** Keys a benchmark printed itself (between its name and its numbers): its output, not a configuration. */
  private readonly outputKeys = new Set<string>();
  /** Benchmarks that printed `--- FAIL`, for the error when no benchmark gave a result. */
  readonly failedBenchmarks: string[] = [];
  firstFailureLine: number | undefined;
  private pending: PendingBenchmark | undefined;
  /** The benchmark of the last result line: with -count=N the next line is usually the same one. */
  private last: Benchmark | undefined;
  /**
   * The identity of the previous result, and its iterations: handed on to the next result of the same
   * benchmark (its other units), which saves ~45 MB a side at 300k series.
   */
  private shared: SharedIdentity | undefined;
  private lastIterations: number[] | undefined;
  // The measurements of the line being read (unit k spans unitStarts[k]..unitEnds[k]), reused from line to line.
  private iterations = 0;
  private measured = 0;
  private readonly values: number[] = [];
  private readonly unitStarts: number[] = [];
  private readonly unitEnds: number[] = [];

  constructor(
    private readonly file: string,
    private readonly progress?: (results: number) => void,
  ) {}

  /**
   * Reads one text stream. `lineNumbers[i]` is where the i-th line came from (test2json events);
   * `pkg` the package the stream belongs to, until a `pkg:` line says otherwise.
   */
  readText(text: string, lineNumbers?: number[], pkg?: string): void {
    this.pkg = pkg;
    this.config = 0;
    this.pending = undefined;
    let index = 0;
    for (let start = 0; start < text.length; index++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const lineEnd = end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
      this.readLine(text.slice(start, lineEnd), lineNumbers ? (lineNumbers[index] ?? 0) : index + 1);
      this.progress?.(this.series.length);
      start = end + 1;
    }
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  /** One result per series and configuration: the configuration keys that vary tell them apart. */
  results(): BenchmarkResult[] {
    const { order, starts } = this.log.samplesBySeries(this.series.length);
    const used = new Set<number>();
    for (let i = 0; i < order.length; i++) used.add(this.log.configs[order[i] as number] as number);
    const varying = varyingKeys([...used].map((k) => this.configs[k] as ReadonlyMap<string, string>)).filter(
      (key) => !this.outputKeys.has(key),
    );
    const split = new ConfigSplit(this.log, this.configs, varying);
    const results: BenchmarkResult[] = [];
    for (const series of this.series) {
      const samples = order.subarray(starts[series.index], starts[series.index + 1]);
      for (const part of split.parts(samples)) results.push(this.toResult(series, part));
      // A result holds more than the series it is made from: the heap can fill up here too.
      this.progress?.(results.length);
    }
    return results;
  }

  private readLine(line: string, lineNo: number): void {
    const first = line.charCodeAt(0);
    if (first === UPPER_B && line.startsWith('Benchmark')) {
      this.readBenchmarkLine(line, lineNo);
    } else if (this.pending?.awaitsResult && isDigit(line.charCodeAt(skipSpace(line, 0)))) {
      // The benchmark wrote to stdout after Go printed its name: the numbers come on a line of their own.
      const { name } = this.pending;
      if (this.parseMeasurements(line, skipSpace(line, 0)) === undefined) {
        this.record(this.benchmarkNamed(name, name.length), line, lineNo);
      }
    } else if (first === UPPER_U && isFieldAt(line, 0, 'Unit')) {
      this.readUnitLine(line, lineNo);
    } else if (isLowerAscii(first)) {
      this.readLowerCaseLine(line, lineNo);
    } else {
      this.readStatusLine(line, lineNo);
    }
  }

  /** `BenchmarkX-2  <iters>  <value> <unit>…`, a bare name (-v, -json), or a name followed by a failure. */
  private readBenchmarkLine(line: string, lineNo: number): void {
    const nameEnd = fieldEnd(line, 0);
    const restAt = skipSpace(line, nameEnd);
    if (restAt < line.length && isDigit(line.charCodeAt(restAt))) {
      const problem = this.parseMeasurements(line, restAt);
      if (problem === undefined) {
        this.record(this.benchmarkNamed(line, nameEnd), line, lineNo);
        return;
      }
      this.warn(lineNo, `malformed result line for ${line.slice(0, nameEnd)}: ${problem}; line skipped`);
    }
    this.pending = { name: line.slice(0, nameEnd), awaitsResult: nameEnd < line.length };
    // `BenchmarkX-2  \t--- FAIL: BenchmarkX-2` or `BenchmarkX-2  \tpanic: …`: the rest is a line of its own.
    if (restAt < line.length) this.readLine(line.slice(restAt), lineNo);
  }

  /** Fills `iterations`, `values` and the unit spans; returns what is wrong, if anything. */
  private parseMeasurements(line: string, at: number): string | undefined {
    const iterationsEnd = fieldEnd(line, at);
    this.iterations = parseInteger(line, at, iterationsEnd);
    // Past 2^53 a count is no longer exact, and a 400-digit one would be stored as Infinity (null).
    if (!Number.isSafeInteger(this.iterations)) {
      return `iteration count "${line.slice(at, iterationsEnd)}" is not a whole number up to 2^53`;
    }
    this.measured = 0;
    for (let i = skipSpace(line, iterationsEnd); i < line.length; ) {
      const valueEnd = fieldEnd(line, i);
      const value = parseDecimal(line, i, valueEnd);
      if (!Number.isFinite(value)) return `"${line.slice(i, valueEnd)}" is not a number`;
      const unitAt = skipSpace(line, valueEnd);
      if (unitAt === line.length) return `value ${line.slice(i, valueEnd)} has no unit`;
      const unitEnd = fieldEnd(line, unitAt);
      this.values[this.measured] = value;
      this.unitStarts[this.measured] = unitAt;
      this.unitEnds[this.measured] = unitEnd;
      this.measured++;
      i = skipSpace(line, unitEnd);
    }
    return this.measured === 0 ? 'no value after the iteration count' : undefined;
  }

  /** The benchmark whose printed name is `text` up to `nameEnd`, in the current package. */
  private benchmarkNamed(text: string, nameEnd: number): Benchmark {
    const last = this.last;
    if (
      last &&
      last.pkg === this.pkg &&
      last.printedName.length === nameEnd &&
      text.startsWith(last.printedName)
    ) {
      return last;
    }
    const printedName = detached(text.slice(0, nameEnd));
    const byName = getOrCreate(this.index, this.pkg ?? '', () => new Map<string, Benchmark>());
    this.last = getOrCreate(byName, printedName, () => ({
      pkg: this.pkg,
      printedName,
      byUnit: new Map<string, Series>(),
      columns: [],
    }));
    return this.last;
  }

  private record(benchmark: Benchmark, line: string, lineNo: number): void {
    this.pending = undefined;
    for (let k = 0; k < this.measured; k++) {
      const series = this.seriesOfColumn(benchmark, k, line);
      this.log.add(series.index, this.values[k] as number, this.iterations, this.config, lineNo);
    }
  }

  private seriesOfColumn(benchmark: Benchmark, k: number, line: string): Series {
    const unitAt = this.unitStarts[k] as number;
    const unitEnd = this.unitEnds[k] as number;
    const column = benchmark.columns[k];
    if (column && column.unit.length === unitEnd - unitAt && line.startsWith(column.unit, unitAt)) {
      return column;
    }
    const unit = detached(line.slice(unitAt, unitEnd));
    let series = benchmark.byUnit.get(unit);
    if (!series) {
      series = { benchmark, unit, index: this.series.length };
      benchmark.byUnit.set(unit, series);
      this.series.push(series);
    }
    benchmark.columns[k] = series;
    return series;
  }

  /** `Unit <unit> better=higher|lower assume=exact|nothing`: applies to the whole file, like in benchstat. */
  private readUnitLine(line: string, lineNo: number): void {
    const unitAt = skipSpace(line, 4);
    const unitEnd = fieldEnd(line, unitAt);
    if (unitAt === unitEnd) {
      this.warn(lineNo, 'Unit line without a unit; line skipped');
      return;
    }
    const unit = line.slice(unitAt, unitEnd);
    const metadata = getOrCreate(this.units, unit, () => ({}));
    for (let i = skipSpace(line, unitEnd); i < line.length; ) {
      const end = fieldEnd(line, i);
      const field = line.slice(i, end);
      i = skipSpace(line, end);
      const eq = field.indexOf('=');
      if (eq <= 0) {
        this.warn(lineNo, `expected key=value after "Unit ${unit}", got "${field}"`);
        continue;
      }
      this.setUnitMetadata(metadata, unit, field.slice(0, eq), field.slice(eq + 1), lineNo);
    }
  }

  private setUnitMetadata(
    metadata: UnitMetadata,
    unit: string,
    key: string,
    value: string,
    lineNo: number,
  ): void {
    if (key !== 'better' && key !== 'assume') return;
    const known = metadata[key];
    if (known !== undefined && known !== value) {
      this.warn(lineNo, `${key} of unit ${unit} already set to ${known}; ${key}=${value} ignored`);
    } else if (key === 'better' && value !== 'higher' && value !== 'lower') {
      this.warn(lineNo, `unknown better=${value} for unit ${unit} (expected higher or lower)`);
    } else {
      metadata[key] = value;
    }
  }

  /** `pkg: …`, `panic: …`, `fatal error: …`; other lines starting lower case (`goos: …`, `ok  pkg`) are skipped. */
  private readLowerCaseLine(line: string, lineNo: number): void {
    if (line.startsWith('panic: ')) {
      this.crashed(lineNo, 'panicked', line.slice('panic: '.length));
    } else if (line.startsWith('fatal error: ')) {
      this.crashed(lineNo, 'crashed', line);
    } else if (line.startsWith('pkg:') && (line.length === 4 || isSpace(line.charCodeAt(4)))) {
      // The package scopes the names (as benchstat's .fullname does); an empty value unsets it, as in benchfmt.
      this.pkg = detached(line.slice(4).trim()) || undefined;
      this.pending = undefined;
    } else {
      this.readConfigLine(line);
    }
  }

  /**
   * benchfmt's other configuration lines: `key: value`, the key lower case without spaces. Results read
   * under different values of a key are different configurations (`note: before` … `note: after`), kept
   * apart as benchstat does; an empty value unsets the key.
   */
  private readConfigLine(line: string): void {
    const colon = line.indexOf(':');
    if (colon <= 0 || (colon + 1 < line.length && !isSpace(line.charCodeAt(colon + 1)))) return;
    const key = line.slice(0, colon);
    if (!CONFIG_KEY.test(key)) return;
    // Printed after a benchmark's name, before its numbers: the benchmark wrote it (go test -bench does).
    if (this.pending?.awaitsResult) {
      this.outputKeys.add(key);
      return;
    }
    const value = line.slice(colon + 1).trim();
    const current = this.configs[this.config] as ReadonlyMap<string, string>;
    if ((current.get(key) ?? '') === value) return;
    const next = new Map(current);
    if (value === '') next.delete(key);
    else next.set(key, value);
    this.config = this.configs.push(next) - 1;
  }

  /** A panic kills the test binary: blame the benchmark that was running (its name without -N). */
  private crashed(lineNo: number, what: string, detail: string): void {
    const name = this.pending ? splitProcs(this.pending.name).name : undefined;
    const who = name ? `benchmark ${name} ${what}` : `test binary ${what}`;
    this.warn(lineNo, `${who}${this.inPackage()}: ${detail}`);
    this.pending = undefined;
  }

  /** `--- FAIL: X`, `--- SKIP: X`, `FAIL\tpkg\t1.2s`, `FAIL\tpkg [build failed]`; the rest is noise. */
  private readStatusLine(line: string, lineNo: number): void {
    const at = skipSpace(line, 0);
    if (line.startsWith('--- ', at)) {
      this.pending = undefined;
      const nameAt = skipSpace(line, fieldEnd(line, at + 4));
      const name = line.slice(nameAt, fieldEnd(line, nameAt));
      if (line.startsWith('--- FAIL:', at)) {
        this.warn(lineNo, failedMessage(name, this.pkg));
        if (name.startsWith('Benchmark')) {
          this.failedBenchmarks.push(name);
          this.firstFailureLine ??= lineNo;
        }
      } else if (line.startsWith('--- SKIP:', at) && name.startsWith('Benchmark')) {
        this.warn(lineNo, skippedMessage(name, this.pkg));
      }
    } else if (at === 0 && isFieldAt(line, 0, 'FAIL')) {
      // `FAIL` alone is the test binary's or go's summary: the `FAIL pkg` line that goes with it names the package.
      const pkgAt = skipSpace(line, 4);
      const pkg = line.slice(pkgAt, fieldEnd(line, pkgAt));
      const reason = /\[([^\]]*)\]\s*$/.exec(line)?.[1];
      if (pkg !== '') this.warn(lineNo, packageFailedMessage(pkg, reason));
    }
  }

  private inPackage(): string {
    return this.pkg ? ` in ${this.pkg}` : '';
  }

  private toResult(series: Series, part: ConfigPart): BenchmarkResult {
    const { name, procs, suite, params } = this.sharedOf(series.benchmark, part);
    const metadata = this.units.get(series.unit);
    return {
      id: seriesId(suite, series.benchmark.printedName, series.unit),
      name,
      ...(suite ? { suite } : {}),
      ...(params ? { params } : {}),
      unit: series.unit,
      direction: directionOf(series.unit, metadata),
      ...sampleSummary(part.samples),
      extra: {
        ...(procs !== undefined ? { procs } : {}),
        iterations: this.sharedIterations(part.iterations),
        ...(metadata?.assume !== undefined ? { assume: metadata.assume } : {}),
      },
      source: { file: this.file, line: part.line },
    };
  }

  /**
   * What the unit series of one benchmark in one configuration have in common, worked out once for all
   * of them: they come one after another (the columns of its result lines).
   */
  private sharedOf(benchmark: Benchmark, part: ConfigPart): SharedIdentity {
    const last = this.shared;
    if (last?.benchmark === benchmark && last.configKey === part.key) return last;
    const { name, procs } = splitProcs(benchmark.printedName);
    const configText = part.config.map(([key, value]) => `${key}=${value}`).join(' ');
    const suite = [benchmark.pkg, configText].filter((text) => text).join(' ') || undefined;
    const params = { ...paramsOf(name), ...Object.fromEntries(part.config) };
    this.shared = {
      benchmark,
      configKey: part.key,
      name,
      procs,
      suite,
      params: Object.keys(params).length > 0 ? params : undefined,
    };
    return this.shared;
  }

  /** The previous result's iterations when equal: a line's units have the same ones, kept once. */
  private sharedIterations(iterations: number[]): number[] {
    const previous = this.lastIterations;
    if (previous && sameNumbers(previous, iterations)) return previous;
    this.lastIterations = iterations;
    return iterations;
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A benchfmt configuration key: starts lower case, no spaces, no upper case (`note`, `goos`, `commit-date`). */
const CONFIG_KEY = /^[a-z][^\sA-Z]*$/;
/** Lines that look like configuration but are Go's own messages. */
const NOT_CONFIG = new Set(['panic', 'ok', 'exit status']);

/** A series' samples in one configuration, as projected on the varying keys (`key`: those as text). */
interface ConfigPart {
  key: string;
  config: [string, string][];
  samples: number[];
  iterations: number[];
  /** The line of its first sample. */
  line: number;
}

/**
 * A series' samples per configuration, as projected on the `varying` keys, in file order: one part when
 * no key varies (the usual file), else one per configuration (benchstat's `note: before` … `note: after`).
 */
class ConfigSplit {
  /** Per configuration in the file, its projection: worked out once, not per sample. */
  private readonly projections = new Map<number, { key: string; config: [string, string][] }>();

  constructor(
    private readonly log: SampleLog,
    private readonly configs: readonly ReadonlyMap<string, string>[],
    private readonly varying: string[],
  ) {}

  /** `samples`: the series' indexes in the log, in file order. */
  parts(samples: Int32Array): ConfigPart[] {
    const { log } = this;
    if (samples.length === 0) return [];
    // The usual file: one part, without a projection per sample.
    if (this.varying.length === 0) {
      const line = log.lines[samples[0] as number] as number;
      return [
        {
          key: '',
          config: [],
          samples: gather(log.values, samples),
          iterations: gather(log.iterations, samples),
          line,
        },
      ];
    }
    const parts = new Map<string, ConfigPart>();
    for (const i of samples) {
      const { key, config } = this.projection(log.configs[i] as number);
      let part = parts.get(key);
      if (!part) {
        part = { key, config, samples: [], iterations: [], line: log.lines[i] as number };
        parts.set(key, part);
      }
      part.samples.push(log.values[i] as number);
      part.iterations.push(log.iterations[i] as number);
    }
    return [...parts.values()];
  }

  private projection(index: number): { key: string; config: [string, string][] } {
    return getOrCreate(this.projections, index, () => {
      const config = this.configs[index] as ReadonlyMap<string, string>;
      const projected = this.varying.map((key): [string, string] => [key, config.get(key) ?? '']);
      return { key: projected.map(([k, v]) => `${k}=${v}`).join('\n'), config: projected };
    });
  }
}

/** The values at `indexes`, as a plain array of exactly that length. */
function gather(values: Float64Array, indexes: Int32Array): number[] {
  const out = new Array<number>(indexes.length);
  for (let k = 0; k < indexes.length; k++) out[k] = values[indexes[k] as number] as number;
  return out;
}

/** Keys whose value (or absence) is not the same in every configuration: only these tell series apart. */
function varyingKeys(configs: ReadonlyMap<string, string>[]): string[] {
  const keys = new Set(configs.flatMap((config) => [...config.keys()]));
  return [...keys].filter(
    (key) => !NOT_CONFIG.has(key) && new Set(configs.map((config) => config.get(key))).size > 1,
  );
}

function directionOf(unit: string, metadata: UnitMetadata | undefined): Direction {
  if (metadata?.better === 'higher') return 'bigger';
  if (metadata?.better === 'lower') return 'smaller';
  return directionOfUnit(unit);
}

function failedMessage(name: string, pkg: string | undefined): string {
  return `${name.startsWith('Benchmark') ? 'benchmark' : 'test'} ${name} failed${pkg ? ` in ${pkg}` : ''}`;
}

function skippedMessage(name: string, pkg: string | undefined): string {
  return `benchmark ${name} skipped${pkg ? ` in ${pkg}` : ''}`;
}

function packageFailedMessage(pkg: string, reason: string | undefined): string {
  if (reason === 'build failed') return `package ${pkg} failed to build`;
  return `package ${pkg} failed${reason ? ` (${reason})` : ''}`;
}

/**
 * Splits Go's GOMAXPROCS suffix off a printed name: `BenchmarkX/n=4-8` → `BenchmarkX/n=4` and 8.
 * Go appends `-N` only when GOMAXPROCS > 1; a trailing `-<digits>` right after `=`, `/` or `-` is part of
 * a sub-benchmark name (`BenchmarkX/n=-2`), not a suffix.
 */
export function splitProcs(printed: string): { name: string; procs?: number } {
  let i = printed.length;
  while (i > 0 && isDigit(printed.charCodeAt(i - 1))) i--;
  const dash = i - 1;
  if (i === printed.length || dash < 1 || printed.charCodeAt(dash) !== DASH) return { name: printed };
  const before = printed.charCodeAt(dash - 1);
  if (before === EQUALS || before === SLASH || before === DASH) return { name: printed };
  return { name: printed.slice(0, dash), procs: Number(printed.slice(i)) };
}

/** `BenchmarkCSV/format=csv/cols=4/rows=1` → {format: 'csv', cols: '4', rows: '1'}; positional parts are skipped. */
function paramsOf(name: string): Record<string, string> | undefined {
  let params: Record<string, string> | undefined;
  const parts = name.split('/');
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] as string;
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    params ??= {};
    params[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return params;
}

// ---------------------------------------------------------------------------------------------
// The test2json stream

/** One package's output joined back into text, with the JSON line each text line started on. */
interface OutputStream {
  pkg: string | undefined;
  chunks: string[];
  lineNumbers: number[];
  atLineStart: boolean;
}

interface TestEvent {
  Action?: unknown;
  Package?: unknown;
  Test?: unknown;
  Output?: unknown;
  FailedBuild?: unknown;
}

/**
 * Joins the `Output` of each package and reads it as text. Lines that are not JSON (Go 1.19 prints
 * `FAIL pkg [build failed]` as plain text) form a stream of their own. `fail`/`skip` events become
 * warnings unless the text already said the same.
 */
function readTest2Json(file: InputFile, reader: GoBenchReader): void {
  const streams = new Map<string, OutputStream>();
  const eventWarnings: { line: number; message: string }[] = [];
  const text = file.text;
  for (let start = 0, lineNo = 1; start < text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    const event = parseEvent(line);
    if (!event) {
      appendOutput(streamOf(streams, undefined), `${line}\n`, lineNo);
    } else if (event.Action === 'output' && typeof event.Output === 'string') {
      appendOutput(streamOf(streams, stringOrUndefined(event.Package)), event.Output, lineNo);
    } else {
      const message = eventWarning(event);
      if (message) eventWarnings.push({ line: lineNo, message });
    }
  }
  for (const stream of streams.values()) {
    reader.readText(stream.chunks.join(''), stream.lineNumbers, stream.pkg);
  }
  const said = new Set(reader.warnings.map((warning) => warning.message));
  for (const { line, message } of eventWarnings) {
    if (!said.has(message)) reader.warn(line, message);
    said.add(message);
  }
  reader.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function parseEvent(line: string): TestEvent | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as TestEvent)
      : undefined;
  } catch {
    return undefined;
  }
}

function eventWarning(event: TestEvent): string | undefined {
  const pkg = stringOrUndefined(event.Package);
  const test = stringOrUndefined(event.Test);
  if (event.Action === 'fail') {
    if (test) return failedMessage(test, pkg);
    if (pkg) return packageFailedMessage(pkg, event.FailedBuild ? 'build failed' : undefined);
  }
  if (event.Action === 'skip' && test?.startsWith('Benchmark')) return skippedMessage(test, pkg);
  return undefined;
}

function streamOf(streams: Map<string, OutputStream>, pkg: string | undefined): OutputStream {
  // Package names never contain a newline: it keys the stream of non-JSON lines.
  return getOrCreate(streams, pkg ?? '\n', () => ({ pkg, chunks: [], lineNumbers: [], atLineStart: true }));
}

/** test2json may split one text line over several events: a line's number is where it started. */
function appendOutput(stream: OutputStream, output: string, lineNo: number): void {
  if (output === '') return;
  if (stream.atLineStart) stream.lineNumbers.push(lineNo);
  for (let nl = output.indexOf('\n'); nl >= 0 && nl < output.length - 1; nl = output.indexOf('\n', nl + 1)) {
    stream.lineNumbers.push(lineNo);
  }
  stream.atLineStart = output.endsWith('\n');
  stream.chunks.push(output);
}

// ---------------------------------------------------------------------------------------------
// Small scanning helpers (char codes, no allocation)

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const UPPER_B = 66;
const UPPER_U = 85;
const DASH = 45;
const SLASH = 47;
const EQUALS = 61;
const DOT = 46;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

function fieldEnd(s: string, i: number): number {
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Whether `word` is the whole field starting at `at`. */
function isFieldAt(s: string, at: number, word: string): boolean {
  return s.startsWith(word, at) && (s.length === at + word.length || isSpace(s.charCodeAt(at + word.length)));
}

/** A run of ASCII digits as a number (exact up to 2^53), NaN for anything else. */
function parseInteger(s: string, start: number, end: number): number {
  if (start === end) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return Number.NaN;
    value = value * 10 + (c - 48);
  }
  return value <= Number.MAX_SAFE_INTEGER ? value : Number(s.slice(start, end));
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A decimal number like Go prints them (`123`, `0.2993`, `1.2e-05`), NaN if the text is not one.
 * Up to 15 digits without exponent, digits/10^k is exact in both operands, so the division gives the
 * same correctly rounded double as Number(); everything else goes through Number().
 */
function parseDecimal(s: string, start: number, end: number): number {
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === DOT && decimals < 0) {
      decimals = 0;
    } else {
      return slowDecimal(s.slice(start, end));
    }
  }
  if (digits === 0) return Number.NaN;
  if (digits > 15) return slowDecimal(s.slice(start, end));
  return decimals > 0 ? mantissa / (POWERS_OF_TEN[decimals] as number) : mantissa;
}

function slowDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
