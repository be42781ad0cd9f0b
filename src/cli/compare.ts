// `perf-regression compare`: the action's pipeline for a terminal, with explicit baseline files or a
// local history folder as the store.
import { type CompareOptions, parseAlpha, parseBudgets, parseThresholds } from '../engine/options.js';
import { InputError } from '../model/errors.js';
import type { Format } from '../model/result.js';
import { type BaselineSource, compareRun, historyEntry, readRun } from '../pipeline/compare-run.js';
import { writeParts } from '../pipeline/report-file.js';
import { jsonReportParts, renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { LocalFolderStore } from '../store/local.js';
import { parseCount, parseFormat, UsageError } from './args.js';

export const OUTPUTS = ['text', 'markdown', 'json'] as const;
export type Output = (typeof OUTPUTS)[number];

export interface CompareArgs {
  /** One list of files per earlier run, oldest first. */
  baselines: string[][];
  current: string[];
  format: Format | 'auto';
  options: CompareOptions;
  json?: string;
  markdown?: string;
  /** What stdout gets; unset: plain text on a terminal, Markdown otherwise (`--json -`: JSON). */
  output?: Output;
  title?: string;
  historyDir?: string;
  suite: string;
  baselineRuns: number;
  historySize: number;
  commit: string;
  record: boolean;
}

const VALUE_FLAGS = new Set([
  '--format',
  '--threshold',
  '--alpha',
  '--budget',
  '--json',
  '--markdown',
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
  if (baselines.length === 0 && !historyDir)
    throw new UsageError('compare needs --baseline <files...> or --history-dir DIR');
  return {
    baselines,
    current,
    format: parseFormat(last('--format') ?? 'auto'),
    options: {
      thresholds: parseThresholds((values.get('--threshold') ?? []).join('\n'), '--threshold'),
      alpha: parseAlpha(last('--alpha') ?? '0.05', '--alpha'),
      budgets: parseBudgets((values.get('--budget') ?? []).join('\n'), '--budget'),
    },
    json: last('--json'),
    markdown: last('--markdown'),
    output: parseOutput(last('--output')),
    title: last('--title'),
    historyDir,
    suite: last('--suite') ?? 'benchmarks',
    baselineRuns: parseCount(last('--baseline-runs') ?? '10', '--baseline-runs'),
    historySize: parseCount(last('--history-size') ?? '100', '--history-size'),
    commit: last('--commit') ?? 'local',
    record,
  };
}

function parseOutput(value: string | undefined): Output | undefined {
  if (value === undefined || (OUTPUTS as readonly string[]).includes(value))
    return value as Output | undefined;
  throw new UsageError(`--output must be one of: ${OUTPUTS.join(', ')} (got "${value}")`);
}

async function writeReport(file: string, parts: Iterable<string>): Promise<void> {
  await writeParts(file, parts).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot write the report (${err.code ?? err.message})`);
  });
}

/** `--threshold=5%` → [`--threshold`, `5%`], as node:util's parseArgs accepts for `parse`. */
function splitInlineValue(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  if (eq < 0 || !VALUE_FLAGS.has(arg.slice(0, eq))) return [arg, undefined];
  return [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** The branch name local history is kept under. */
const LOCAL_BRANCH = 'local';

/** Where the report goes and how stdout is read: a terminal gets plain text, a pipe or file Markdown. */
export interface CompareIo {
  out: (s: string) => void;
  warn: (line: string) => void;
  isTTY: boolean;
}

export async function compareCommand(args: CompareArgs, io: CompareIo): Promise<number> {
  const current = await readRun(args.current, args.format);
  const store = args.historyDir ? new LocalFolderStore(args.historyDir) : undefined;
  const baseline: BaselineSource =
    store && args.baselines.length === 0
      ? { store, suite: args.suite, branches: [LOCAL_BRANCH], runs: args.baselineRuns }
      : { files: args.baselines };
  const compared = await compareRun({ current, baseline, format: args.format, options: args.options });
  // A history the CLI cannot read is the user's to fix, as any other bad input.
  if (compared.historyError) throw compared.historyError;
  for (const w of [...current.parsed.warnings, ...compared.warnings])
    io.warn(`perf-regression: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);

  const { report } = compared;
  // Each report is built only when asked for, the JSON one streamed to its file.
  const markdown = () => renderMarkdown(report, { title: args.title });
  if (args.json && args.json !== '-') await writeReport(args.json, jsonReportParts(report));
  if (args.markdown && args.markdown !== '-') await writeReport(args.markdown, [markdown()]);
  const output = args.json === '-' ? 'json' : (args.output ?? (io.isTTY ? 'text' : 'markdown'));
  io.out(
    output === 'json'
      ? renderJson(report)
      : output === 'markdown'
        ? markdown()
        : renderText(report, { title: args.title }),
  );

  if (store && args.record) {
    await store.append(
      args.suite,
      historyEntry(current, {
        commit: args.commit,
        branch: LOCAL_BRANCH,
        runId: `${Date.now()}-${process.pid}`,
      }),
      { historySize: args.historySize },
    );
  }
  return report.verdict === 'regression' || report.verdict === 'over-budget' ? 1 : 0;
}
