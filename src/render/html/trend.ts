// The trend report as one self-contained HTML page (`trend --html`): the report page's layout and
// script, with the events' words as the Markdown report has them and, for each change point of an
// event, a picture of the series' runs before it against the level after it. Strings out, no I/O.
import type { Status } from '../../model/report.js';
import type { TrendChangePoint, TrendReport } from '../../model/trend.js';
import { formatValue } from '../../model/units.js';
import { PLAIN } from '../inline.js';
import { eventHeadline, formatTrendP, shortSha, trendChangeCell, trendVerdictLine } from '../trend.js';
import pageStyle from './client/page.css?page-asset';
import reportStyle from './client/report.css?page-asset';
import script from './client/report.ts?page-asset';
import { htmlPage } from './page.js';
import type { ReportPageData, ReportPageSeries } from './report-data.js';

const LEGEND =
  "Each run's center before the change point, oldest first, then the level after it with its interval. Dashed: the level before; shaded: the threshold around it.";

export function renderTrendHtml(report: TrendReport): string {
  return htmlPage({
    dataId: 'report-data',
    data: trendPageData(report),
    styles: [pageStyle, reportStyle],
    scripts: [script],
    title: 'perf-regression trend',
  });
}

export function trendPageData(report: TrendReport): ReportPageData {
  const active = report.events.some((e) => e.kind === 'regression' && e.status === 'active');
  const notes = [...report.events].reverse().map((e) => {
    const state = e.status === 'active' ? 'active' : `recovered at run ${(e.recoveredAt?.run ?? 0) + 1}`;
    return `${e.kind === 'regression' ? '🔴' : '🟢'} ${eventHeadline(e)} — ${state}; commits ${shortSha(e.lastGood.commit)} (run ${e.lastGood.run + 1}, last good) → ${shortSha(e.lastBad.commit)} (run ${e.lastBad.run + 1}).`;
  });
  const histories = new Map(report.histories.map((h) => [h.seriesId, h]));
  const members = report.events.flatMap((e) => e.changePoints);
  return {
    title: `perf-regression trend: ${report.suite}`,
    verdict: trendVerdictLine(report, PLAIN),
    verdictKind: active ? 'regression' : 'pass',
    notes,
    legend: LEGEND,
    headings: ['Benchmark', 'Before → After', 'Change', 'p'],
    series: members.map((cp) => pageSeries(cp, histories.get(cp.seriesId))),
  };
}

function pageSeries(
  cp: TrendChangePoint,
  history: TrendReport['histories'][number] | undefined,
): ReportPageSeries {
  const status: Status = cp.kind === 'regression' ? 'regression' : 'improvement';
  const out: ReportPageSeries = {
    name: cp.name,
    status,
    unit: cp.unit,
    values: `${formatValue(cp.levelBefore.value, cp.unit)} → ${formatValue(cp.levelAfter.value, cp.unit)}`,
    change: trendChangeCell(cp),
    p: formatTrendP(cp.p),
    reason: `${cp.status === 'recovered' ? `back at run ${(cp.recoveredAt?.run ?? 0) + 1}` : 'holds'}; new level from run ${cp.after.run + 1} (${shortSha(cp.after.commit)})`,
  };
  if (history) {
    const before = history.values.filter((_, i) => (history.runs[i] as number) < cp.after.run);
    const reference = cp.levelBefore.value;
    out.picture = {
      direction: cp.direction,
      reference,
      current: cp.levelAfter.value,
      runCenters: before,
      interval: cp.levelAfter.ci,
      thresholdBand: [reference * (1 - cp.threshold), reference * (1 + cp.threshold)],
    };
  }
  return out;
}
