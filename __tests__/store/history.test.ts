import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/model/result.js';
import { medianConfidenceInterval } from '../../src/stats/median-ci.js';
import {
  appendEntries,
  appendEntry,
  appendWithImport,
  emptyHistory,
  entriesFor,
  parseHistoryDocument,
  parseRunFile,
  parseStoredHistory,
  runFileName,
  SAMPLE_RUNS,
  sampleRunsFor,
  serializeHistory,
  splitHistory,
  summarizeResult,
} from '../../src/store/history.js';
import { HistoryError } from '../../src/store/store.js';
import { entry, runIds } from './entries.js';

const ORIGIN = 'gh-pages:perf-regression/benchmarks/history.json';

function documentWith(...entries: ReturnType<typeof entry>[]) {
  return { ...emptyHistory('benchmarks'), entries };
}

type StoredEntry = Record<string, unknown> & { results: Record<string, unknown>[] };
type StoredJson = Record<string, unknown> & { entries: StoredEntry[] };

/** The stored text of a four-entry document, edited as a user or a newer version might have left it. */
function storedText(edit: (json: StoredJson) => void): string {
  const json = JSON.parse(serializeHistory(documentWith(entry('1'), entry('2'), entry('3'), entry('4'))));
  edit(json);
  return JSON.stringify(json);
}

const entryAt = (json: StoredJson, i: number) => json.entries[i] as StoredEntry;
const firstResult = (json: StoredJson) => entryAt(json, 0).results[0] as Record<string, unknown>;

function parseError(text: string): string {
  try {
    parseHistoryDocument(text, ORIGIN);
  } catch (err) {
    expect(err).toBeInstanceOf(HistoryError);
    return (err as Error).message;
  }
  throw new Error('expected parseHistoryDocument to throw');
}

describe('emptyHistory', () => {
  it('is a version 1 perf-regression/history document with no entries', () => {
    expect(emptyHistory('go')).toEqual({
      schema: 'perf-regression/history',
      version: 1,
      suite: 'go',
      entries: [],
    });
  });
});

describe('serializeHistory and parseHistoryDocument', () => {
  it('round-trips a document exactly', () => {
    const doc = documentWith(entry('1'), entry('2', 'feature', 2, { runAttempt: undefined }));
    expect(parseHistoryDocument(serializeHistory(doc), ORIGIN)).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('writes one entry per line, so appending shows as one added line in a git diff', () => {
    const lines = serializeHistory(documentWith(entry('1'), entry('2'))).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '{',
      '  "schema": "perf-regression/history",',
      '  "version": 1,',
      '  "suite": "benchmarks",',
      '  "entries": [',
    ]);
    expect(lines[5]).toBe(`    ${JSON.stringify(entry('1'))},`);
    expect(lines[6]).toBe(`    ${JSON.stringify(entry('2'))}`);
    expect(lines.slice(7)).toEqual(['  ]', '}', '']);
  });

  it('writes an empty history as valid JSON', () => {
    expect(serializeHistory(emptyHistory('go'))).toBe(
      '{\n  "schema": "perf-regression/history",\n  "version": 1,\n  "suite": "go",\n  "entries": []\n}\n',
    );
  });

  it('reads a document that starts with a byte order mark', () => {
    expect(parseHistoryDocument(`\uFEFF${serializeHistory(emptyHistory('go'))}`, ORIGIN).suite).toBe('go');
  });

  it('names the origin and suspects truncation when the text is not JSON', () => {
    const text = serializeHistory(documentWith(entry('1')));
    expect(parseError(text.slice(0, 100))).toBe(
      `${ORIGIN}: not valid JSON (truncated?): Unexpected end of JSON input`,
    );
  });

  it('refuses a newer schema version and asks to upgrade the action', () => {
    expect(parseError(storedText((json) => (json.version = 3)))).toBe(
      `${ORIGIN}: schema version 3 is newer than this perf-regression understands (2); upgrade the action`,
    );
  });

  it('refuses a version that is not an integer', () => {
    expect(parseError(storedText((json) => (json.version = '1')))).toBe(
      `${ORIGIN}: version: expected an integer`,
    );
  });

  it('refuses a JSON document that is not a history', () => {
    expect(parseError('[]')).toBe(
      `${ORIGIN}: expected a JSON object with "schema": "perf-regression/history"`,
    );
    expect(parseError('{"entries": []}')).toBe(
      `${ORIGIN}: not a perf-regression history document ("schema" is missing)`,
    );
    expect(parseError(storedText((json) => (json.schema = 'benchmark-action')))).toBe(
      `${ORIGIN}: not a perf-regression history document ("schema" is "benchmark-action")`,
    );
  });

  it('points at the first malformed field of an entry', () => {
    expect(parseError(storedText((json) => (json.entries = {} as never)))).toBe(
      `${ORIGIN}: entries: expected an array`,
    );
    expect(parseError(storedText((json) => (entryAt(json, 3).results = {} as never)))).toBe(
      `${ORIGIN}: entries[3].results: expected an array`,
    );
    expect(parseError(storedText((json) => (entryAt(json, 1).date = 'yesterday')))).toBe(
      `${ORIGIN}: entries[1].date: expected an ISO 8601 date string`,
    );
    expect(parseError(storedText((json) => (firstResult(json).value = null)))).toBe(
      `${ORIGIN}: entries[0].results[0].value: expected a finite number`,
    );
    expect(parseError(storedText((json) => (firstResult(json).samples = [1, 'x'])))).toBe(
      `${ORIGIN}: entries[0].results[0].samples[1]: expected a finite number`,
    );
    expect(parseError(storedText((json) => (firstResult(json).direction = 'up')))).toBe(
      `${ORIGIN}: entries[0].results[0].direction: expected "smaller" or "bigger"`,
    );
  });

  it('refuses the document of another suite when the caller names the suite it expects', () => {
    expect(() => parseHistoryDocument(serializeHistory(emptyHistory('go')), ORIGIN, 'rust')).toThrow(
      new HistoryError(`${ORIGIN}: suite: holds suite "go", not "rust"`),
    );
  });
});

