// The run pipeline, written once for the action and the CLI: the current run's files → parsed and
// pooled into one run → the baseline window (explicit runs, or the newest runs of a store's history)
// → compare → the Markdown report. Everything around it (where the history lives, what is published)
// belongs to the caller.
import { type BaselineRun, compare } from '../engine/compare.js';
import { budgetMatches, type CompareOptions, globMatches } from '../engine/options.js';
import { enoughForTail, hasTails, samplesForTail } from '../engine/tails.js';
import { InputError } from '../model/errors.js';
import type { BaselineCommit, ComparisonReport, Status } from '../model/report.js';
import type { BenchmarkResult, Format, FormatChoice, ParseOutput, ParseWarning } from '../model/result.js';
import { conversionFactor } from '../model/units.js';
import { detectFormat } from '../parsers/detect.js';
import { readInputFiles } from '../parsers/files.js';
import { parseRun } from '../parsers/index.js';
import { CHANGED } from '../render/inline.js';
import { type HistoryEntry, HistoryError, type HistoryStore } from '../store/store.js';
import { type AncestryLookup, windowAtMergeBase } from './baseline-commit.js';
import { checkHeap, count, heapProgress, heapWatch } from './heap.js';
import { emptyRunMessage, separateRunsWarning } from './run-checks.js';

/** Where the baseline window comes from. */
export type BaselineSource =
  /** One list of files per earlier run, oldest first (the CLI's `--baseline`). */
  | { files: string[][] }
  /** The newest `runs` entries of `suite` in a store, from the first of `branches` that has any. */
  | {
      store: HistoryStore;
      suite: string;
      branches: string[];
      runs: number;
      /** A pull request's merge base: the window ends there instead of at the newest runs. */
      ancestry?: AncestryLookup;
    };

/** One run read from its files: which files were read (their texts are let go once parsed) and what they held. */
export interface ReadRun {
  files: { path: string; detected?: Format }[];
  parsed: ParseOutput;
}

/** Reads and parses the files of one run (paths, globs or directories), pooled into one run. */
export async function readRun(patterns: string[], format: FormatChoice, cwd?: string): Promise<ReadRun> {
  const files = await readInputFiles(patterns, cwd);
  const parsed = parseRun(files, format, heapProgress());
  // What each file looked like is only needed to explain a run of no series; the texts go after this.
  const empty = parsed.results.length === 0;
  return {
    files: files.map((f) => ({ path: f.path, detected: empty ? detectFormat(f) : undefined })),
    parsed,
  };
}

export interface CompareRunInput {
  current: ReadRun;
  baseline: BaselineSource;
  format: FormatChoice;
  options: CompareOptions;
  /** Where relative paths start (the workspace); the process's working directory by default. */
  cwd?: string;
}

export interface ComparedRun {
  /**
   * Warnings of parsing the baseline files (the current run's are in `current.parsed`), and of budgets
   * on a percentile that a series matched but could not be checked on.
   */
  warnings: ParseWarning[];
  /** The window's history entries when it came from a store. */
  entries: HistoryEntry[];
  /** Every entry the store held for the suite on the branch it read, oldest first (the dashboard's). */
  stored: HistoryEntry[];
  /**
   * The stored history could not be read (corrupt, or a newer version): the comparison ran without a
   * baseline, and the history must not be written over.
   */
  historyError?: HistoryError;
  report: ComparisonReport;
}

