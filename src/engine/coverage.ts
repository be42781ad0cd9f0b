// Which series the baseline and the current run share. A comparison of two sides that share nothing
// compares nothing, and a run that lost most of the baseline's series is mostly unchecked: both must
// be said, never reported as a pass.
import type { SeriesCoverage, SideContents } from '../model/report.js';
import type { BenchmarkResult, Format } from '../model/result.js';
import type { Window } from './window.js';

/** Names shown per side: enough to recognise a tool's output, few enough for one line. */
const EXAMPLES = 3;

/**
 * What each side held: the baseline as every series of its window (the newest result of each), the
 * current run as read. Undefined on a first run: with no baseline there is nothing to share.
 */
export function seriesCoverage(
  current: readonly BenchmarkResult[],
  window: Window,
  baselineRuns: number,
): SeriesCoverage | undefined {
  if (baselineRuns === 0) return undefined;
  const currentIds = new Set(current.map((r) => r.id));
  const series = [...window.values()];
  const inNewest = series.filter((s) => s.newestRunHasIt);
  const missing = inNewest.filter((s) => !currentIds.has(s.results.at(-1)?.id ?? '')).length;
  return {
    baseline: contents(series.map((s) => s.results.at(-1) as BenchmarkResult)),
    current: contents(current),
    common: current.filter((r) => window.has(r.id)).length,
    newestRunSeries: inNewest.length,
    missing,
    lostMost: missing * 2 > inNewest.length,
  };
}

/** The baseline held series and the current run shares none of them. */
export function sharesNothing(coverage: SeriesCoverage | undefined): boolean {
  return coverage !== undefined && coverage.baseline.series > 0 && coverage.common === 0;
}

function contents(results: readonly BenchmarkResult[]): SideContents {
  const formats = new Set<Format>();
  for (const r of results) if (r.format) formats.add(r.format);
  const examples = [...new Set(results.map((r) => r.name))].slice(0, EXAMPLES);
  return { series: results.length, formats: [...formats], examples };
}
