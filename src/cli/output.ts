// How a command hands over a report: files for --json/--markdown, and stdout in the form asked for
// (plain text on a terminal, Markdown otherwise, JSON with --output json or --json -).
import type { ComparisonReport } from '../model/report.js';
import type { ParseWarning } from '../model/result.js';
import { failingFindings } from '../pipeline/run-checks.js';
import { renderHtmlReport } from '../render/html/report.js';
import { jsonReportParts, renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { UsageError } from './args.js';
import { writeReportFile } from './report-file.js';

export const OUTPUTS = ['text', 'markdown', 'json'] as const;
export type Output = (typeof OUTPUTS)[number];

/** Where the report goes and how stdout is read: a terminal gets plain text, a pipe or file Markdown. */
export interface CommandIo {
  out: (s: string) => void;
  warn: (line: string) => void;
  isTTY: boolean;
}

export interface ReportTargets {
  json?: string;
  markdown?: string;
  /** A self-contained HTML page of the report. */
  html?: string;
  /** What stdout gets; unset: plain text on a terminal, Markdown otherwise (`--json -`: JSON). */
  output?: Output;
  title?: string;
}

export function parseOutput(value: string | undefined): Output | undefined {
  if (value === undefined || (OUTPUTS as readonly string[]).includes(value))
    return value as Output | undefined;
  throw new UsageError(`--output must be one of: ${OUTPUTS.join(', ')} (got "${value}")`);
}

export function printWarnings(warnings: readonly ParseWarning[], io: CommandIo): void {
  for (const w of warnings)
    io.warn(`perf-regression: warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
}

export async function emitReport(
  report: ComparisonReport,
  targets: ReportTargets,
  io: CommandIo,
): Promise<void> {
  // Each report is built only when asked for, the JSON one streamed to its file.
  const markdown = () => renderMarkdown(report, { title: targets.title });
  if (targets.json && targets.json !== '-') await writeReportFile(targets.json, jsonReportParts(report));
  if (targets.markdown && targets.markdown !== '-') await writeReportFile(targets.markdown, markdown());
  if (targets.html) await writeReportFile(targets.html, renderHtmlReport(report, { title: targets.title }));
  const output = targets.json === '-' ? 'json' : (targets.output ?? (io.isTTY ? 'text' : 'markdown'));
  io.out(
    output === 'json'
      ? renderJson(report)
      : output === 'markdown'
        ? markdown()
        : renderText(report, { title: targets.title }),
  );
}

/**
 * 1 when the report fails the change: a regression, a budget overrun, or no series in common with the
 * baseline (unless the benchmarks were renamed on purpose); else 0.
 */
export function exitCodeOf(report: ComparisonReport, allowSeriesChange = false): number {
  const { regressions, overBudget, disjoint } = failingFindings(report, allowSeriesChange);
  return regressions > 0 || overBudget > 0 || disjoint ? 1 : 0;
}
