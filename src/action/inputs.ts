// Every action input, read and validated in one place into one typed object (like actions/checkout's
// input-helper). Nothing reads inputs at import time. A bad value fails fast, naming the input and the
// values it accepts.
import * as core from '@actions/core';
import {
  type CompareOptions,
  parseAlpha,
  parseBudgets,
  parsePercentiles,
  parseThresholds,
} from '../engine/options.js';
import { InputError } from '../model/errors.js';
import { FORMAT_CHOICES, type FormatChoice } from '../model/result.js';
import type { ImportSource } from './import-history.js';

export type Storage = 'cache' | 'gh-pages' | 'none';
export type FailOn = 'regression' | 'budget' | 'never';
export type CommentMode = 'always' | 'on-change' | 'never';
export type CompareWith = 'history' | 'base';

/** compare-with: base — the same-job A/B's command and passes. */
export interface SameJobInputs {
  run: string;
  setup?: string;
  passes: number;
  timeoutMs?: number;
}

export interface ActionInputs {
  files: string;
  compareWith: CompareWith;
  /** A JSON report computed elsewhere, to publish instead of comparing here. */
  reportFile?: string;
  /**
   * Suite names (or `*`/`?` patterns) of matrix jobs whose uploaded reports this job publishes as one;
   * empty when the job compares its own run.
   */
  merge: string[];
  /** Set when compareWith is `base`. */
  sameJob?: SameJobInputs;
  format: FormatChoice;
  name: string;
  storage: Storage;
  ghPagesBranch: string;
  ghPagesPath: string;
  historySize: number;
  baselineRuns: number;
  compare: CompareOptions;
  failOn: FailOn;
  /** A run with no series is a warning (nothing compared or recorded) instead of a failure. */
  allowEmptyRun: boolean;
  /** A run sharing no series with the baseline neither fails nor is kept out of the history. */
  allowSeriesChange: boolean;
  comment: CommentMode;
  checkRun: boolean;
  annotations: boolean;
  uploadArtifact: boolean;
  artifactRetentionDays?: number;
  githubToken: string;
  /** Keep one GitHub issue per active regression event on scheduled runs. */
  issues: boolean;
  issueLabel: string;
  issueImprovements: boolean;
  /** Seconds all GitHub API calls of the run may take together. */
  githubApiTimeout: number;
  /** github-action-benchmark's data.js, the window while the suite has no history of its own. */
  importHistory?: ImportSource;
}

/** Reads an input that must be one of `accepted`, or fails naming them. */
function choice<T extends string>(name: string, accepted: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(accepted as readonly string[]).includes(value)) {
    throw new InputError(`input "${name}" must be one of: ${accepted.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false (got "${value}")`);
}

