// The HTML report of one comparison: one self-contained file (opens from file://, asks nothing of the
// network) with the verdict line, the table of changes, a picture of why for each flagged or
// inconclusive series, and every series in a searchable table. Strings out, no I/O.
import type { ComparisonReport, SeriesComparison, Status } from '../../model/report.js';
import { medianConfidenceInterval } from '../../stats/median-ci.js';
import {
  byImportance,
  CHANGED,
  changeCell,
  displayName,
  notes,
  PLAIN,
  pCell,
  valuesCell,
  verdictLine,
} from '../inline.js';
import { reasonText } from '../reasons.js';
import pageStyle from './client/page.css?page-asset';
import reportStyle from './client/report.css?page-asset';
import script from './client/report.ts?page-asset';
import { htmlPage } from './page.js';
import type { ReportPageData, ReportPageSeries, SeriesPicture } from './report-data.js';

/** Series that get a picture: the ones that changed and the ones the tests could not settle. */
const PICTURED: readonly Status[] = [...CHANGED, 'inconclusive'];

export interface HtmlReportOptions {
  /** Suite name shown in the heading. */
  title?: string;
}

export function renderHtmlReport(report: ComparisonReport, options: HtmlReportOptions = {}): string {
  return htmlPage({
    dataId: 'report-data',
    data: reportPageData(report, options),
    styles: [pageStyle, reportStyle],
    scripts: [script],
    title: 'perf-regression report',
  });
}

export function reportPageData(report: ComparisonReport, options: HtmlReportOptions = {}): ReportPageData {
  const series = [...report.series].sort(
    (a, b) => rank(a.status) - rank(b.status) || byImportance(a, b) || a.name.localeCompare(b.name),
  );
  return {
    title: options.title ? `perf-regression: ${options.title}` : 'perf-regression',
    verdict: verdictLine(report, PLAIN),
    verdictKind: report.verdict,
    notes: notes(report, PLAIN),
    series: series.map(pageSeries),
  };
}

/** Changed series first (as the Markdown report orders them), then inconclusive, then the rest. */
function rank(status: Status): number {
  const i = PICTURED.indexOf(status);
  return i < 0 ? PICTURED.length : i;
}

function pageSeries(s: SeriesComparison): ReportPageSeries {
  const out: ReportPageSeries = {
    name: displayName(s),
    status: s.status,
    unit: s.unit,
    values: valuesCell(s, PLAIN),
    change: changeCell(s, PLAIN),
    p: pCell(s),
  };
  if (s.suite) out.suite = s.suite;
  const reason = reasonText(s);
  if (reason) out.reason = reason;
  const picture = PICTURED.includes(s.status) ? pictureOf(s) : undefined;
  if (picture) out.picture = picture;
  return out;
}

function pictureOf(s: SeriesComparison): SeriesPicture | undefined {
  const { baseline, current } = s;
  if (!baseline || !current) return undefined;
  const reference = baseline.reference;
  const ci = s.change?.ci;
  const picture: SeriesPicture = {
    direction: s.direction,
    reference,
    current: current.center,
    runCenters: baseline.runCenters,
    thresholdBand: [reference * (1 - s.threshold), reference * (1 + s.threshold)],
  };
  if (baseline.samples && baseline.samples.length > 1) {
    picture.baselineSamples = baseline.samples;
    picture.baselineMedian = medianConfidenceInterval(baseline.samples)?.median;
  }
  if (current.samples && current.samples.length > 1) {
    picture.currentSamples = current.samples;
    picture.currentMedian = medianConfidenceInterval(current.samples)?.median;
  }
  if (ci) picture.interval = [reference * (1 + ci[0] / 100), reference * (1 + ci[1] / 100)];
  return picture;
}