describe('appendEntry', () => {
  it('adds the entry without changing the document it was given', () => {
    const before = documentWith(entry('1'));
    const after = appendEntry(before, entry('2', 'main', 2), 10);
    expect(runIds(after.entries)).toEqual(['1', '2']);
    expect(runIds(before.entries)).toEqual(['1']);
  });

  it('keeps entries sorted by date, oldest first, whatever order they arrive in', () => {
    let doc = emptyHistory('benchmarks');
    for (const [runId, day] of [
      ['3', 3],
      ['1', 1],
      ['2', 2],
    ] as const) {
      doc = appendEntry(doc, entry(runId, 'main', day), 10);
    }
    expect(runIds(doc.entries)).toEqual(['1', '2', '3']);
  });

  it('replaces an entry of the same run, attempt and commit, so a retried append is idempotent', () => {
    const once = appendEntry(documentWith(entry('1')), entry('2', 'main', 2), 10);
    const twice = appendEntry(once, entry('2', 'main', 2), 10);
    expect(twice).toEqual(once);
  });

  it('keeps both entries of a re-run (same run id, another attempt)', () => {
    const doc = appendEntry(documentWith(entry('7')), entry('7', 'main', 2, { runAttempt: 2 }), 10);
    expect(doc.entries.map((e) => e.runAttempt)).toEqual([1, 2]);
  });

  it('keeps at most historySize entries per branch, dropping the oldest of that branch only', () => {
    let doc = emptyHistory('benchmarks');
    doc = appendEntry(doc, entry('f1', 'feature', 1), 2);
    for (let day = 2; day <= 5; day++) doc = appendEntry(doc, entry(`m${day}`, 'main', day), 2);
    expect(runIds(doc.entries)).toEqual(['f1', 'm4', 'm5']);
  });

  it('refuses a number of runs keeping samples below 1', () => {
    expect(() => appendEntry(emptyHistory('b'), entry('1'), 10, 0)).toThrow(RangeError);
  });

  it('refuses a history size below 1', () => {
    expect(() => appendEntry(emptyHistory('go'), entry('1'), 0)).toThrow(RangeError);
  });

  it('refuses an entry that would make the stored document unreadable (NaN becomes null in JSON)', () => {
    const bad = entry('1', 'main', 1, {
      results: [{ ...entry('1').results[0], value: Number.NaN }],
    } as never);
    expect(() => appendEntry(emptyHistory('go'), bad, 5)).toThrow(
      'refusing to record an entry that could not be read back: entry.results[0].value: expected a finite number',
    );
  });
});

