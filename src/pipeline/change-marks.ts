// The weekly watch's change points as the dashboard's marks: each suite's history analysed as a scheduled
// run would (its newest run's branch), and every change point that makes an event, or recovers one, marked
// at the first run of its new level. Pure.
import type { ThresholdRules } from '../engine/options.js';
import { analyseTrend } from '../engine/trend/analyse.js';
import type { ChangePoint } from '../render/html/dashboard-data.js';
import type { HistoryDocument, HistoryEntry } from '../store/store.js';

/** Marks per suite, then per series id, with `run` an index into the dashboard's runs of that suite. */
export type ChangeMarks = Record<string, Record<string, ChangePoint[]>>;

export function changeMarks(docs: readonly HistoryDocument[], thresholds?: ThresholdRules): ChangeMarks {
  const marks: ChangeMarks = {};
  for (const doc of docs) {
    // The dashboard's runs are every entry by date; the watch's are the newest run's branch only.
    const all = [...doc.entries].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    const branch = all.at(-1)?.branch;
    const watched = all.filter((e) => e.branch === branch);
    if (watched.length < 2) continue;
    const indexOf = new Map<HistoryEntry, number>(all.map((e, i) => [e, i]));
    const report = analyseTrend(doc.suite, watched, thresholds ? { thresholds } : {});
    const bySeries: Record<string, ChangePoint[]> = {};
    for (const cp of report.changePoints) {
      if (!cp.counts && cp.notCounted !== 'recovery') continue;
      const run = indexOf.get(watched[cp.after.run] as HistoryEntry) as number;
      const kind = cp.kind === 'regression' ? 'worse' : 'better';
      const marks = bySeries[cp.seriesId] ?? [];
      marks.push({ run, percent: Number(cp.percent.toPrecision(3)), kind });
      bySeries[cp.seriesId] = marks;
    }
    marks[doc.suite] = bySeries;
  }
  return marks;
}
