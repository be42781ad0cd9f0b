// The one interface every history store implements (Actions cache, gh-pages branch, local folder).
// main.ts and the CLI only ever talk to a HistoryStore; each implementation lives in its own file.
import type { Status } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';

/** One recorded run of a suite on a branch. */
export interface HistoryEntry {
  /** Commit the run measured. */
  commit: string;
  /** Branch the commit was on (`main`), never a ref path. */
  branch: string;
  /** ISO 8601 time the run was recorded. */
  date: string;
  /** GitHub run id and attempt (`GITHUB_RUN_ID`, `GITHUB_RUN_ATTEMPT`) or a local counter for the CLI. */
  runId: string;
  runAttempt?: number;
  /** The commit's message (first line), when the event told it: the dashboard shows it on a click. */
  message?: string;
  /**
   * The series this run's comparison flagged, by id: `regression`, `over-budget` or `improvement`. The
   * dashboard marks these points; a history written before this field simply has no marks.
   */
  flags?: Record<string, Status>;
  /** How many files the run was read from (entries written before this was kept have none). */
  files?: number;
  results: BenchmarkResult[];
}

/** The stored document for one suite: versioned so a future format is recognised, never overwritten blindly. */
export interface HistoryDocument {
  schema: 'perf-regression/history';
  version: 1;
  suite: string;
  entries: HistoryEntry[];
}

export interface ReadOptions {
  /** Branches to read, most wanted first (PR base branch, then the default branch). */
  branches: string[];
}

export interface AppendOptions {
  /** Entries kept per branch after the append; the oldest go first. */
  historySize: number;
  /** Entries per branch that keep their raw samples (SAMPLE_RUNS by default); older ones keep a summary. */
  sampleRuns?: number;
  /**
   * Runs imported from another tool's history (github-action-benchmark's data.js), written in the same
   * write as the entry when the suite has no entries on the entry's branch yet; ignored once it has.
   */
  imported?: HistoryEntry[];
}

export interface HistoryStore {
  /** Human name for logs: `Actions cache`, `gh-pages branch "gh-pages"`, `folder .perf-history`. */
  readonly description: string;
  /**
   * Entries of the first branch in `branches` that has any, oldest first; `[]` when there is no history
   * (a first run). A corrupt or unknown-version document throws HistoryError, it is never treated as empty.
   */
  read(suite: string, options: ReadOptions): Promise<HistoryEntry[]>;
  /** Adds `entry` to the suite's history without ever losing an entry written concurrently by another run. */
  append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void>;
}

/** The stored history cannot be used: corrupt JSON, wrong shape, or a newer schema version. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
}
