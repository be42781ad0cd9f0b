// The stored history document of one suite: how it is read, validated, appended to and written.
// Pure: every store (Actions cache, gh-pages branch, local folder) does its own I/O and calls these.
import type { BenchmarkResult } from '../model/result.js';
import { isFiniteNumber, isObject } from '../parsers/json-text.js';
import { sampleSummary } from '../parsers/sample-summary.js';
import { medianConfidenceInterval } from '../stats/median-ci.js';
import type { AppendOptions, HistoryDocument, HistoryEntry } from './store.js';
import { HistoryError } from './store.js';

export const HISTORY_SCHEMA = 'perf-regression/history';
/** One file holding every entry (the cache, a local folder, and gh-pages before version 2). */
export const HISTORY_VERSION = 1;
/** gh-pages: `history.json` lists the runs, each run is a file of its own (see splitHistory). */
export const SPLIT_HISTORY_VERSION = 2;

/**
 * Raw samples are kept for the newest runs of each branch; older runs keep a summary (n, center,
 * mean, stddev, min, max, the median's interval). Twice the default `baseline-runs` window: a pull
 * request whose merge base is up to 10 runs back still compares samples against samples.
 */
export const SAMPLE_RUNS = 20;

/** Runs whose samples are kept for a window of `baselineRuns` (and as many runs again for merge bases). */
export function sampleRunsFor(baselineRuns: number): number {
  return Math.max(SAMPLE_RUNS, 2 * baselineRuns);
}

export function emptyHistory(suite: string): HistoryDocument {
  return { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, suite, entries: [] };
}

/**
 * Reads a stored document. `origin` names where the text came from
 * (`gh-pages:perf-regression/benchmarks/history.json`) and starts every error message. A document that
 * is not valid JSON, has the wrong shape or a newer version throws HistoryError: the caller must stop,
 * never replace it with an empty history. With `expectedSuite`, a document of another suite is refused too.
 */
export function parseHistoryDocument(text: string, origin: string, expectedSuite?: string): HistoryDocument {
  const stored = parseStoredHistory(text, origin, expectedSuite);
  if (stored.kind === 'split') {
    throw new HistoryError(
      `${origin}: lists its runs in separate files (schema version ${SPLIT_HISTORY_VERSION}, the gh-pages layout); read it through the gh-pages store`,
    );
  }
  return stored.doc;
}

/** What a stored `history.json` holds: every entry, or (version 2) the list of its run files. */
export type StoredHistory =
  | { kind: 'document'; doc: HistoryDocument }
  | { kind: 'split'; suite: string; runs: string[] };

/** Like parseHistoryDocument, but a version 2 index is returned as the run files it lists. */
export function parseStoredHistory(text: string, origin: string, expectedSuite?: string): StoredHistory {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new HistoryError(`${origin}: not valid JSON (truncated?): ${firstLine((err as Error).message)}`);
  }
  const problem = (where: string, message: string) =>
    new HistoryError(`${origin}: ${where ? `${where}: ` : ''}${message}`);
  if (!isObject(json)) throw problem('', `expected a JSON object with "schema": "${HISTORY_SCHEMA}"`);
  if (json.schema !== HISTORY_SCHEMA) {
    throw problem('', `not a perf-regression history document ("schema" is ${describe(json.schema)})`);
  }
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw problem('version', 'expected an integer');
  if (version > SPLIT_HISTORY_VERSION) {
    throw problem(
      '',
      `schema version ${version} is newer than this perf-regression understands (${SPLIT_HISTORY_VERSION}); upgrade the action`,
    );
  }
  if (version < HISTORY_VERSION) throw problem('', `schema version ${version} is not supported`);
  if (typeof json.suite !== 'string') throw problem('suite', 'expected a string');
  if (expectedSuite !== undefined && json.suite !== expectedSuite) {
    throw problem('suite', `holds suite "${json.suite}", not "${expectedSuite}"`);
  }
  if (version === SPLIT_HISTORY_VERSION) {
    if (!Array.isArray(json.runs)) throw problem('runs', 'expected an array of run file names');
    const bad = json.runs.findIndex((name) => typeof name !== 'string' || !RUN_FILE.test(name));
    if (bad >= 0) throw problem(`runs[${bad}]`, 'expected a file name "runs/<name>.json"');
    return { kind: 'split', suite: json.suite, runs: json.runs as string[] };
  }
  if (!Array.isArray(json.entries)) throw problem('entries', 'expected an array');
  json.entries.forEach((entry, i) => {
    const error = entryProblem(entry);
    if (error) throw problem(`entries[${i}]${error.where}`, error.message);
  });
  return { kind: 'document', doc: json as unknown as HistoryDocument };
}

