// What the HTML report's page reads from its JSON block: the report's words already written (the same
// verdict line and cells as the Markdown report) and the numbers its pictures are drawn from.

import type { Status } from '../../model/report.js';
import type { Direction } from '../../model/result.js';

export interface ReportPageData {
  title: string;
  verdict: string;
  /** pass, regression, over-budget, no-baseline: the verdict line's colour. */
  verdictKind: string;
  notes: string[];
  /** What the pictures show, when they are not a comparison's (the trend page's). */
  legend?: string;
  /** The series tables' column headings, when not a comparison's. */
  headings?: string[];
  series: ReportPageSeries[];
}

export interface ReportPageSeries {
  name: string;
  suite?: string;
  status: Status;
  unit: string;
  /** `1.2 µs/op → 1.5 µs/op`, `+25.0% [+20.1%, +30.2%]`, `0.001 (0.004)`. */
  values: string;
  change: string;
  p: string;
  /** Why an inconclusive or unverified series is so, in words. */
  reason?: string;
  /** Flagged and inconclusive series: what their picture is drawn from. */
  picture?: SeriesPicture;
}

export interface SeriesPicture {
  direction: Direction;
  /** Samples of the newest baseline run and of this run (absent when the tool printed one number). */
  baselineSamples?: number[];
  currentSamples?: number[];
  /** The medians of those samples. */
  baselineMedian?: number;
  currentMedian?: number;
  /** The center the change is measured against, and this run's center. */
  reference: number;
  current: number;
  /** The baseline window's run centers, oldest first. */
  runCenters: number[];
  /** The change's interval as values of this run's center: reference × (1 + ci / 100). */
  interval?: [number, number];
  /** reference × (1 ± threshold): within it, a change is too small to flag. */
  thresholdBand: [number, number];
}
