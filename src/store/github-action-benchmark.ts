// github-action-benchmark's history (the `data.js` it keeps on gh-pages) turned into our history entries,
// so a repository switching over keeps its window. Pure: the caller reads the file and writes the result.
//
// That action stores one number per benchmark and run, named and united as its extractors print them;
// each tool's names and units are mapped here to what our parser of the same tool's output gives, so the
// first run after the switch finds its series in the imported history. The mapping was checked against
// that action's own extractor snapshots (__tests__/fixtures/github-action-benchmark/README.md).
import { inputError } from '../model/errors.js';
import { type BenchmarkResult, type Direction, seriesId } from '../model/result.js';
import { conversionFactor, directionOfUnit } from '../model/units.js';
import { isFiniteNumber, isObject } from '../parsers/json-text.js';
import type { HistoryEntry } from './store.js';

/** What its `write.ts` puts before the JSON document. */
const SCRIPT_PREFIX = /^\s*window\.BENCHMARK_DATA\s*=\s*/;

/** Its `tool:` values. */
export const GAB_TOOLS = [
  'cargo',
  'go',
  'benchmarkjs',
  'benchmarkluau',
  'pytest',
  'googlecpp',
  'catch2',
  'julia',
  'jmh',
  'benchmarkdotnet',
  'customBiggerIsBetter',
  'customSmallerIsBetter',
] as const;
export type GabTool = (typeof GAB_TOOLS)[number];

/** One of its benchmark suites (an `entries` key: the `name` input of its workflow step). */
export interface ImportedSuite {
  name: string;
  /** The tool of its newest run (each tool name is also one of our `format` values). */
  tool?: GabTool;
  entries: HistoryEntry[];
}

export interface ImportOptions {
  /** Where the text came from; starts every error message. */
  origin: string;
  /** The branch the imported runs are recorded under (its history has no branch: it records one). */
  branch: string;
}

/** Every suite of a `data.js`, oldest run first; throws a one-line InputError naming the field. */
export function importGabData(text: string, options: ImportOptions): ImportedSuite[] {
  const { origin } = options;
  const body = text.replace(/^\uFEFF/, '');
  const prefix = SCRIPT_PREFIX.exec(body);
  // Its external-data-json-path file is the same document without the script around it.
  if (!prefix && !/^\s*\{/.test(body))
    throw inputError(
      origin,
      'expected github-action-benchmark\'s data.js ("window.BENCHMARK_DATA = {…}") or its external-data-json-path JSON',
    );
  const json = prefix ? body.slice(prefix[0].length).replace(/;\s*$/, '') : body;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const what = prefix ? 'the value of window.BENCHMARK_DATA' : 'the file';
    throw inputError(origin, `${what} is not valid JSON (${firstLine(err)})`);
  }
  if (!isObject(data) || !isObject(data.entries))
    throw inputError(origin, 'expected an object with "entries": {<benchmark name>: [runs]}', {
      path: 'BENCHMARK_DATA.entries',
    });
  return Object.entries(data.entries).map(([name, runs]) => {
    const where = `entries[${JSON.stringify(name)}]`;
    if (!Array.isArray(runs)) throw inputError(origin, 'expected an array of runs', { path: where });
    const imported = runs.map((run, i) => importRun(run, `${where}[${i}]`, options));
    imported.sort((a, b) => Date.parse(a.entry.date) - Date.parse(b.entry.date));
    const tool = imported.at(-1)?.tool;
    return { name, ...(tool ? { tool } : {}), entries: imported.map((i) => i.entry) };
  });
}

function importRun(
  run: unknown,
  where: string,
  { origin, branch }: ImportOptions,
): { entry: HistoryEntry; tool: GabTool } {
  const fail = (field: string, expected: string) =>
    inputError(origin, `expected ${expected}`, { path: `${where}${field}` });
  if (!isObject(run)) throw fail('', 'an object');
  const commit = run.commit;
  if (!isObject(commit) || typeof commit.id !== 'string' || commit.id === '')
    throw fail('.commit.id', 'the commit id (a non-empty string)');
  if (!isFiniteNumber(run.date) || Number.isNaN(new Date(run.date).getTime()))
    throw fail('.date', 'a time in milliseconds since 1970');
  if (typeof run.tool !== 'string' || !(GAB_TOOLS as readonly string[]).includes(run.tool))
    throw fail('.tool', `one of github-action-benchmark's tools: ${GAB_TOOLS.join(', ')}`);
  if (!Array.isArray(run.benches)) throw fail('.benches', 'an array');
  const tool = run.tool as GabTool;
  const results = new Map<string, BenchmarkResult>();
  run.benches.forEach((bench, i) => {
    const at = `.benches[${i}]`;
    if (!isObject(bench)) throw fail(at, 'an object');
    if (typeof bench.name !== 'string' || bench.name === '') throw fail(`${at}.name`, 'a non-empty string');
    if (typeof bench.unit !== 'string') throw fail(`${at}.unit`, 'a string');
    if (!isFiniteNumber(bench.value)) throw fail(`${at}.value`, 'a finite number');
    const extra = typeof bench.extra === 'string' ? bench.extra : '';
    const series = seriesOf(tool, bench.name, bench.unit, bench.value, extra);
    if (!series) return;
    const result: BenchmarkResult = {
      id: seriesId(series.suite, series.printed ?? series.name, series.unit),
      name: series.name,
      ...(series.suite ? { suite: series.suite } : {}),
      unit: series.unit,
      direction: series.direction,
      n: 1,
      value: series.value,
      ...(typeof bench.range === 'string' ? { extra: { range: bench.range } } : {}),
      source: { file: origin },
    };
    // Its go extractor lists a multi-metric line twice (whole and per unit): the first one stays.
    if (!results.has(result.id)) results.set(result.id, result);
  });
  const message = typeof commit.message === 'string' ? commit.message.split('\n')[0] : undefined;
  const entry: HistoryEntry = {
    commit: commit.id,
    branch,
    date: new Date(run.date).toISOString(),
    // Stable across imports, so importing the same file twice replaces its runs instead of adding them.
    runId: `github-action-benchmark-${run.date}`,
    ...(message ? { message } : {}),
    results: [...results.values()],
  };
  return { entry, tool };
}