describe('entriesFor', () => {
  const doc = documentWith(entry('m1', 'main', 1), entry('f2', 'feature', 2), entry('m3', 'main', 3));

  it('returns the entries of the first branch that has any, oldest first', () => {
    expect(runIds(entriesFor(doc, ['main', 'feature']))).toEqual(['m1', 'm3']);
  });

  it('falls back to the next branch when the first has no entry', () => {
    expect(runIds(entriesFor(doc, ['release', 'feature', 'main']))).toEqual(['f2']);
  });

  it('returns no entry when none of the branches has one', () => {
    expect(entriesFor(doc, ['release'])).toEqual([]);
  });
});

describe('appendWithImport (an imported history, used once)', () => {
  const imported = [entry('gab-1', 'main', 1), entry('gab-2', 'main', 2)];

  it('writes the imported runs before the entry when the branch has none yet', () => {
    const doc = appendWithImport(emptyHistory('benchmarks'), entry('9', 'main', 3), {
      historySize: 10,
      imported,
    });
    expect(runIds(doc.entries)).toEqual(['gab-1', 'gab-2', '9']);
  });

  it("ignores them once their branch or the entry's has runs of its own", () => {
    const own = documentWith(entry('8', 'main', 3));
    expect(
      runIds(appendWithImport(own, entry('9', 'main', 4), { historySize: 10, imported }).entries),
    ).toEqual(['8', '9']);
    const other = appendWithImport(own, entry('9', 'dev', 4), { historySize: 10, imported });
    expect(runIds(other.entries)).toEqual(['8', '9']);
    const dev = appendWithImport(documentWith(entry('7', 'dev', 3)), entry('9', 'dev', 4), {
      historySize: 10,
      imported,
    });
    expect(runIds(dev.entries)).toEqual(['7', '9']);
  });

  it('keeps history-size per branch, the imported runs counted', () => {
    const doc = appendWithImport(emptyHistory('benchmarks'), entry('9', 'main', 3), {
      historySize: 2,
      imported,
    });
    expect(runIds(doc.entries)).toEqual(['gab-2', '9']);
  });

  it('appendEntries twice with the same runs leaves one copy of each', () => {
    const once = appendEntries(emptyHistory('benchmarks'), imported, 10);
    expect(appendEntries(once, imported, 10)).toEqual(once);
  });
});

/** A run of `count` 10-sample series whose samples are full doubles, as a tool's JSON gives them. */
function sampledEntry(runId: string, day: number, branch = 'main') {
  const e = entry(runId, branch, day);
  const samples = [1.2345678912, 1.31, 1.29, 1.3333333333333333, 1.27, 1.35, 1.3, 1.28, 1.32, 10.5];
  return {
    ...e,
    results: [{ ...(e.results[0] as BenchmarkResult), n: samples.length, value: 1.305, samples }],
  };
}

describe('samples kept for the newest runs only', () => {
  it('keeps the samples of the newest sampleRuns of each branch and summarizes the older ones', () => {
    let doc = emptyHistory('benchmarks');
    for (let day = 1; day <= 6; day++) doc = appendEntry(doc, sampledEntry(`m${day}`, day), 100, 3);
    doc = appendEntry(doc, sampledEntry('f1', 7, 'feature'), 100, 3);
    const withSamples = doc.entries.filter((e) => e.results[0]?.samples).map((e) => e.runId);
    expect(withSamples).toEqual(['m4', 'm5', 'm6', 'f1']);
    const old = doc.entries[0]?.results[0] as BenchmarkResult;
    const samples = sampledEntry('m1', 1).results[0]?.samples as number[];
    const median = medianConfidenceInterval(samples);
    expect(old).toEqual({
      ...(entry('m1').results[0] as BenchmarkResult),
      samples: undefined,
      n: 10,
      value: 1.305,
      mean: samples.reduce((a, b) => a + b, 0) / 10,
      stddev: expect.any(Number),
      min: 1.2345678912,
      max: 10.5,
      sampleCi: { lo: median?.lo, hi: median?.hi, level: median?.confidence },
    });
    expect(old.samples).toBeUndefined();
    expect(old.stddev).toBeCloseTo(2.9, 1);
  });

  it("keeps the tool's own interval and summary numbers instead of computing them", () => {
    const e = sampledEntry('1', 1);
    const tool = {
      ...(e.results[0] as BenchmarkResult),
      mean: 2,
      min: 1,
      ci: { lo: 1.2, hi: 1.4, level: 0.95 },
    };
    const summary = summarizeResult(tool);
    expect(summary).toMatchObject({ mean: 2, min: 1, max: 10.5, ci: tool.ci });
    expect(summary.sampleCi).toBeUndefined();
  });

  it('keeps a window of 2 × baseline-runs, at least SAMPLE_RUNS', () => {
    expect(sampleRunsFor(10)).toBe(SAMPLE_RUNS);
    expect(sampleRunsFor(30)).toBe(60);
  });

  it('writes numbers that are not whole with 7 significant digits, whole numbers exactly', () => {
    const e = sampledEntry('1', 1);
    const big = {
      ...(e.results[0] as BenchmarkResult),
      id: 'B/op',
      value: 123456789012,
      samples: [123456789012],
    };
    const text = serializeHistory(documentWith({ ...e, results: [...e.results, big] }));
    expect(text).toContain('"samples":[1.234568,1.31,1.29,1.333333,1.27,1.35,1.3,1.28,1.32,10.5]');
    expect(text).toContain('"value":123456789012');
    expect(parseHistoryDocument(text, ORIGIN).entries[0]?.results[0]?.samples?.[0]).toBe(1.234568);
  });
});

