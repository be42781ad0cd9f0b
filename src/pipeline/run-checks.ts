// What a run must hold before it is compared or recorded, written once for the action and the CLI: a
// run with no series is an error naming what each file held, and a run that shares nothing with its
// baseline, or lost most of it, is never recorded silently.
import type { ComparisonReport } from '../model/report.js';
import type { BenchmarkResult, FormatChoice, ParseWarning, SourceLocation } from '../model/result.js';
import type { ReadRun } from './compare-run.js';

/** Files named in the one-line message; the rest are counted. */
const FILES_NAMED = 5;

/** The one line saying a run held no series, naming each file and what it held; undefined if it has some. */
export function emptyRunMessage(run: ReadRun, format: FormatChoice, role: string): string | undefined {
  if (run.parsed.results.length > 0) return undefined;
  const held = run.files.slice(0, FILES_NAMED).map((file) => {
    const fmt = format === 'auto' ? file.detected : format;
    const warning = run.parsed.warnings.find((w) => w.file === file.path)?.message;
    return `${file.path} (${fmt ?? 'unrecognized'} output, 0 series${warning ? `: ${warning}` : ''})`;
  });
  const more = run.files.length > FILES_NAMED ? ` and ${run.files.length - FILES_NAMED} more file(s)` : '';
  return `the ${role} run holds no benchmark series: ${held.join('; ')}${more}; every benchmark failed or was skipped, or the files are not the benchmark output`;
}

/**
 * One `--baseline` of several files that each hold the same full set of series looks like separate runs
 * of one suite (`--baseline 'history/*.txt'`): pooled into one run, their run-to-run spread is lost and
 * a real change can read as noise. A warning, as a run split into passes looks the same.
 */
export function separateRunsWarning(run: ReadRun, which: string): ParseWarning | undefined {
  if (run.files.length < 2) return undefined;
  const seriesByFile = new Map<string, Set<string>>();
  for (const result of run.parsed.results) {
    for (const file of filesOf(result)) {
      const ids = seriesByFile.get(file) ?? new Set<string>();
      ids.add(result.id);
      seriesByFile.set(file, ids);
    }
  }
  const total = run.parsed.results.length;
  // Every file named in the run holds every series of it: each file is the whole suite.
  const whole = run.files.every((f) => seriesByFile.get(f.path)?.size === total);
  if (!whole || total === 0) return undefined;
  return {
    file: run.files[0]?.path ?? '',
    message: `${which}: its ${run.files.length} files each hold the same ${total} series, as separate runs of one suite do; they are pooled into one run, which hides their run-to-run spread. Give each run its own --baseline, or use --baseline-each '<glob>' (one run per file)`,
  };
}

/** The files a (pooled) result was read from. */
function filesOf(result: BenchmarkResult): string[] {
  const from = result.extra?.pooledFrom as SourceLocation[] | undefined;
  return Array.isArray(from) ? from.map((s) => s.file) : [result.source.file];
}

/**
 * The failing findings of a report, for the step's failure and the CLI's exit code alike: regressions,
 * budget overruns, and nothing compared (no series in common), unless the series changed on purpose.
 */
export function failingFindings(report: ComparisonReport, allowSeriesChange: boolean) {
  return {
    regressions: report.counts.regression,
    overBudget: report.series.filter((s) => s.budget?.exceeded).length,
    disjoint: report.verdict === 'no-common-series' && !allowSeriesChange,
  };
}

/** Whether a run is written into history, and what to warn about when it is or is not. */
export interface RecordDecision {
  record: boolean;
  warning?: string;
}

/**
 * A run sharing no series with its baseline is not recorded (it would start another suite's history
 * in place of this one), unless the user says the series changed on purpose; one that lost most of the
 * baseline's series is recorded, with a warning.
 */
export function recordDecision(
  report: ComparisonReport,
  relax: { allowSeriesChange: boolean; option: string },
): RecordDecision {
  const coverage = report.coverage;
  if (report.series.every((s) => s.status === 'missing')) {
    return { record: false, warning: 'this run holds no series; it is not recorded' };
  }
  if (relax.allowSeriesChange || !coverage) return { record: true };
  if (report.verdict === 'no-common-series') {
    return {
      record: false,
      warning: `this run shares no series with the stored history, so it is not recorded; set ${relax.option} for a run whose benchmarks were renamed or replaced on purpose`,
    };
  }
  if (coverage.lostMost) {
    return {
      record: true,
      warning: `recording a run that lacks ${coverage.missing} of the ${coverage.newestRunSeries} series of the last recorded run; if benchmarks were removed on purpose, set ${relax.option} to record such runs without this warning`,
    };
  }
  return { record: true };
}
