// Check-run annotations for a report: one per regression or budget overrun, placed on the benchmark's
// definition when it is found in the workspace (one indexing walk for all of them, benchmark-sources.ts),
// else on the line of the result file the number came from. Annotations show as plain text, so nothing
// here is Markdown.

import type { ComparisonReport, SeriesComparison } from '../model/report.js';
import type { Format, SourceLocation } from '../model/result.js';
import { formatValue } from '../model/units.js';
import { indexBenchmarkSources } from './benchmark-sources.js';
import { MAX_ANNOTATION_MESSAGE_BYTES, MAX_ANNOTATION_TITLE, truncateText, truncateUtf8 } from './limits.js';

/** The Checks API also knows `notice`; a flagged series is never just a notice. */
export type AnnotationLevel = 'failure' | 'warning';

/** One annotation exactly as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export type FlagStatus = 'regression' | 'over-budget';

export interface FlaggedSeries {
  name: string;
  suite?: string;
  unit?: string;
  /** A tail row's percentile (`p95`), said in the title. */
  statistic?: string;
  format?: Format;
  status: FlagStatus;
  /** Plain text: what changed and by how much. */
  message: string;
  /** Where the result was read (the benchmark output file and line). */
  source: SourceLocation;
  /** Overrides the level the status implies (e.g. `warning` when the run is set not to fail). */
  level?: AnnotationLevel;
}

/** Where the benchmark is defined in the repository, if known (see benchmark-sources.ts). */
export type BenchmarkSourceLookup = (series: FlaggedSeries) => SourceLocation | undefined;

const DEFAULT_LEVEL: Record<FlagStatus, AnnotationLevel> = {
  regression: 'failure',
  'over-budget': 'warning',
};

const TITLE_PREFIX: Record<FlagStatus, string> = {
  regression: 'Performance regression',
  'over-budget': 'Over budget',
};

export function buildAnnotations(
  flagged: FlaggedSeries[],
  findSource?: BenchmarkSourceLookup,
): CheckAnnotation[] {
  return flagged.map((series) => {
    const at = findSource?.(series) ?? series.source;
    const line = at.line !== undefined && at.line >= 1 ? Math.floor(at.line) : 1;
    return {
      path: repositoryPath(at.file),
      start_line: line,
      end_line: line,
      annotation_level: series.level ?? DEFAULT_LEVEL[series.status],
      title: truncateText(plainText(annotationTitle(series)).replace(/\n/g, ' '), MAX_ANNOTATION_TITLE),
      message: truncateUtf8(plainText(series.message), MAX_ANNOTATION_MESSAGE_BYTES),
    };
  });
}

function annotationTitle(series: FlaggedSeries): string {
  const name = series.suite ? `${series.suite} › ${series.name}` : series.name;
  const statistic = series.statistic ? ` [${series.statistic}]` : '';
  return `${TITLE_PREFIX[series.status]}: ${name}${statistic}${series.unit ? ` (${series.unit})` : ''}`;
}

/** Newlines kept, every other control character dropped (they would show as garbage). */
function plainText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Annotations need a path relative to the repository root with forward slashes. */
function repositoryPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function describe(s: SeriesComparison): string {
  const b = s.baseline ? formatValue(s.baseline.reference, s.unit) : undefined;
  const c = s.current ? formatValue(s.current.center, s.unit) : '?';
  const change = s.change ? ` (${s.change.percent >= 0 ? '+' : ''}${s.change.percent.toFixed(1)}%)` : '';
  const budget = s.budget?.exceeded ? `; budget ${s.budget.written}` : '';
  const p = s.test?.q !== undefined ? `; q = ${s.test.q.toPrecision(2)}` : '';
  const statistic = s.statistic ? ` [${s.statistic}]` : '';
  return `${s.name}${statistic}: ${b ? `${b} → ` : ''}${c}${change}${budget}${p}`;
}

export async function flaggedAnnotations(
  report: ComparisonReport,
  workspace: string,
  level: AnnotationLevel,
): Promise<CheckAnnotation[]> {
  const flagged: FlaggedSeries[] = report.series
    .filter((s) => s.status === 'regression' || s.budget?.exceeded)
    .flatMap((s) => (s.source ? [{ ...s, source: s.source }] : []))
    .map((s) => ({
      name: s.name,
      suite: s.suite,
      unit: s.unit,
      statistic: s.statistic,
      format: s.format,
      status: s.status === 'regression' ? 'regression' : 'over-budget',
      message: describe(s),
      source: s.source,
      level: s.status === 'regression' ? level : 'warning',
    }));
  if (flagged.length === 0) return [];
  const formats = [...new Set(flagged.map((f) => f.format).filter((f): f is Format => f !== undefined))];
  const index = await indexBenchmarkSources(workspace, { formats });
  return buildAnnotations(flagged, (f) => index.lookup({ name: f.name, suite: f.suite, format: f.format }));
}