/** A run file's name inside the suite's folder: no other folder, nothing a path could escape with. */
const RUN_FILE = /^runs\/[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

/** One run file of a split history (`origin` names it in errors). */
export function parseRunFile(text: string, origin: string): HistoryEntry {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new HistoryError(`${origin}: not valid JSON (truncated?): ${firstLine((err as Error).message)}`);
  }
  const error = entryProblem(json);
  if (error)
    throw new HistoryError(`${origin}: ${error.where ? `${error.where.slice(1)}: ` : ''}${error.message}`);
  return json as HistoryEntry;
}

/**
 * The gh-pages layout of `doc`: by file name relative to the suite's folder, `history.json` listing the
 * runs oldest first and one `runs/<date>-<run>-<attempt>-<commit>.json` per entry. A run's file is
 * written when it is recorded and once more when its samples are dropped, so no file grows with the
 * history and git stores each run about twice, however many recordings follow.
 */
export function splitHistory(doc: HistoryDocument): Map<string, string> {
  const files = new Map<string, string>();
  const runs: string[] = [];
  for (const entry of doc.entries) {
    // Names shortened or made safe could meet (run ids `a/b` and `a_b`): a later one gets a suffix.
    let name = runFileName(entry);
    for (let k = 2; files.has(name); k++) name = runFileName(entry).replace(/\.json$/, `-${k}.json`);
    runs.push(name);
    files.set(name, `${serializeEntry(entry)}\n`);
  }
  const list = runs.map((name) => `    ${JSON.stringify(name)}`).join(',\n');
  const index = [
    '{',
    `  "schema": ${JSON.stringify(doc.schema)},`,
    `  "version": ${SPLIT_HISTORY_VERSION},`,
    `  "suite": ${JSON.stringify(doc.suite)},`,
    `  "runs": [${list ? `\n${list}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
  return new Map([['history.json', index], ...files]);
}

/** Unique per entryKey (date, run id, attempt and commit), sorted by date as file names. */
export function runFileName(entry: HistoryEntry): string {
  const date = new Date(Date.parse(entry.date)).toISOString().replace(/[:.]/g, '');
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);
  return `runs/${date}-${safe(entry.runId)}-${entry.runAttempt ?? 1}-${safe(entry.commit.slice(0, 12))}.json`;
}

/** The text a store writes: one entry per line, so a git diff of an append is one added line. */
export function serializeHistory(doc: HistoryDocument): string {
  const entries = doc.entries.map((entry) => `    ${serializeEntry(entry)}`).join(',\n');
  return [
    '{',
    `  "schema": ${JSON.stringify(doc.schema)},`,
    `  "version": ${doc.version},`,
    `  "suite": ${JSON.stringify(doc.suite)},`,
    `  "entries": [${entries ? `\n${entries}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
}

/**
 * One entry as JSON, numbers that are not whole written with 7 significant digits: a double's 17
 * digits are noise below any benchmark's resolution (a relative 5e-8), and they made up half the bytes.
 */
export function serializeEntry(entry: HistoryEntry): string {
  return compactJson(entry);
}

/** JSON of `value` with the numbers written as the history writes them. */
export function compactJson(value: unknown): string {
  return JSON.stringify(value, compactNumber);
}

function compactNumber(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)
    ? Number(value.toPrecision(7))
    : value;
}