export async function compareRun(input: CompareRunInput): Promise<ComparedRun> {
  const warnings: ParseWarning[] = [];
  const window: BaselineRun[] = [];
  let entries: HistoryEntry[] = [];
  let stored: HistoryEntry[] = [];
  let historyError: HistoryError | undefined;
  let baselineCommit: BaselineCommit | undefined;
  const baselineFiles: (number | null)[] = [];
  if ('files' in input.baseline) {
    for (const [i, files] of input.baseline.files.entries()) {
      const run = await readRun(files, input.format, input.cwd);
      const empty = emptyRunMessage(run, input.format, `baseline (--baseline ${i + 1})`);
      if (empty) throw new InputError(empty);
      const { parsed } = run;
      for (const w of parsed.warnings) warnings.push(w);
      const pooled = separateRunsWarning(run, `--baseline ${i + 1}`);
      if (pooled) warnings.push(pooled);
      window.push({ results: parsed.results });
      baselineFiles.push(run.files.length);
    }
  } else {
    const { store, suite, branches, runs, ancestry } = input.baseline;
    try {
      // An entry of no series (recorded before such runs were refused) is no baseline: it must not push real runs out of the window.
      stored = (await store.read(suite, { branches })).filter((e) => e.results.length > 0);
      entries = stored.slice(-runs);
    } catch (err) {
      if (!(err instanceof HistoryError)) throw err;
      historyError = err;
    }
    if (ancestry && stored.length > 0) {
      const atMergeBase = await windowAtMergeBase(
        stored,
        runs,
        stored.at(-1)?.branch ?? branches[0] ?? '',
        await ancestry(stored),
      );
      entries = atMergeBase.entries;
      baselineCommit = atMergeBase.baselineCommit;
    }
    for (const e of entries) {
      window.push({ commit: e.commit, results: e.results });
      baselineFiles.push(e.files ?? null);
    }
  }
  const current = input.current.parsed.results;
  const comparing = heapWatch(
    (done: number) => `comparing ${count(done)} of ${count(current.length)} series needs`,
  );
  const compared = compare(window, current, input.options, comparing);
  checkHeap(() => `the report of ${count(compared.series.length)} series needs`);
  for (const w of uncheckedTailBudgets(input.current.parsed.results, input.options)) warnings.push(w);
  const runFiles = { current: input.current.files.length, baseline: baselineFiles };
  const report = { ...compared, runFiles, ...(baselineCommit ? { baselineCommit } : {}) };
  return { warnings, entries, stored, historyError, report };
}

/**
 * A budget on a percentile that matches series too small for that percentile's row is never checked
 * on them: said once per budget, so a limit the user set is not silently ignored. Series whose unit the
 * limit does not convert to are not its business (`*: p99 < 2ms` says nothing about allocs/op).
 */
function uncheckedTailBudgets(results: readonly BenchmarkResult[], options: CompareOptions): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  for (const { pattern, limit, statistic } of options.budgets) {
    if (!statistic) continue;
    // A load test's own percentile series (`GET /work p99`) answer the budget; its other percentiles
    // (`GET /work p50`) and the series they belong to were never asked for.
    const budget = { pattern, limit, statistic };
    const reported = results.filter((r) => budgetMatches(budget, r));
    const answered = new Set(reported.map((r) => r.name.slice(0, -(statistic.length + 1))));
    const unchecked = results.filter(
      (r) =>
        conversionFactor(limit.unit, r.unit) !== undefined &&
        globMatches(pattern, r) &&
        r.params?.percentile === undefined &&
        !answered.has(r.name) &&
        !(hasTails(r) && enoughForTail(r.samples, statistic)),
    );
    const first = unchecked[0];
    if (!first) continue;
    const shown = unchecked.slice(0, 3).map((r) => `${r.name} (${r.samples?.length ?? 0})`);
    const more = unchecked.length > shown.length ? `, and ${unchecked.length - shown.length} more` : '';
    warnings.push({
      file: first.source.file,
      message:
        `budget "${pattern}: ${statistic} < ${limit.value} ${limit.unit}" not checked on ${unchecked.length} series: ` +
        `a ${statistic} needs ${samplesForTail(statistic)} raw samples a run; ${shown.join(', ')}${more}`,
    });
  }
  return warnings;
}

/** The entry recording the current run into a history, with the series its comparison flagged. */
export function historyEntry(
  run: ReadRun,
  at: {
    commit: string;
    branch: string;
    runId: string;
    runAttempt?: number;
    date?: Date;
    message?: string;
    report?: ComparisonReport;
  },
): HistoryEntry {
  const flags = flagsOf(at.report);
  return {
    commit: at.commit,
    branch: at.branch,
    date: (at.date ?? new Date()).toISOString(),
    runId: at.runId,
    ...(at.runAttempt !== undefined ? { runAttempt: at.runAttempt } : {}),
    ...(at.message ? { message: at.message } : {}),
    ...(flags ? { flags } : {}),
    // A same-job A/B's head side is its passes' outputs, not files the user named.
    ...(run.files.length > 0 ? { files: run.files.length } : {}),
    results: run.parsed.results,
  };
}

function flagsOf(report: ComparisonReport | undefined): Record<string, Status> | undefined {
  const flagged = (report?.series ?? []).filter((s) => CHANGED.includes(s.status));
  return flagged.length > 0 ? Object.fromEntries(flagged.map((s) => [s.id, s.status])) : undefined;
}
