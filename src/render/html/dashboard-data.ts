// What the dashboard's page reads from its JSON block: every suite's recorded runs, and per series one
// point per run (center and its interval), the runs its comparison flagged, and change points.
// Pure: history documents in, the page's data out. Compact (arrays, 5 significant digits): a suite
// of 3,000 series × 100 runs stays a few megabytes (numbers in docs/dashboard.md).

import type { Status } from '../../model/report.js';
import type { Direction } from '../../model/result.js';
import { medianConfidenceInterval } from '../../stats/median-ci.js';
import type { HistoryDocument, HistoryEntry } from '../../store/store.js';

export interface DashboardData {
  schema: 'perf-regression/dashboard';
  version: 1;
  /** `https://github.com/owner/repo`: commits and runs link there when known. */
  repositoryUrl?: string;
  suites: DashboardSuite[];
}

export interface DashboardSuite {
  suite: string;
  /** The suite's recorded runs, oldest first; points refer to them by index. */
  runs: DashboardRun[];
  series: DashboardSeries[];
}

export interface DashboardRun {
  commit: string;
  branch: string;
  date: string;
  runId: string;
  message?: string;
}

/** `[run index, center, interval low, interval high, flag]`: null where a run has no interval. */
export type DashboardPoint = [number, number, number | null, number | null, Flag];

/** 1 regression or over budget, -1 improvement, 0 not flagged. */
export type Flag = 1 | -1 | 0;

export interface ChangePoint {
  /** Index into the suite's runs of the first run after the change. */
  run: number;
  /** Size of the step, percent of the level before it. */
  percent?: number;
  /** Which way it went for the user: worse, better. */
  kind?: 'worse' | 'better';
}

export interface DashboardSeries {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  /** The newest run's flag for this series: what the status filter filters on. */
  status: 'regression' | 'improvement' | 'unchanged';
  points: DashboardPoint[];
  /**
   * Steps in the series' level found by a change-point watch over the history (another component
   * writes them: a dashboard without it has none). Drawn as a vertical mark at `run`.
   */
  changePoints?: ChangePoint[];
}

export interface DashboardOptions {
  repositoryUrl?: string;
  /** Change points per suite, then per series id, for the watch to hand in. */
  changePoints?: Record<string, Record<string, ChangePoint[]>>;
}

export function dashboardData(
  docs: readonly HistoryDocument[],
  options: DashboardOptions = {},
): DashboardData {
  const suites = [...docs]
    .sort((a, b) => a.suite.localeCompare(b.suite))
    .map((doc) => suiteData(doc, options.changePoints?.[doc.suite] ?? {}));
  const data: DashboardData = { schema: 'perf-regression/dashboard', version: 1, suites };
  if (options.repositoryUrl) data.repositoryUrl = options.repositoryUrl;
  return data;
}

function suiteData(doc: HistoryDocument, changePoints: Record<string, ChangePoint[]>): DashboardSuite {
  const entries = [...doc.entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const series = new Map<string, DashboardSeries>();
  entries.forEach((entry, run) => {
    for (const result of entry.results) {
      let s = series.get(result.id);
      if (!s) {
        const { id, name, unit, direction } = result;
        s = { id, name, unit, direction, status: 'unchanged', points: [] };
        series.set(id, s);
      }
      const [lo, hi] = intervalOf(result);
      s.points.push([run, round(result.value), lo, hi, flagOf(entry, result.id)]);
    }
  });
  for (const s of series.values()) {
    const last = s.points.at(-1);
    const newestRun = entries.length - 1;
    if (last && last[0] === newestRun)
      s.status = last[4] > 0 ? 'regression' : last[4] < 0 ? 'improvement' : 'unchanged';
    const marks = changePoints[s.id];
    if (marks?.length) s.changePoints = marks;
  }
  return {
    suite: doc.suite,
    runs: entries.map(runOf),
    // Flagged series first, as in the comment; then by name.
    series: [...series.values()].sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        a.name.localeCompare(b.name) ||
        a.unit.localeCompare(b.unit),
    ),
  };
}

const STATUS_ORDER: readonly DashboardSeries['status'][] = ['regression', 'improvement', 'unchanged'];

function runOf(entry: HistoryEntry): DashboardRun {
  const run: DashboardRun = {
    commit: entry.commit,
    branch: entry.branch,
    date: entry.date,
    runId: entry.runId,
  };
  if (entry.message) run.message = entry.message.split('\n')[0] as string;
  return run;
}

function flagOf(entry: HistoryEntry, id: string): Flag {
  const status: Status | undefined = entry.flags?.[id];
  if (status === 'regression' || status === 'over-budget') return 1;
  return status === 'improvement' ? -1 : 0;
}

/**
 * The tool's interval of the center, else the median's from the samples (kept as `sampleCi` in runs
 * whose samples the history dropped); none when unbounded.
 */
function intervalOf(result: HistoryEntry['results'][number]): [number | null, number | null] {
  const kept = result.ci ?? result.sampleCi;
  if (kept && Number.isFinite(kept.lo) && Number.isFinite(kept.hi)) {
    return [round(kept.lo), round(kept.hi)];
  }
  const median =
    result.samples && result.samples.length > 1 ? medianConfidenceInterval(result.samples) : undefined;
  if (median && Number.isFinite(median.lo) && Number.isFinite(median.hi))
    return [round(median.lo), round(median.hi)];
  return [null, null];
}

function round(x: number): number {
  return Number(x.toPrecision(5));
}
