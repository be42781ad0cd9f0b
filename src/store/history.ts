// The stored history document of one suite: how it is read, validated, appended to and written.
// Pure: every store (Actions cache, gh-pages branch, local folder) does its own I/O and calls these.
import { isFiniteNumber, isObject } from '../parsers/json-text.js';
import type { AppendOptions, HistoryDocument, HistoryEntry } from './store.js';
import { HistoryError } from './store.js';

export const HISTORY_SCHEMA = 'perf-regression/history';
export const HISTORY_VERSION = 1;

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
  if (version > HISTORY_VERSION) {
    throw problem(
      '',
      `schema version ${version} is newer than this perf-regression understands (${HISTORY_VERSION}); upgrade the action`,
    );
  }
  if (version < HISTORY_VERSION) throw problem('', `schema version ${version} is not supported`);
  if (typeof json.suite !== 'string') throw problem('suite', 'expected a string');
  if (expectedSuite !== undefined && json.suite !== expectedSuite) {
    throw problem('suite', `holds suite "${json.suite}", not "${expectedSuite}"`);
  }
  if (!Array.isArray(json.entries)) throw problem('entries', 'expected an array');
  json.entries.forEach((entry, i) => {
    const error = entryProblem(entry);
    if (error) throw problem(`entries[${i}]${error.where}`, error.message);
  });
  return json as unknown as HistoryDocument;
}

/** The text a store writes: one entry per line, so a git diff of an append is one added line. */
export function serializeHistory(doc: HistoryDocument): string {
  const entries = doc.entries.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n');
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
 * A new document with `entry` added. An entry of the same (runId, runAttempt, commit) is replaced, so
 * retrying an append is harmless. Entries stay sorted by date (oldest first) and each branch keeps its
 * newest `historySize` entries.
 */
export function appendEntry(doc: HistoryDocument, entry: HistoryEntry, historySize: number): HistoryDocument {
  if (!Number.isInteger(historySize) || historySize < 1) {
    throw new RangeError(`history size must be a positive integer (got ${historySize})`);
  }
  const error = entryProblem(entry);
  if (error)
    throw new Error(
      `refusing to record an entry that could not be read back: entry${error.where}: ${error.message}`,
    );
  const key = entryKey(entry);
  const entries = sortByDate([...doc.entries.filter((e) => entryKey(e) !== key), entry]);
  return { ...doc, entries: keepNewestPerBranch(entries, historySize) };
}

/** `doc` with each of `entries` appended: appending the same runs again changes nothing. */
export function appendEntries(
  doc: HistoryDocument,
  entries: HistoryEntry[],
  historySize: number,
): HistoryDocument {
  return entries.reduce((next, entry) => appendEntry(next, entry, historySize), doc);
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
  const seeded = seed ? appendEntries(doc, imported, options.historySize) : doc;
  return appendEntry(seeded, entry, options.historySize);
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
