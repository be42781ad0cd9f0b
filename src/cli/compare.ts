// `perf-regression compare`: the action's pipeline for a terminal, with explicit baseline files or a
// local history folder as the store.
import { writeFile } from 'node:fs/promises';
import { type BaselineRun, compare } from '../engine/compare.js';
import { type CompareOptions, parseAlpha, parseBudgets, parseThresholds } from '../engine/options.js';
import { InputError } from '../model/errors.js';
import type { Format, ParseWarning } from '../model/result.js';
import { readInputFiles } from '../parsers/files.js';
import { parseRun } from '../parsers/index.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { LocalFolderStore } from '../store/local.js';
import { parseCount, parseFormat, UsageError } from './args.js';

export interface CompareArgs {
  /** One list of files per earlier run, oldest first. */
  baselines: string[][];
  current: string[];
  format: Format | 'auto';
  options: CompareOptions;
  json?: string;
  markdown?: string;
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
    title: last('--title'),
    historyDir,
    suite: last('--suite') ?? 'benchmarks',
    baselineRuns: parseCount(last('--baseline-runs') ?? '10', '--baseline-runs'),
    historySize: parseCount(last('--history-size') ?? '100', '--history-size'),
    commit: last('--commit') ?? 'local',
    record,
  };
}

async function writeReport(file: string, text: string): Promise<void> {
  await writeFile(file, text).catch((err: NodeJS.ErrnoException) => {
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

export async function compareCommand(args: CompareArgs, out: (s: string) => void): Promise<number> {
  const warnings: ParseWarning[] = [];
  const parse = async (files: string[]) => {
    const parsed = parseRun(await readInputFiles(files), args.format);
    warnings.push(...parsed.warnings);
    return parsed;
  };
  const current = await parse(args.current);
  const window: BaselineRun[] = [];
  for (const files of args.baselines) window.push({ results: (await parse(files)).results });
  const store = args.historyDir ? new LocalFolderStore(args.historyDir) : undefined;
  if (store && args.baselines.length === 0) {
    const entries = await store.read(args.suite, { branches: [LOCAL_BRANCH] });
    window.push(...entries.slice(-args.baselineRuns).map((e) => ({ commit: e.commit, results: e.results })));
  }

  const report = compare(window, current.results, args.options);
  for (const w of warnings)
    process.stderr.write(`perf-regression: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}\n`);
  const markdown = renderMarkdown(report, { title: args.title });
  const json = renderJson(report);
  if (args.json && args.json !== '-') await writeReport(args.json, json);
  if (args.markdown && args.markdown !== '-') await writeReport(args.markdown, markdown);
  out(args.json === '-' ? json : markdown);

  if (store && args.record) {
    await store.append(
      args.suite,
      {
        commit: args.commit,
        branch: LOCAL_BRANCH,
        date: new Date().toISOString(),
        runId: `${Date.now()}-${process.pid}`,
        results: current.results,
      },
      { historySize: args.historySize },
    );
  }
  return report.verdict === 'regression' || report.verdict === 'over-budget' ? 1 : 0;
}
