// Reason codes (engine) in words, with advice for the tool that wrote the numbers. Strings out.
import type { Reason, SeriesComparison } from '../model/report.js';
import type { Format } from '../model/result.js';

export function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** How to get more samples per run from each tool. */
export function moreSamplesAdvice(format: Format | undefined): string {
  switch (format) {
    case 'go':
      return 'run go test with -count=10';
    case 'pytest':
      return 'raise --benchmark-min-rounds';
    case 'criterion':
      return 'raise sample_size';
    case 'tinybench':
      return 'raise the bench time or iterations';
    default:
      return 'record more samples per run';
  }
}

export function describeReason(reason: Reason): string {
  switch (reason.code) {
    case 'too-few-passes':
      return `measured on both sides in ${reason.passes} pass${reason.passes === 1 ? '' : 'es'}; the same-job test needs at least 2`;
    case 'within-window-spread':
      return `within the run-to-run spread of the last ${reason.runs} baseline runs`;
    case 'within-window-and-suite-spread':
      return `within the run-to-run spread of the last ${reason.runs} baseline runs and of the suite's ${reason.series} series`;
    case 'within-suite-typical-spread':
      return 'one baseline run of this series: within the suite’s typical run-to-run spread';
    case 'within-suite-moves':
      return `one baseline run: within the spread of the moves of the suite's ${reason.series} series`;
    case 'too-few-samples':
      return `need ≥ ${reason.needed} samples per side to reach α = ${reason.alpha} (have ${reason.baseline} and ${reason.current}); ${moreSamplesAdvice(reason.format)}`;
    case 'lone-change-unreachable':
      return `${reason.current} samples against ${reason.baseline} cannot reach p ≤ ${reason.p.toPrecision(2)}, what one change among ${reason.series} series needs; ${moreSamplesAdvice(reason.format)}, or keep a history of several runs`;
    case 'noise-wider-than-threshold':
      return `noise wider than the ${formatPercent(reason.threshold)} threshold (q = ${reason.q.toPrecision(2)} > α = ${reason.alpha})`;
    case 'interval-holds-no-change':
      return "significant, but the change's 95% interval still holds no change: the samples are spread too far to tell (two modes, or load during part of the run)";
    case 'was-zero':
      return 'was 0 in the baseline';
    case 'no-comparable-value':
      return 'no comparable value';
    case 'unverified':
      return `unverified: one value per run and ${reason.runs} baseline run(s), too few to estimate noise; the ${formatPercent(reason.threshold)} threshold alone decided`;
  }
}

/** A series' reasons in one sentence (undefined when it has none). */
export function reasonText(series: Pick<SeriesComparison, 'reasons'>): string | undefined {
  if (!series.reasons || series.reasons.length === 0) return undefined;
  return series.reasons.map(describeReason).join('; ');
}
