// `perf-regression compare`: the action's pipeline for a terminal, with explicit baseline files or a
// local history folder as the store.
import { glob } from 'tinyglobby';
import {
  type CompareOptions,
  parseAlpha,
  parseBudgets,
  parsePercentiles,
  parseThresholds,
  thresholdWarnings,
} from '../engine/options.js';
import { InputError } from '../model/errors.js';
import type { FormatChoice } from '../model/result.js';
import { type BaselineSource, compareRun, historyEntry, readRun } from '../pipeline/compare-run.js';
import { emptyRunMessage, recordDecision } from '../pipeline/run-checks.js';
import { sampleRunsFor } from '../store/history.js';
import { LocalFolderStore } from '../store/local.js';
import { parseCount, parseFormat, UsageError } from './args.js';
import { type CommandIo, emitReport, exitCodeOf, type Output, parseOutput, printWarnings } from './output.js';

export interface CompareArgs {
  /** One list of files per earlier run, oldest first. */
  baselines: string[][];
  /** Globs whose every file is one earlier run (`--baseline-each`), in natural name order, after `baselines`. */
  baselineEach: string[];
  current: string[];
  format: FormatChoice;
  options: CompareOptions;
  json?: string;
  markdown?: string;
  /** The HTML report's file: one self-contained page with the pictures of why. */
  html?: string;
  /** What stdout gets; unset: plain text on a terminal, Markdown otherwise (`--json -`: JSON). */
  output?: Output;
  title?: string;
  historyDir?: string;
  suite: string;
  baselineRuns: number;
  historySize: number;
  commit: string;
  record: boolean;
  /** A run sharing no series with the baseline neither fails nor is kept out of the history. */
  allowSeriesChange: boolean;
}

const VALUE_FLAGS = new Set([
  '--baseline-each',
  '--format',
  '--threshold',
  '--alpha',
  '--budget',
  '--percentiles',
  '--json',
  '--markdown',
  '--html',
  '--output',
  '--title',
  '--history-dir',
  '--suite',
  '--baseline-runs',
  '--history-size',
  '--commit',
]);

/**
 * `--baseline a b --baseline c --current d`: every `--baseline` opens a new run and takes the paths
 * that follow it; node:util's parseArgs can't group values like that, hence this small parser.
 */
export function parseCompareArgs(args: string[]): CompareArgs {
  const baselines: string[][] = [];
  const current: string[] = [];
  const values = new Map<string, string[]>();
  let collecting: string[] | undefined;
  let record = true;
  let allowSeriesChange = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inlineValue] = splitInlineValue(arg);
    if (inlineValue !== undefined) {
      values.set(flag, [...(values.get(flag) ?? []), inlineValue]);
      collecting = undefined;
    } else if (arg === '--baseline') {
      collecting = [];
      baselines.push(collecting);
    } else if (arg === '--current') {
      collecting = current;
    } else if (arg === '--no-record') {
      record = false;
    } else if (arg === '--allow-series-change') {
      allowSeriesChange = true;
    } else if (VALUE_FLAGS.has(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, [...(values.get(arg) ?? []), value]);
      collecting = undefined;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (collecting) {
      collecting.push(arg);
    } else {
      throw new UsageError(`"${arg}" must follow --baseline or --current`);
    }
  }
  const last = (flag: string) => values.get(flag)?.at(-1);
  if (current.length === 0) throw new UsageError('compare needs --current <files...>');
  if (baselines.some((b) => b.length === 0)) throw new UsageError('every --baseline needs at least one file');
  const historyDir = last('--history-dir');
  const baselineEach = values.get('--baseline-each') ?? [];
  if (baselines.length === 0 && baselineEach.length === 0 && !historyDir)
    throw new UsageError('compare needs --baseline <files...>, --baseline-each <glob> or --history-dir DIR');
  return {
    baselines,
    baselineEach,
    current,
    format: parseFormat(last('--format') ?? 'auto'),
    options: {
      thresholds: parseThresholds((values.get('--threshold') ?? []).join('\n'), '--threshold'),
      alpha: parseAlpha(last('--alpha') ?? '0.05', '--alpha'),
      budgets: parseBudgets((values.get('--budget') ?? []).join('\n'), '--budget'),
      percentiles: parsePercentiles((values.get('--percentiles') ?? []).join('\n'), '--percentiles'),
    },
    json: last('--json'),
    markdown: last('--markdown'),
    html: last('--html'),
    output: parseOutput(last('--output')),
    title: last('--title'),
    historyDir,
    suite: last('--suite') ?? 'benchmarks',
    baselineRuns: parseCount(last('--baseline-runs') ?? '10', '--baseline-runs'),
    historySize: parseCount(last('--history-size') ?? '100', '--history-size'),
    commit: last('--commit') ?? 'local',
    record,
    allowSeriesChange,
  };
}

/** `--threshold=5%` → [`--threshold`, `5%`], as node:util's parseArgs accepts for `parse`. */
function splitInlineValue(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  if (eq < 0 || !VALUE_FLAGS.has(arg.slice(0, eq))) return [arg, undefined];
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** `--baseline-each 'history/*.txt'`: every matched file a run of its own, `run_2` before `run_10`. */
async function oneRunPerFile(patterns: string[]): Promise<string[][]> {
  const runs: string[][] = [];
  for (const pattern of patterns) {
    const files = await glob(pattern, { onlyFiles: true, expandDirectories: false });
    if (files.length === 0) throw new InputError(`${pattern}: the --baseline-each glob matched no file`);
    files.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const file of files) runs.push([file]);
  }
  return runs;
}

/** The branch name local history is kept under. */
export const LOCAL_BRANCH = 'local';

export async function compareCommand(args: CompareArgs, io: CommandIo): Promise<number> {
  const current = await readRun(args.current, args.format);
  const empty = emptyRunMessage(current, args.format, 'current (--current)');
  if (empty) throw new InputError(empty);
  const store = args.historyDir ? new LocalFolderStore(args.historyDir) : undefined;
  const runs = [...args.baselines, ...(await oneRunPerFile(args.baselineEach))];
  const baseline: BaselineSource =
    store && runs.length === 0
      ? { store, suite: args.suite, branches: [LOCAL_BRANCH], runs: args.baselineRuns }
      : { files: runs };
  const compared = await compareRun({ current, baseline, format: args.format, options: args.options });
  // A history the CLI cannot read is the user's to fix, as any other bad input.
  if (compared.historyError) throw compared.historyError;
  printWarnings([...current.parsed.warnings, ...compared.warnings], io);
  for (const line of thresholdWarnings(args.options.thresholds, '--threshold'))
    io.warn(`perf-regression: warning: ${line}`);
  const { report } = compared;
  await emitReport(report, args, io);

  const decision = recordDecision(report, {
    allowSeriesChange: args.allowSeriesChange,
    option: '--allow-series-change',
  });
  if (store && args.record && decision.warning) io.warn(`perf-regression: warning: ${decision.warning}`);
  if (store && args.record && decision.record) {
    await store.append(
      args.suite,
      historyEntry(current, {
        commit: args.commit,
        branch: LOCAL_BRANCH,
        runId: `${Date.now()}-${process.pid}`,
        report,
      }),
      { historySize: args.historySize, sampleRuns: sampleRunsFor(args.baselineRuns) },
    );
  }
  return exitCodeOf(report, args.allowSeriesChange);
}