/**
 * A new document with `entry` added. An entry of the same (runId, runAttempt, commit) is replaced, so
 * retrying an append is harmless. Entries stay sorted by date (oldest first), each branch keeps its
 * newest `historySize` entries, and the newest `sampleRuns` of them their raw samples (older ones a
 * summary, see summarizeResult).
 */
export function appendEntry(
  doc: HistoryDocument,
  entry: HistoryEntry,
  historySize: number,
  sampleRuns = SAMPLE_RUNS,
): HistoryDocument {
  if (!Number.isInteger(historySize) || historySize < 1) {
    throw new RangeError(`history size must be a positive integer (got ${historySize})`);
  }
  if (!Number.isInteger(sampleRuns) || sampleRuns < 1) {
    throw new RangeError(`runs keeping samples must be a positive integer (got ${sampleRuns})`);
  }
  const error = entryProblem(entry);
  if (error)
    throw new Error(
      `refusing to record an entry that could not be read back: entry${error.where}: ${error.message}`,
    );
  const key = entryKey(entry);
  const entries = sortByDate([...doc.entries.filter((e) => entryKey(e) !== key), entry]);
  return { ...doc, entries: dropOldSamples(keepNewestPerBranch(entries, historySize), sampleRuns) };
}

/** `doc` with each of `entries` appended: appending the same runs again changes nothing. */
export function appendEntries(
  doc: HistoryDocument,
  entries: HistoryEntry[],
  historySize: number,
  sampleRuns = SAMPLE_RUNS,
): HistoryDocument {
  return entries.reduce((next, entry) => appendEntry(next, entry, historySize, sampleRuns), doc);
}

/**
 * `entry` appended, after `options.imported` when the suite has nothing yet on the entry's branch or the
 * imported runs' branch: an imported history is used once, then the suite's own runs are the history.
 */
export function appendWithImport(
  doc: HistoryDocument,
  entry: HistoryEntry,
  options: AppendOptions,
): HistoryDocument {
  const { imported } = options;
  const branches = new Set([entry.branch, ...(imported ?? []).map((e) => e.branch)]);
  const seed = imported && !doc.entries.some((e) => branches.has(e.branch));
  const seeded = seed ? appendEntries(doc, imported, options.historySize, options.sampleRuns) : doc;
  return appendEntry(seeded, entry, options.historySize, options.sampleRuns);
}

/** Entries of the first of `branches` that has any, oldest first; `[]` when none has. */
export function entriesFor(doc: HistoryDocument, branches: string[]): HistoryEntry[] {
  for (const branch of branches) {
    const entries = doc.entries.filter((e) => e.branch === branch);
    if (entries.length > 0) return sortByDate(entries);
  }
  return [];
}

/** What makes two entries the same run: appending one replaces the other. */
export function entryKey(entry: HistoryEntry): string {
  return JSON.stringify([entry.runId, entry.runAttempt ?? null, entry.commit]);
}

/** Stable: entries recorded at the same instant keep their order. */
function sortByDate(entries: HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

function keepNewestPerBranch(sorted: HistoryEntry[], historySize: number): HistoryEntry[] {
  const kept = new Map<string, number>();
  const keep = new Set<HistoryEntry>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const entry = sorted[i] as HistoryEntry;
    const count = (kept.get(entry.branch) ?? 0) + 1;
    kept.set(entry.branch, count);
    if (count <= historySize) keep.add(entry);
  }
  return sorted.filter((e) => keep.has(e));
}

/** Entries beyond the newest `sampleRuns` of their branch with their results summarized. */
function dropOldSamples(sorted: HistoryEntry[], sampleRuns: number): HistoryEntry[] {
  const seen = new Map<string, number>();
  const out = [...sorted];
  for (let i = out.length - 1; i >= 0; i--) {
    const entry = out[i] as HistoryEntry;
    const count = (seen.get(entry.branch) ?? 0) + 1;
    seen.set(entry.branch, count);
    if (count > sampleRuns && entry.results.some((r) => r.samples !== undefined)) {
      out[i] = { ...entry, results: entry.results.map(summarizeResult) };
    }
  }
  return out;
}