function count(name: string, fallback: number, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const text = core.getInput(name).trim();
  if (text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(`input "${name}" must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return n;
}

/** A branch or folder name used to build paths and refs: no traversal, no option-looking values. */
function safeName(name: string, fallback: string, pattern: RegExp, expected: string): string {
  const value = core.getInput(name).trim() || fallback;
  if (!pattern.test(value) || value.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    throw new InputError(`input "${name}" must be ${expected} (got "${value}")`);
  }
  return value;
}

export function readInputs(): ActionInputs {
  const compareWith = choice<CompareWith>('compare-with', ['history', 'base'], 'history');
  const files = core.getInput('files').trim();
  const reportFile = core.getInput('report-file').trim() || undefined;
  const merge = mergeInput(compareWith, reportFile);
  if (files === '' && compareWith === 'history' && !reportFile && merge.length === 0)
    throw new InputError(
      'input "files" is required: the benchmark output files of this run (paths, globs or folders, one per line)',
    );
  const artifactDays = core.getInput('artifact-retention-days').trim();
  return {
    files,
    compareWith,
    ...(reportFile ? { reportFile } : {}),
    merge,
    sameJob: compareWith === 'base' ? readSameJobInputs() : undefined,
    format: choice<FormatChoice>('format', FORMAT_CHOICES, 'auto'),
    name: core.getInput('name').trim() || 'benchmarks',
    storage: choice<Storage>('storage', ['cache', 'gh-pages', 'none'], 'cache'),
    ghPagesBranch: safeName('gh-pages-branch', 'gh-pages', /^[A-Za-z0-9._/-]+$/, 'a branch name'),
    ghPagesPath: safeName('gh-pages-path', 'perf-regression', /^[A-Za-z0-9._/-]+$/, 'a relative folder path'),
    historySize: count('history-size', 100, { min: 1, max: 10_000 }),
    baselineRuns: count('baseline-runs', 10, { min: 1, max: 1_000 }),
    compare: {
      thresholds: parseThresholds(core.getInput('threshold'), 'input "threshold"'),
      alpha: parseAlpha(core.getInput('alpha') || '0.05', 'input "alpha"'),
      budgets: parseBudgets(core.getInput('budgets'), 'input "budgets"'),
      percentiles: parsePercentiles(core.getInput('percentiles'), 'input "percentiles"'),
    },
    failOn: choice<FailOn>('fail-on', ['regression', 'budget', 'never'], 'regression'),
    allowEmptyRun: bool('allow-empty-run', false),
    allowSeriesChange: bool('allow-series-change', false),
    comment: choice<CommentMode>('comment', ['always', 'on-change', 'never'], 'always'),
    checkRun: bool('check-run', true),
    annotations: bool('annotations', true),
    uploadArtifact: bool('upload-artifact', true),
    artifactRetentionDays:
      artifactDays === '' ? undefined : count('artifact-retention-days', 0, { min: 1, max: 90 }),
    githubToken: core.getInput('github-token'),
    issues: bool('issues', true),
    issueLabel: issueLabel(),
    issueImprovements: bool('issue-improvements', false),
    githubApiTimeout: count('github-api-timeout', 300, { min: 1, max: 3600 }),
    ...importHistory(),
  };
}

/** `gh-pages:dev/bench/data.js` (a file of that branch) or a path in the workspace. */
function importHistory(): { importHistory?: ImportSource } {
  const value = core.getInput('import-history').trim();
  if (value === '') return {};
  const onBranch = /^([A-Za-z0-9._/-]+):(.+)$/.exec(value);
  const source: ImportSource = onBranch
    ? { branch: onBranch[1] as string, path: (onBranch[2] as string).replace(/^\/+/, '') }
    : { path: value };
  const segments = [...(source.branch?.split('/') ?? []), ...source.path.split('/')];
  if (segments.includes('..') || source.branch?.startsWith('-'))
    throw new InputError(
      `input "import-history" must be <branch>:<path> (like gh-pages:dev/bench/data.js) or a path in the workspace, without ".." (got "${value}")`,
    );
  if (core.getInput('storage').trim() === 'none')
    throw new InputError('input "import-history" needs storage: cache or gh-pages, the history it starts');
  return { importHistory: source };
}

function readSameJobInputs(): SameJobInputs {
  const run = core.getInput('run').trim();
  if (run === '')
    throw new InputError(
      'input "run" is required with compare-with: base: the benchmark command to run on both sides',
    );
  const passes = count('passes', 5, { min: 2, max: 1_000 });
  const timeout = core.getInput('timeout').trim();
  const minutes = Number(timeout);
  if (timeout !== '' && !(minutes > 0 && Number.isFinite(minutes)))
    throw new InputError(`input "timeout" must be a number of minutes > 0 (got "${timeout}")`);
  const setup = core.getInput('setup').trim();
  return {
    run,
    ...(setup ? { setup } : {}),
    passes,
    ...(timeout ? { timeoutMs: minutes * 60_000 } : {}),
  };
}

/** The `merge` input's names, one per line or comma-separated; it replaces comparing, so it stands alone. */
function mergeInput(compareWith: CompareWith, reportFile: string | undefined): string[] {
  const names = core
    .getInput('merge')
    .split(/[\r\n,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length > 0 && (compareWith === 'base' || reportFile))
    throw new InputError(
      `input "merge" publishes the matrix jobs' reports and compares nothing itself: it cannot be combined with ${reportFile ? 'report-file' : 'compare-with: base'}`,
    );
  return names;
}

/** A label name GitHub accepts: one line, at most 50 characters. */
function issueLabel(): string {
  const value = core.getInput('issue-label').trim() || 'performance-regression';
  if (value.length > 50 || /[\r\n,]/.test(value)) {
    throw new InputError(
      `input "issue-label" must be one label name of at most 50 characters, no commas (got "${value}")`,
    );
  }
  return value;
}
