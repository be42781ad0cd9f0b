// Runs the methods of detect-methods.ts over simulated suites of one condition and counts outcomes.
import type { Status } from '../../src/report.js';
import { seededRandom } from '../helpers/random.js';
import { decide, METHODS, type Method } from './detect-methods.js';
import { type Condition, simulateSuite } from './detect-suite.js';

export const SHIFTS = [0, 0.02, 0.05, 0.1, 0.2] as const;

export interface Tally {
  trials: number;
  flagged: Record<Method, number>;
  /** The engine's statuses. */
  engine: Partial<Record<Status, number>>;
}

export interface ConditionResult {
  condition: Condition;
  /** Benchmarks without a true shift, over every suite of the condition. */
  nulls: Tally;
  /** Shifted benchmarks, per true shift (index of SHIFTS; 0 is unused). */
  shifted: Tally[];
  /** Suites with no true shift at all, and per method how many of them got at least one false alarm. */
  nullSuites: { suites: number; withFalseAlarm: Record<Method, number> };
  seconds: number;
}

function emptyTally(): Tally {
  return {
    trials: 0,
    flagged: Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<Method, number>,
    engine: {},
  };
}

/** `suitesPerShift` suites for each true shift; the seed depends only on the condition and the suite. */
export function runCondition(
  condition: Condition,
  suitesPerShift: number,
  threshold: number,
  alpha: number,
  seed: number,
): ConditionResult {
  const started = performance.now();
  const nulls = emptyTally();
  const shifted = SHIFTS.map(emptyTally);
  const nullSuites = {
    suites: 0,
    withFalseAlarm: Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<Method, number>,
  };
  SHIFTS.forEach((shift, s) => {
    for (let k = 0; k < suitesPerShift; k++) {
      const random = seededRandom(seed * 1000 + s * 100 + k);
      const suite = simulateSuite(condition, shift, random);
      const decisions = decide(suite, condition, threshold, alpha);
      if (shift === 0) {
        nullSuites.suites++;
        for (const m of METHODS) if (decisions.flagged[m].some(Boolean)) nullSuites.withFalseAlarm[m]++;
      }
      suite.truths.forEach((truth, i) => {
        const tally = truth.shift === 0 ? nulls : (shifted[s] as Tally);
        tally.trials++;
        for (const m of METHODS) if (decisions.flagged[m][i]) tally.flagged[m]++;
        const status = decisions.engineStatus[i] as Status;
        tally.engine[status] = (tally.engine[status] ?? 0) + 1;
      });
    }
  });
  return { condition, nulls, shifted, nullSuites, seconds: (performance.now() - started) / 1000 };
}
