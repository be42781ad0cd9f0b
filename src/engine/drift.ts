// Runner drift: the whole machine was slower (or faster) — most timing series moved the same way by a
// similar amount. Each benchmark is then judged relative to that move instead of all being blamed.
import { median } from 'simple-statistics';
import type { Change, RunnerDrift } from '../model/report.js';
import type { Direction } from '../model/result.js';
import { isTiming } from '../model/units.js';
import { worseness } from './side.js';
import { DRIFT_MIN_CHANGE, DRIFT_MIN_SERIES, DRIFT_MIN_SHARE } from './tuning.js';

/** The typical worse-oriented change of the timing series, when most of them share it. */
export function detectDrift(
  series: readonly { change?: Change; unit: string; direction: Direction }[],
): RunnerDrift | undefined {
  const moves: number[] = [];
  for (const s of series) {
    if (!s.change || !isTiming(s.unit)) continue;
    moves.push(Math.log1p(worseness(s.change, s.direction)));
  }
  if (moves.length < DRIFT_MIN_SERIES) return undefined;
  const typical = median(moves);
  if (Math.abs(Math.expm1(typical)) < DRIFT_MIN_CHANGE) return undefined;
  // "Similar amount": within half the typical move of it, on the same side.
  const alike = moves.filter(
    (m) => Math.sign(m) === Math.sign(typical) && Math.abs(m - typical) <= Math.abs(typical) / 2,
  );
  const share = alike.length / moves.length;
  if (share < DRIFT_MIN_SHARE) return undefined;
  return { percent: Math.expm1(typical) * 100, share, series: moves.length };
}

/** The factor a series' current numbers are divided by to take the drift out (1: not a timing series). */
export function driftScale(drift: RunnerDrift, direction: Direction, unit: string): number {
  if (!isTiming(unit)) return 1;
  const worse = 1 + drift.percent / 100;
  return direction === 'smaller' ? worse : 1 / worse;
}
