// Check run annotations for flagged series: one per regression or budget breach, placed on the
// benchmark's definition when it was found in the workspace, else on the line of the result file the
// number came from. Annotations show as plain text, so nothing here is Markdown.
import {
  MAX_ANNOTATION_MESSAGE_BYTES,
  MAX_ANNOTATION_TITLE,
  truncateText,
  truncateUtf8,
} from '../github/limits.js';
import type { Format, SourceLocation } from '../model.js';

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
  format?: Format;
  status: FlagStatus;
  /** Plain text: what changed and by how much. */
  message: string;
  /** Where the result was read (the benchmark output file and line). */
  source: SourceLocation;
  /** Overrides the level the status implies (e.g. `warning` when the run is set not to fail). */
  level?: AnnotationLevel;
}

/** Where the benchmark is defined in the repository, if known (see github/annotations-source.ts). */
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
  return `${TITLE_PREFIX[series.status]}: ${name}${series.unit ? ` (${series.unit})` : ''}`;
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
