// Reads what JavaScript benchmarks leave behind: tinybench (which has no file format of its own, so
// what users JSON.stringify: `bench.tasks`, `{name, result}` maps of them, `bench.table()` rows, the same
// wrapped in `{name, tasks}`) for tinybench 2 to 6, `vitest bench --outputJson` (vitest 3 and 4,
// whose numbers are tinybench 2 task results), and vitest 5's `--reporter=json` report (a `benchmarks`
// field per test) and `writeResult` files (one tinybench 6 result, named by its file).
//
// One series per task, latency in ms (table rows: ns, as their columns say). Throughput (ops/s) is
// the same measurement seen upside down, so it goes to `extra`, never into a second series that
// comparisons would count twice.
import { median } from 'simple-statistics';
import { type InputError, inputError } from '../model/errors.js';
import { type BenchmarkResult, type ParseOutput, type ParseWarning, seriesId } from '../model/result.js';
import { directionOfUnit } from '../model/units.js';
import type { InputFile } from './input.js';
import { isObject, type JsonObject, parseJsonText } from './json-text.js';

/** Format sniffing looks at the head of a file only. */
const SNIFF_CHARS = 64 * 1024;
const VITEST_HEAD = /^\s*\{\s*"files"\s*:\s*\[\s*\{\s*"filepath"\s*:/;
/** A task's `"result": {` followed (anywhere in the head) by a statistic only tinybench names so. */
const TASK_RESULT = /"result"\s*:\s*\{/;
const TASK_STATISTIC = /"(hz|latency|period)"\s*:|"state"\s*:\s*"(completed|errored|aborted)/;
const TABLE_ROW = /"Task [Nn]ame"\s*:/;
/** vitest 5's JSON reporter: `{"numTotalTestSuites": …, "testResults": [{"assertionResults": [{…, "benchmarks"`. */
const VITEST5_REPORT = /^\s*\{\s*"numTotalTestSuites"\s*:/;
/** A vitest 5 `writeResult` file: `{"latency": {…}, "throughput": {…}, "period", "totalTime"}`. */
const VITEST5_RESULT_FILE = /^\s*\{\s*"latency"\s*:\s*\{/;

/** How to write a file this parser reads, for errors about shapes that lost the task names. */
const HOW_TO_SERIALIZE = 'write JSON.stringify(bench.tasks.map((t) => ({ name: t.name, result: t.result })))';
const EXPECTED =
  'tinybench JSON (an array of {name, result} tasks, JSON.stringify(bench.tasks), bench.table() rows, ' +
  'or {"name", "tasks": [...]}), `vitest bench --outputJson` output (vitest 3, 4), or vitest 5 ' +
  '`--reporter=json` output or `writeResult` files';

/** tinybench measures in milliseconds; its tables print nanoseconds. */
const TASK_UNIT = 'ms';
const TABLE_UNIT = 'ns';
/** tinybench's margin of error is the 95% one: v2 uses z = 1.96, v3+ Student's t at 95%. */
const MOE_LEVEL = 0.95;

export function looksLikeTinybench(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (!/^\s*[[{]/.test(head)) return false;
  if (VITEST_HEAD.test(head)) return head.includes('"groups"');
  // A vitest report without any benchmark is a test report: claimed, so the error says it has no results.
  if (VITEST5_REPORT.test(head)) return head.includes('"assertionResults"');
  if (VITEST5_RESULT_FILE.test(head)) return head.includes('"throughput"') && head.includes('"period"');
  return (TASK_RESULT.test(head) && TASK_STATISTIC.test(head)) || TABLE_ROW.test(head);
}

export function parseTinybench(file: InputFile): ParseOutput {
  const doc = parseJsonText(file, EXPECTED);
  const reader = new Reader(file);
  if (isObject(doc) && Array.isArray(doc.files)) reader.readVitestReport(doc.files);
  else if (isObject(doc) && Array.isArray(doc.testResults)) reader.readVitest5Report(doc.testResults);
  else if (isObject(doc) && isObject(doc.latency) && isObject(doc.throughput)) {
    reader.keep(reader.readVitest5ResultFile(doc));
  } else {
    const { tasks, path, suite } = unwrapTasks(file, doc);
    for (const [i, item] of tasks.entries()) reader.keep(reader.readTaskOrRow(item, `${path}[${i}]`, suite));
  }
  if (reader.results.length === 0) {
    const first = reader.warnings[0];
    throw inputError(
      file.path,
      `no benchmark results${first ? ` (${first.message})` : ''}; expected ${EXPECTED}`,
    );
  }
  return { results: reader.results, warnings: reader.warnings };
}

/** The task list: the document itself, or the `tasks`/`results` array of a `{name?, tasks}` wrapper. */
function unwrapTasks(file: InputFile, doc: unknown): { tasks: unknown[]; path: string; suite?: string } {
  if (Array.isArray(doc)) return { tasks: doc, path: '$' };
  if (isObject(doc)) {
    const key = Array.isArray(doc.tasks) ? 'tasks' : Array.isArray(doc.results) ? 'results' : undefined;
    if (key) {
      const suite = typeof doc.name === 'string' && doc.name !== '' ? doc.name : undefined;
      return { tasks: doc[key] as unknown[], path: `$.${key}`, suite };
    }
  }
  throw inputError(file.path, `expected ${EXPECTED}`, { path: '$' });
}

/** Who a set of statistics belongs to. */
interface Owner {
  name: string;
  suite: string | undefined;
}

/** What one task, row or benchmark gave: a result, or why there is none (a warning). */
type Outcome = BenchmarkResult | { skipped: string };

class Reader {
  readonly results: BenchmarkResult[] = [];
  readonly warnings: ParseWarning[] = [];
  private readonly ids = new Set<string>();

  constructor(private readonly file: InputFile) {}

  keep(outcome: Outcome): void {
    if ('skipped' in outcome) {
      this.warn(outcome.skipped);
      return;
    }
    if (this.ids.has(outcome.id)) this.warn(`"${outcome.id}" appears more than once in this file`);
    this.ids.add(outcome.id);
    this.results.push(outcome);
  }

  private warn(message: string): void {
    this.warnings.push({ file: this.file.path, message });
  }

  // -------------------------------------------------------------------------------------------
  // tinybench tasks and table rows

  readTaskOrRow(item: unknown, at: string, suite: string | undefined): Outcome {
    // bench.table() (v3+) gives null for a task that has no result yet.
    if (item === null) return { skipped: `${at}: a bench.table() row is null (the task did not run)` };
    if (!isObject(item))
      throw this.invalid(at, `expected a tinybench task {"name", "result"}, got ${show(item)}`);
    if ('Task name' in item || 'Task Name' in item) return this.readTableRow(item, at, suite);
    if ('result' in item) return this.readTask(item, at, suite);
    // A task that never ran (tinybench 2 and 3 when the bench is aborted before it) has no `result`.
    if (typeof item.name === 'string') {
      return { skipped: `${at}: task "${item.name}" has no "result" (it did not run, or was aborted)` };
    }
    // JSON.stringify(bench.tasks) of tinybench 6 gives `{}` per task; bench.results has no names.
    const lostNames = Object.keys(item).length === 0 || 'latency' in item || 'hz' in item;
    const hint = lostNames ? `; ${HOW_TO_SERIALIZE}` : '';
    throw this.invalid(at, `expected a tinybench task {"name", "result"} or a bench.table() row${hint}`);
  }

  private readTask(task: JsonObject, at: string, suite: string | undefined): Outcome {
    const name = this.string(task, 'name', at);
    // JSON.stringify(bench.tasks) of tinybench 3 and 5 carries the bench (and its name) in every task.
    const benchName = isObject(task.bench) && typeof task.bench.name === 'string' ? task.bench.name : '';
    const owner = { name, suite: suite ?? (benchName || undefined) };
    const result = task.result;
    const resultAt = `${at}.result`;
    if (!isObject(result))
      throw this.invalid(resultAt, `expected a tinybench task result object for "${name}"`);
    // v6 says `state`; v2-v5 set `error` (an Error, serialized as `{}`) and v5 `aborted`.
    const state = typeof result.state === 'string' ? result.state : undefined;
    if (state === 'errored' || (result.error !== undefined && result.error !== null)) {
      return { skipped: `${at}: task "${name}" failed${errorMessage(result.error)}; it has no timings` };
    }
    const aborted = result.aborted === true || state?.startsWith('aborted') === true;
    const latency = isObject(result.latency) ? result.latency : 'mean' in result ? result : undefined;
    if (!latency && (aborted || (state !== undefined && state !== 'completed'))) {
      return {
        skipped: `${at}: task "${name}" ${aborted ? 'was aborted' : `is ${state}`}; it has no timings`,
      };
    }
    if (!latency) throw this.invalid(resultAt, 'expected tinybench task result with "latency" or "mean"');
    if (aborted)
      this.warn(`${at}: task "${name}" was aborted; its statistics cover the samples taken before that`);
    const latencyAt = latency === result ? resultAt : `${resultAt}.latency`;
    const throughput = this.throughput(result.throughput, `${resultAt}.throughput`);
    const hz = this.number(result, 'hz', resultAt) ?? throughput?.mean;
    return this.fromLatency(latency, latencyAt, owner, { hz, throughput });
  }

  /** v3+ `throughput` statistics (ops/s), every one kept in `extra`, without their samples. */
  private throughput(stats: unknown, at: string): Record<string, number> | undefined {
    if (!isObject(stats)) return undefined;
    const kept: Record<string, number> = {};
    for (const key of Object.keys(stats)) {
      if (key === 'samples') continue;
      const value = this.number(stats, key, at);
      if (value !== undefined) kept[key] = value;
    }
    return kept;
  }

  private readTableRow(row: JsonObject, at: string, suite: string | undefined): Outcome {
    const name = this.string(row, 'Task name' in row ? 'Task name' : 'Task Name', at);
    const owner = { name, suite };
    if (row.Error !== undefined) {
      return {
        skipped: `${at}: task "${name}" failed${errorMessage({ message: row.Error })}; it has no timings`,
      };
    }
    // tinybench 6 gives a task that did not complete `Remarks: <its state>`, and 'N/A' for numbers it lacks.
    const remarks = typeof row.Remarks === 'string' && row.Remarks !== '' ? row.Remarks : undefined;
    if (row.Samples === 'N/A') {
      return { skipped: `${at}: task "${name}" is ${remarks ?? 'without samples'}; it has no timings` };
    }
    if (remarks) this.warn(`${at}: task "${name}" is ${remarks}; its statistics cover the samples it took`);
    const n = this.number(row, 'Samples', at);
    if (n === undefined) throw this.invalid(`${at}.Samples`, 'expected the number of samples');
    if ('Average Time (ns)' in row) return this.fromV2TableRow(row, at, owner, n);
    if ('Latency avg (ns)' in row) return this.fromTableRow(row, at, owner, n);
    throw this.invalid(
      at,
      'expected bench.table() columns "Latency avg (ns)" (tinybench 3+) or "Average Time (ns)" (2)',
    );
  }

  /** tinybench 2: `ops/sec: '4,356'`, `Average Time (ns)` (the mean), `Margin: '±0.38%'`. */
  private fromV2TableRow(row: JsonObject, at: string, owner: Owner, n: number): BenchmarkResult {
    const mean = this.number(row, 'Average Time (ns)', at);
    if (mean === undefined) throw this.invalid(`${at}["Average Time (ns)"]`, 'expected a number');
    const rme = this.tableMargin(row.Margin, `${at}.Margin`);
    const hz = this.tableInteger(row['ops/sec'], `${at}["ops/sec"]`);
    const summary = { n, value: mean, mean, ci: marginCi(mean, undefined, rme) };
    return this.result(owner, TABLE_UNIT, summary, { hz, rme });
  }

  /** tinybench 3+: `'192907 ± 0.38%'` (mean ± rme), `'189523 ± 21.00'` (median ± mad), throughput likewise. */
  private fromTableRow(row: JsonObject, at: string, owner: Owner, n: number): BenchmarkResult {
    const avg = this.plusMinus(row, 'Latency avg (ns)', at);
    const med = this.plusMinus(row, 'Latency med (ns)', at);
    const throughputAvg = this.plusMinus(row, 'Throughput avg (ops/s)', at);
    const throughputMed = this.plusMinus(row, 'Throughput med (ops/s)', at);
    const ci = marginCi(avg.value, undefined, avg.pm);
    const summary = { n, value: med.value, mean: avg.value, median: med.value, ci };
    const throughput = withoutUndefined({
      mean: throughputAvg.value,
      p50: throughputMed.value,
      rme: throughputAvg.pm,
    });
    return this.result(owner, TABLE_UNIT, summary, {
      hz: throughput.mean,
      rme: avg.pm,
      mad: med.pm,
      throughput,
    });
  }

  // -------------------------------------------------------------------------------------------
  // vitest bench --outputJson: {files: [{filepath, groups: [{fullName, benchmarks: [...]}]}]}

  readVitestReport(files: unknown[]): void {
    for (const [i, file] of files.entries()) {
      const fileAt = `$.files[${i}]`;
      if (!isObject(file) || !Array.isArray(file.groups)) {
        throw this.invalid(fileAt, 'expected {"filepath", "groups": [...]}');
      }
      for (const [j, group] of file.groups.entries()) this.readVitestGroup(group, `${fileAt}.groups[${j}]`);
    }
  }

  private readVitestGroup(group: unknown, at: string): void {
    if (!isObject(group) || !Array.isArray(group.benchmarks)) {
      throw this.invalid(at, 'expected {"fullName", "benchmarks": [...]}');
    }
    // fullName is `<file relative to the vitest root> > <describe> > …`: it already names the file,
    // and `filepath` is absolute (machine-dependent), so it stays out of the series id.
    const suite = this.string(group, 'fullName', at);
    for (const [k, bench] of group.benchmarks.entries()) {
      this.keep(this.readVitestBenchmark(bench, `${at}.benchmarks[${k}]`, suite));
    }
  }

  private readVitestBenchmark(bench: unknown, at: string, suite: string): Outcome {
    if (!isObject(bench)) throw this.invalid(at, `expected a benchmark object, got ${show(bench)}`);
    const name = this.string(bench, 'name', at);
    // A bench that threw is written as {id, name, rank, rme: 0, samples: []}.
    if (bench.mean === undefined)
      return { skipped: `${at}: benchmark "${name}" in "${suite}" has no timings (it failed?)` };
    return this.fromLatency(bench, at, { name, suite }, { hz: this.number(bench, 'hz', at) });
  }

  // -------------------------------------------------------------------------------------------
  // vitest 5 --reporter=json: {testResults: [{name, assertionResults: [{fullName, status,
  // failureMessages, benchmarks: [{name: "<describe> > <test>", tasks: [tinybench 6 results + name]}]}]}]}

  readVitest5Report(testResults: unknown[]): void {
    for (const [i, testFile] of testResults.entries()) {
      const fileAt = `$.testResults[${i}]`;
      if (!isObject(testFile) || !Array.isArray(testFile.assertionResults)) {
        throw this.invalid(fileAt, 'expected {"name", "assertionResults": [...]}');
      }
      // `name` is the absolute path of the test file: only its base name enters the id (as vitest 3's
      // fullName starts with the file), so ids agree across machines.
      const fileName = baseName(this.string(testFile, 'name', fileAt));
      for (const [j, test] of testFile.assertionResults.entries()) {
        this.readVitest5Test(test, `${fileAt}.assertionResults[${j}]`, fileName);
      }
    }
  }

  private readVitest5Test(test: unknown, at: string, fileName: string): void {
    if (!isObject(test)) throw this.invalid(at, `expected a test result object, got ${show(test)}`);
    const benchmarks = test.benchmarks ?? [];
    if (!Array.isArray(benchmarks)) throw this.invalid(`${at}.benchmarks`, 'expected an array');
    if (test.status === 'failed' && benchmarks.length === 0) {
      const name = typeof test.fullName === 'string' ? test.fullName : '?';
      const [message] = Array.isArray(test.failureMessages) ? test.failureMessages : [];
      const reason = typeof message === 'string' ? `: ${message.split('\n')[0]}` : '';
      this.warn(`${at}: test "${name}" failed${reason}; it has no benchmark results`);
      return;
    }
    for (const [k, group] of benchmarks.entries()) {
      const groupAt = `${at}.benchmarks[${k}]`;
      if (!isObject(group) || !Array.isArray(group.tasks)) {
        throw this.invalid(groupAt, 'expected {"name", "tasks": [...]}');
      }
      const suite = `${fileName} > ${this.string(group, 'name', groupAt)}`;
      for (const [t, task] of group.tasks.entries()) {
        this.keep(this.readVitest5Task(task, `${groupAt}.tasks[${t}]`, suite));
      }
    }
  }

  private readVitest5Task(task: unknown, at: string, suite: string): Outcome {
    if (!isObject(task)) throw this.invalid(at, `expected a benchmark task object, got ${show(task)}`);
    const name = this.string(task, 'name', at);
    return this.fromResult(task, at, { name, suite }, { rank: this.number(task, 'rank', at) });
  }

  /** A `writeResult` file holds one result and no name: the file's base name is the benchmark's. */
  readVitest5ResultFile(doc: JsonObject): Outcome {
    const name = baseName(this.file.path).replace(/\.json$/i, '');
    return this.fromResult(doc, '$', { name, suite: undefined }, {});
  }

  /** tinybench 6 `{latency, throughput, period, totalTime}`: latency is the series, throughput extra. */
  private fromResult(result: JsonObject, at: string, owner: Owner, extra: Record<string, unknown>): Outcome {
    if (!isObject(result.latency))
      throw this.invalid(`${at}.latency`, 'expected tinybench latency statistics');
    const throughput = this.throughput(result.throughput, `${at}.throughput`);
    const more = {
      ...extra,
      hz: throughput?.mean,
      throughput,
      period: this.number(result, 'period', at),
      totalTime: this.number(result, 'totalTime', at),
    };
    return this.fromLatency(result.latency, `${at}.latency`, owner, more);
  }

  // -------------------------------------------------------------------------------------------
  // Statistics → result

  /**
   * tinybench latency statistics in ms, under the names of any version: v2/vitest flat fields
   * (`mean, min, max, sd, moe, rme, p75…, samples`, vitest adds `median, sampleCount`), v3+ `latency`
   * objects (`p50`, v6 `samplesCount` and `samples` only with `retainSamples`).
   */
  private fromLatency(
    stats: JsonObject,
    at: string,
    owner: Owner,
    extra: Record<string, unknown>,
  ): BenchmarkResult {
    const num = (key: string) => this.number(stats, key, at);
    const mean = num('mean');
    if (mean === undefined) throw this.invalid(at, 'expected tinybench statistics with a numeric "mean"');
    // tinybench sorts the samples in place before computing its statistics (every version, v2
    // included), so the run order is lost: they are kept as given, sorted.
    const samples = this.samples(stats.samples, `${at}.samples`);
    const n = samples?.length ?? num('samplesCount') ?? num('sampleCount') ?? plusOne(num('df'));
    if (n === undefined) throw this.invalid(at, 'expected "samples", "samplesCount" or "sampleCount"');
    const middle = samples ? median(samples) : (num('p50') ?? num('median'));
    const rme = num('rme');
    const summary = {
      n,
      value: middle ?? mean,
      samples,
      mean,
      median: middle,
      min: num('min'),
      max: num('max'),
      stddev: num('sd'),
      ci: marginCi(mean, num('moe'), rme),
    };
    const percentiles = { p75: num('p75'), p99: num('p99'), p995: num('p995'), p999: num('p999') };
    // The rest of tinybench's statistics have no field of their own; they are kept as given.
    const spread = { variance: num('variance'), sem: num('sem'), mad: num('mad'), aad: num('aad') };
    const test = { df: num('df'), critical: num('critical') };
    return this.result(owner, TASK_UNIT, summary, { ...extra, rme, ...percentiles, ...spread, ...test });
  }

  private result(
    owner: Owner,
    unit: string,
    summary: Pick<
      BenchmarkResult,
      'n' | 'value' | 'samples' | 'mean' | 'median' | 'min' | 'max' | 'stddev' | 'ci'
    >,
    extra: Record<string, unknown>,
  ): BenchmarkResult {
    return withoutUndefined({
      id: seriesId(owner.suite, owner.name, unit),
      name: owner.name,
      suite: owner.suite,
      unit,
      direction: directionOfUnit(unit),
      ...summary,
      extra: withoutUndefined(extra),
      source: { file: this.file.path },
    });
  }

  // -------------------------------------------------------------------------------------------
  // Typed reads that fail with the JSON path of the bad value

  private samples(value: unknown, at: string): number[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw this.invalid(at, `expected an array of numbers, got ${show(value)}`);
    const bad = value.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
    if (bad >= 0) throw this.invalid(`${at}[${bad}]`, `expected a number, got ${show(value[bad])}`);
    return value.length > 0 ? (value as number[]) : undefined;
  }

  /** A finite number, or undefined when absent or null (tinybench's NaN and Infinity serialize as null). */
  private number(obj: JsonObject, key: string, at: string): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw this.invalid(child(at, key), `expected a number, got ${show(value)}`);
  }

  private string(obj: JsonObject, key: string, at: string): string {
    const value = obj[key];
    if (typeof value === 'string') return value;
    throw this.invalid(child(at, key), `expected a string, got ${show(value)}`);
  }

  /** `'192907 ± 0.38%'` or `'189523 ± 21.00'` → {value, pm}. */
  private plusMinus(row: JsonObject, key: string, at: string): { value: number; pm: number | undefined } {
    const text = row[key];
    const m = typeof text === 'string' ? /^\s*([^\s±]+)\s*±\s*([^\s%]+)\s*%?\s*$/.exec(text) : null;
    const value = Number(m?.[1]);
    // A margin can print as `NaN` or `+∞` (a mean of 0); the value itself must be a number.
    const pm = Number(m?.[2]);
    if (m && Number.isFinite(value)) return { value, pm: Number.isFinite(pm) ? pm : undefined };
    throw this.invalid(child(at, key), `expected "<number> ± <number>", got ${show(text)}`);
  }

  /** tinybench 2's `'±0.38%'`; `'NaN'` (a task that errored) is no margin. */
  private tableMargin(value: unknown, at: string): number | undefined {
    if (value === undefined || value === 'NaN') return undefined;
    const m = typeof value === 'string' ? /^±(\d+(?:\.\d+)?)%$/.exec(value) : null;
    if (m?.[1]) return Number(m[1]);
    throw this.invalid(at, `expected a margin like "±0.38%", got ${show(value)}`);
  }

  /** tinybench 2's `'4,356'` (en-US grouping). */
  private tableInteger(value: unknown, at: string): number | undefined {
    if (value === undefined || value === 'NaN') return undefined;
    const parsed =
      typeof value === 'string' && /^[\d,]+$/.test(value) ? Number(value.replaceAll(',', '')) : Number.NaN;
    if (Number.isFinite(parsed)) return parsed;
    throw this.invalid(at, `expected a number like "4,356", got ${show(value)}`);
  }

  private invalid(path: string, message: string): InputError {
    return inputError(this.file.path, message, { path });
  }
}

/** The 95% interval around the mean: tinybench's `moe` (= sem × critical), or `rme` (= moe / mean × 100). */
function marginCi(mean: number, moe: number | undefined, rme: number | undefined): BenchmarkResult['ci'] {
  const margin = moe ?? (rme === undefined ? undefined : (Math.abs(mean) * rme) / 100);
  return margin === undefined ? undefined : { lo: mean - margin, hi: mean + margin, level: MOE_LEVEL };
}

/** `: <message>` when the serialized error kept one (an Error object stringifies to `{}`). */
function errorMessage(error: unknown): string {
  const message = isObject(error) ? error.message : error;
  return typeof message === 'string' && message !== '' ? `: ${message}` : '';
}

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

function plusOne(df: number | undefined): number | undefined {
  return df === undefined ? undefined : df + 1;
}

/** `$.a.b`, or `$.a["Task name"]` for keys that are not identifiers. */
function child(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function withoutUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
