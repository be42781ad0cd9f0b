// `perf-regression trend`: change points in a local history folder's suite → events, as Markdown on
// stdout (or JSON). Exit 1 while a regression event is active, as the scheduled action keeps an issue open.

import { parseAlpha, parseThresholds } from '../engine/options.js';
import { analyseTrend } from '../engine/trend/analyse.js';
import { InputError } from '../model/errors.js';
import type { TrendReport } from '../model/trend.js';
import { renderTrendHtml } from '../render/html/trend.js';
import { renderTrendJson, renderTrendMarkdown } from '../render/trend.js';
import { LocalFolderStore } from '../store/local.js';
import { parseCliArgs, parseCount, UsageError } from './args.js';
import type { CommandIo } from './output.js';
import { writeReportFile } from './report-file.js';

export interface TrendArgs {
  historyDir: string;
  suite: string;
  branch?: string;
  thresholds: ReturnType<typeof parseThresholds>;
  alpha?: number;
  minRunsAfter?: number;
  window?: number;
  json?: string;
  markdown?: string;
  html?: string;
}

export function parseTrendArgs(args: string[]): TrendArgs {
  const { values, positionals } = parseCliArgs(args, {
    'history-dir': { type: 'string' },
    suite: { type: 'string' },
    branch: { type: 'string' },
    threshold: { type: 'string', multiple: true },
    alpha: { type: 'string' },
    'min-runs-after': { type: 'string' },
    window: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    html: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`trend takes no file arguments (got "${positionals[0]}")`);
  const historyDir = values['history-dir'];
  if (!historyDir) throw new UsageError('trend needs --history-dir DIR');
  const count = (flag: string, value: string | undefined) =>
    value === undefined ? undefined : parseCount(value, flag);
  const window = count('--window', values.window);
  if (window !== undefined && window < 2)
    throw new UsageError(`--window must be at least 2 (got "${window}")`);
  return {
    historyDir,
    suite: values.suite ?? 'benchmarks',
    branch: values.branch,
    thresholds: parseThresholds((values.threshold ?? []).join('\n'), '--threshold'),
    alpha: values.alpha === undefined ? undefined : parseAlpha(values.alpha, '--alpha'),
    minRunsAfter: count('--min-runs-after', values['min-runs-after']),
    window,
    json: values.json,
    markdown: values.markdown,
    html: values.html,
  };
}

export async function trendCommand(args: TrendArgs, io: Pick<CommandIo, 'out' | 'warn'>): Promise<number> {
  const report = await readTrend(args);
  for (const s of report.skipped) io.warn(`perf-regression: warning: ${s.seriesId}: left out: ${s.reason}`);
  const json = renderTrendJson(report);
  const markdown = renderTrendMarkdown(report);
  if (args.json && args.json !== '-') await writeReportFile(args.json, json);
  if (args.markdown && args.markdown !== '-') await writeReportFile(args.markdown, markdown);
  if (args.html) await writeReportFile(args.html, renderTrendHtml(report));
  io.out(args.json === '-' ? json : markdown);
  return report.events.some((e) => e.kind === 'regression' && e.status === 'active') ? 1 : 0;
}

async function readTrend(args: TrendArgs): Promise<TrendReport> {
  const store = new LocalFolderStore(args.historyDir);
  const doc = await store.readDocument(args.suite);
  if (doc.entries.length === 0)
    throw new InputError(`${store.fileOf(args.suite)}: no recorded runs of suite "${args.suite}"`);
  // The branch the newest run was recorded on, unless one is asked for: a history folder usually holds one.
  const branch = args.branch ?? (doc.entries.at(-1)?.branch as string);
  const entries = (await store.read(args.suite, { branches: [branch] })).filter((e) => e.branch === branch);
  if (entries.length === 0) {
    const branches = [...new Set(doc.entries.map((e) => e.branch))].join(', ');
    throw new InputError(`${store.fileOf(args.suite)}: no runs on branch "${branch}" (it has: ${branches})`);
  }
  return analyseTrend(args.suite, entries, {
    thresholds: args.thresholds,
    alpha: args.alpha,
    minRunsAfter: args.minRunsAfter,
    windowLength: args.window,
  });
}