/**
 * `result` without its raw samples but with what the dashboard and the trend read of an old run: n and
 * the center as they were, mean, stddev, min and max, and the median's interval as `sampleCi` (unless the
 * tool gave its own `ci`). A comparison reaching this far back uses one number per run.
 */
export function summarizeResult(result: BenchmarkResult): BenchmarkResult {
  const { samples, ...rest } = result;
  if (!samples || samples.length === 0) return rest;
  const summary = sampleSummary(samples);
  const out: BenchmarkResult = {
    ...rest,
    mean: rest.mean ?? summary.mean,
    min: rest.min ?? summary.min,
    max: rest.max ?? summary.max,
  };
  const stddev = rest.stddev ?? summary.stddev;
  if (stddev !== undefined) out.stddev = stddev;
  const median = rest.ci ? undefined : medianConfidenceInterval(samples);
  if (median && Number.isFinite(median.lo) && Number.isFinite(median.hi)) {
    out.sampleCi = { lo: median.lo, hi: median.hi, level: median.confidence };
  }
  return out;
}

interface Problem {
  /** `.results[2].value`, appended to `entries[i]`. */
  where: string;
  message: string;
}

/** The first thing wrong with an entry (what the stages reading history rely on), or undefined. */
function entryProblem(entry: unknown): Problem | undefined {
  if (!isObject(entry)) return { where: '', message: 'expected an object' };
  for (const field of ['commit', 'branch', 'runId'] as const) {
    if (typeof entry[field] !== 'string' || entry[field] === '') {
      return { where: `.${field}`, message: 'expected a non-empty string' };
    }
  }
  if (typeof entry.date !== 'string' || Number.isNaN(Date.parse(entry.date))) {
    return { where: '.date', message: 'expected an ISO 8601 date string' };
  }
  if (entry.runAttempt !== undefined && !isFiniteNumber(entry.runAttempt)) {
    return { where: '.runAttempt', message: 'expected a number' };
  }
  if (entry.message !== undefined && typeof entry.message !== 'string') {
    return { where: '.message', message: 'expected a string' };
  }
  if (
    entry.flags !== undefined &&
    (!isObject(entry.flags) || Object.values(entry.flags).some((f) => typeof f !== 'string'))
  ) {
    return { where: '.flags', message: 'expected an object of status strings' };
  }
  if (entry.files !== undefined && !(Number.isInteger(entry.files) && (entry.files as number) >= 1)) {
    return { where: '.files', message: 'expected a whole number of files, at least 1' };
  }
  if (!Array.isArray(entry.results)) return { where: '.results', message: 'expected an array' };
  for (const [i, result] of entry.results.entries()) {
    const problem = resultProblem(result);
    if (problem) return { where: `.results[${i}]${problem.where}`, message: problem.message };
  }
  return undefined;
}

function resultProblem(result: unknown): Problem | undefined {
  if (!isObject(result)) return { where: '', message: 'expected an object' };
  for (const field of ['id', 'name', 'unit'] as const) {
    if (typeof result[field] !== 'string') return { where: `.${field}`, message: 'expected a string' };
  }
  if (result.direction !== 'smaller' && result.direction !== 'bigger') {
    return { where: '.direction', message: 'expected "smaller" or "bigger"' };
  }
  for (const field of ['n', 'value'] as const) {
    if (!isFiniteNumber(result[field])) return { where: `.${field}`, message: 'expected a finite number' };
  }
  if (result.samples !== undefined) {
    if (!Array.isArray(result.samples)) return { where: '.samples', message: 'expected an array' };
    const bad = result.samples.findIndex((s) => !isFiniteNumber(s));
    if (bad >= 0) return { where: `.samples[${bad}]`, message: 'expected a finite number' };
  }
  if (!isObject(result.source) || typeof result.source.file !== 'string') {
    return { where: '.source', message: 'expected an object with a "file" string' };
  }
  return undefined;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