interface Series {
  name: string;
  /** The name in the id when it is not `name` (go's `-N` suffix, pytest's file). */
  printed?: string;
  suite?: string;
  unit: string;
  direction: Direction;
  value: number;
}

/** One stored benchmark as our parser of the same tool names it; undefined for a duplicate line. */
function seriesOf(
  tool: GabTool,
  name: string,
  unit: string,
  value: number,
  extra: string,
): Series | undefined {
  const plain = (u: string, v = value): Series => ({
    name,
    unit: u,
    direction: directionOfUnit(u),
    value: v,
  });
  switch (tool) {
    case 'go':
      return goSeries(name, unit, value, extra);
    case 'cargo':
      // libtest and criterion's bencher lines: ours says `ns`, custom units (cycles/iter, MS/s) as printed.
      return plain(unit === 'ns/iter' ? 'ns' : unit);
    case 'googlecpp':
      return plain(unit.replace(/\/iter$/, ''));
    case 'catch2':
      return inNs(name, unit, value);
    case 'benchmarkjs':
      return plain(unit === 'ops/sec' ? 'ops/s' : unit);
    case 'pytest':
      return pytestSeries(name, unit, value);
    case 'jmh':
      return { ...plain(unit), name: jmhName(name) };
    case 'customBiggerIsBetter':
      return { ...plain(unit), direction: 'bigger' };
    case 'customSmallerIsBetter':
      return { ...plain(unit), direction: 'smaller' };
    case 'benchmarkluau':
    case 'julia':
    case 'benchmarkdotnet':
      return plain(unit);
  }
}

/**
 * Its go names drop the `-N` procs suffix (kept in `extra` as "N procs"), add ` (package)` when several
 * packages ran and ` - unit` for each metric of a multi-metric line; ours keep the printed name, scope it
 * by package and put the unit in the id.
 */
function goSeries(name: string, unit: string, value: number, extra: string): Series | undefined {
  // The whole multi-metric line ("ns/op\t 0 B/op …"), listed again metric by metric.
  if (/\s/.test(unit)) return undefined;
  let rest = name.endsWith(` - ${unit}`) ? name.slice(0, -` - ${unit}`.length) : name;
  const pkg = / \(([^()\s]+)\)$/.exec(rest);
  if (pkg) rest = rest.slice(0, pkg.index);
  const procs = /^(\d+) procs$/m.exec(extra)?.[1];
  return {
    name: rest,
    ...(procs ? { printed: `${rest}-${procs}` } : {}),
    ...(pkg ? { suite: pkg[1] } : {}),
    unit,
    direction: directionOfUnit(unit),
    value,
  };
}

/** Its catch2 extractor keeps the unit each line printed (ns, us, ms, s); ours converts every time to ns. */
function inNs(name: string, unit: string, value: number): Series {
  const factor = conversionFactor(unit, 'ns');
  return factor === undefined
    ? { name, unit, direction: directionOfUnit(unit), value }
    : { name, unit: 'ns', direction: 'smaller', value: value * factor };
}

/** It stores pytest-benchmark's rate (`iter/sec`, 1 / mean); ours is the time per round in seconds. */
function pytestSeries(name: string, unit: string, value: number): Series {
  if (unit !== 'iter/sec' || value <= 0) return { name, unit, direction: directionOfUnit(unit), value };
  const short = name.includes('::') ? name.slice(name.lastIndexOf('::') + 2) : name;
  return { name: short, printed: name, unit: 's', direction: 'smaller', value: 1 / value };
}

/** `X ( {"a":"1","b":"2"} )` (its JMH names with params) → `X(a=1, b=2)`, ours. */
function jmhName(name: string): string {
  const match = /^(.*) \( (\{.*\}) \)$/.exec(name);
  if (!match) return name;
  try {
    const params = JSON.parse(match[2] as string) as Record<string, unknown>;
    const text = Object.entries(params)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    return `${match[1]}(${text})`;
  } catch {
    return name;
  }
}

/**
 * Its history lacks some of our scopes: a go package when only one ran, catch2's test case. An imported
 * series the current run does not have takes the id of the one current series that differs from it only
 * by that scope.
 */
export function matchCurrentScopes(entries: HistoryEntry[], current: BenchmarkResult[]): HistoryEntry[] {
  const ids = new Set(current.map((r) => r.id));
  const byUnscoped = new Map<string, BenchmarkResult[]>();
  for (const r of current) {
    const key = unscopedId(r);
    byUnscoped.set(key, [...(byUnscoped.get(key) ?? []), r]);
  }
  const rename = (r: BenchmarkResult): BenchmarkResult => {
    if (ids.has(r.id)) return r;
    const candidates = byUnscoped.get(unscopedId(r)) ?? [];
    const [only] = candidates;
    if (candidates.length !== 1 || !only) return r;
    return { ...r, id: only.id, name: only.name, ...(only.suite ? { suite: only.suite } : {}) };
  };
  return entries.map((entry) => ({ ...entry, results: entry.results.map(rename) }));
}

function unscopedId(r: BenchmarkResult): string {
  return r.suite && r.id.startsWith(`${r.suite}::`) ? r.id.slice(r.suite.length + 2) : r.id;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