describe('splitHistory (the gh-pages layout, version 2)', () => {
  const doc = documentWith(entry('1', 'main', 1), entry('2', 'feature', 2), entry('3', 'main', 3));

  it('writes history.json listing one file per run, oldest first, and reads back the same document', () => {
    const files = splitHistory(doc);
    const names = doc.entries.map(runFileName);
    expect([...files.keys()]).toEqual(['history.json', ...names]);
    expect(names[0]).toBe('runs/2026-01-01T000000000Z-1-1-c0ffee000100.json');
    const index = parseStoredHistory(files.get('history.json') as string, ORIGIN, 'benchmarks');
    expect(index).toEqual({ kind: 'split', suite: 'benchmarks', runs: names });
    const entries = names.map((name) => parseRunFile(files.get(name) as string, name));
    expect({ ...emptyHistory('benchmarks'), entries }).toEqual(doc);
  });

  it('gives each run its own file name, the same one every time', () => {
    const reRun = entry('1', 'main', 1, { runAttempt: 2 });
    const names = new Set([...doc.entries, reRun].map(runFileName));
    expect(names.size).toBe(4);
    expect(runFileName({ ...entry('1'), runId: '../../x y' })).toMatch(/^runs\/[A-Za-z0-9._-]+\.json$/);
  });

  it('keeps two runs apart whose safe names meet', () => {
    const twins = documentWith({ ...entry('1'), runId: 'a/b' }, { ...entry('1'), runId: 'a_b' });
    const files = splitHistory(twins);
    const index = parseStoredHistory(files.get('history.json') as string, ORIGIN);
    if (index.kind !== 'split') throw new Error('expected the split layout');
    expect(new Set(index.runs).size).toBe(2);
    const back = index.runs.map((name) => parseRunFile(files.get(name) as string, name).runId);
    expect(back).toEqual(['a/b', 'a_b']);
  });

  it('reads the old one-file layout (version 1) as a document', () => {
    expect(parseStoredHistory(serializeHistory(doc), ORIGIN)).toEqual({ kind: 'document', doc });
  });

  it('refuses a run file name that leaves the runs folder, and a split index where one document is expected', () => {
    const index = JSON.parse(splitHistory(doc).get('history.json') as string);
    index.runs[1] = 'runs/../../secret.json';
    expect(() => parseStoredHistory(JSON.stringify(index), ORIGIN)).toThrow(
      `${ORIGIN}: runs[1]: expected a file name "runs/<name>.json"`,
    );
    expect(parseError(splitHistory(doc).get('history.json') as string)).toBe(
      `${ORIGIN}: lists its runs in separate files (schema version 2, the gh-pages layout); read it through the gh-pages store`,
    );
  });

  it('names the run file and the field of a malformed run', () => {
    const text = (splitHistory(doc).get(runFileName(entry('1'))) as string).replace(
      '"branch":"main"',
      '"branch":1',
    );
    expect(() => parseRunFile(text, 'gh-pages:runs/a.json')).toThrow(
      new HistoryError('gh-pages:runs/a.json: branch: expected a non-empty string'),
    );
  });
});
