// Check-run annotations for a report: every regression and budget overrun, placed at the benchmark's
// definition in the workspace when one is found (one indexing walk for all of them).
import { indexBenchmarkSources } from './github/annotations-source.js';
import type { Format } from './model.js';
import {
  type AnnotationLevel,
  buildAnnotations,
  type CheckAnnotation,
  type FlaggedSeries,
} from './render/annotations.js';
import type { ComparisonReport, SeriesComparison } from './report.js';
import { formatValue } from './units.js';

function describe(s: SeriesComparison): string {
  const b = s.baseline ? formatValue(s.baseline.center, s.unit) : undefined;
  const c = s.current ? formatValue(s.current.center, s.unit) : '?';
  const change = s.change ? ` (${s.change.percent >= 0 ? '+' : ''}${s.change.percent.toFixed(1)}%)` : '';
  const budget = s.budget?.exceeded ? `; budget ${s.budget.written}` : '';
  const p = s.test?.q !== undefined ? `; q = ${s.test.q.toPrecision(2)}` : '';
  return `${s.name}: ${b ? `${b} → ` : ''}${c}${change}${budget}${p}`;
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
