// An event an issue was filed for that the analysis no longer finds (more runs moved or dropped its
// change point): is every benchmark of it back? Yes only when each of the newest `recoveryRuns` runs of
// every series is within its threshold of the level before the event — the level the issue recorded, or
// else the one recomputed from the history up to the last good run. Anything less is "cannot say". Pure.
import type { RunRef, TrendSettingsUsed } from '../../model/trend.js';
import { type ThresholdRules, thresholdFor } from '../options.js';
import { worseLog } from '../window.js';
import { cleanedLevels, levelChangePoints } from './analyse.js';
import { seriesOfHistory, type TrendRun, type TrendSeries } from './series.js';

/** What an issue says about its event (its marker). */
export interface FiledEvent {
  lastGood: string;
  series: readonly string[];
  /** Each series' level before the event, in its unit, when the issue recorded it. */
  before?: Readonly<Record<string, number>>;
}

export type VanishedRecovery = { back: true; since: RunRef } | { back: false; why: string };

export function recoveryOfVanished(
  history: readonly TrendRun[],
  filed: FiledEvent,
  thresholds: ThresholdRules,
  settings: TrendSettingsUsed,
): VanishedRecovery {
  const { series } = seriesOfHistory(history);
  const lastGoodRun = history.findIndex((run) => run.commit === filed.lastGood);
  let since = -1;
  for (const id of filed.series) {
    const s = series.find((x) => x.id === id);
    if (!s) return { back: false, why: `${id} is no longer in the history` };
    const threshold = thresholdFor(s, thresholds);
    const old = levelBefore(s, filed, lastGoodRun, threshold, settings);
    if (old === undefined) return { back: false, why: `no level before the event for ${id}` };
    // Runs after the last good one (all of them once the history no longer holds it).
    const after = s.runs.filter((run) => run > lastGoodRun).length;
    if (after < settings.recoveryRuns)
      return { back: false, why: `${id} has fewer than ${settings.recoveryRuns} runs since the event` };
    // Each run as recorded: with the change point gone there is less evidence, so no burst is cleaned away.
    const newest = s.worse.slice(-settings.recoveryRuns);
    if (!newest.every((w) => Math.abs(Math.expm1(w - old)) < threshold))
      return { back: false, why: `${id}'s newest ${settings.recoveryRuns} runs are not all back` };
    since = Math.max(since, s.runs[s.runs.length - settings.recoveryRuns] as number);
  }
  if (since < 0) return { back: false, why: 'the issue names no benchmark' };
  const run = history[since] as TrendRun;
  return { back: true, since: { run: since, commit: run.commit, runId: run.runId, date: run.date } };
}

/**
 * The level before the event on the worse-log scale: as the issue recorded it, or the mean of the
 * cleaned levels since the last change point in the runs up to the last good one — the segment the
 * analysis measured the event against, which must hold as many runs as a counted change needs.
 */
function levelBefore(
  s: TrendSeries,
  filed: FiledEvent,
  lastGoodRun: number,
  threshold: number,
  settings: TrendSettingsUsed,
): number | undefined {
  const recorded = filed.before?.[s.id];
  if (recorded !== undefined) return recorded > 0 ? worseLog(recorded, s.direction) : undefined;
  if (lastGoodRun < 0) return undefined;
  const upTo = s.runs.filter((run) => run <= lastGoodRun).length;
  const levels = cleanedLevels(s.worse.slice(0, upTo));
  const start = levelChangePoints(levels, threshold, settings).at(-1)?.index ?? 0;
  const segment = levels.slice(start);
  if (segment.length < settings.minRunsAfter) return undefined;
  return segment.reduce((sum, x) => sum + x, 0) / segment.length;
}
