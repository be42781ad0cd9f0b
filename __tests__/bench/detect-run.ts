// Runs the methods of detect-methods.ts over simulated suites of one condition and counts outcomes.
import type { Status } from '../../src/model/report.js';
import { seededRandom } from '../helpers/random.js';
import {
  decide,
  METHODS,
  type Method,
  REFERENCES,
  type Reference,
  referenceFlags,
} from './detect-methods.js';
import { type Condition, simulateSuite } from './detect-suite.js';

export const SHIFTS = [0, 0.02, 0.05, 0.1, 0.2] as const;

/**
 * False-discovery levels at which the references are also run, from the engine's α down: a reference
 * that buys its detection with more false alarms than the engine is compared at the strictest level
 * where it raises no more of them than the engine did (detect-table.ts).
 */
export const REFERENCE_LEVELS = [
  0.05, 0.03, 0.02, 0.01, 5e-3, 2e-3, 1e-3, 5e-4, 2e-4, 1e-4, 3e-5, 1e-5, 1e-6,
];

/** A reference at each level of REFERENCE_LEVELS: false alarms and flagged +10% shifts (counts). */
export interface LevelTally {
  falseAlarms: number[];
  detected: number[];
}

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
  levels: Record<Reference, LevelTally>;
  /** Per suite with a +10% shift, the share (0–100) of its shifted benchmarks the engine flagged. */
  engineDetectionBySuite: number[];
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
  const levels = Object.fromEntries(
    REFERENCES.map((r) => [
      r,
      { falseAlarms: REFERENCE_LEVELS.map(() => 0), detected: REFERENCE_LEVELS.map(() => 0) },
    ]),
  ) as Record<Reference, LevelTally>;
  const engineDetectionBySuite: number[] = [];
  SHIFTS.forEach((shift, s) => {
    for (let k = 0; k < suitesPerShift; k++) {
      const random = seededRandom(seed * 1000 + s * 100 + k);
      const suite = simulateSuite(condition, shift, random, condition.size);
      const decisions = decide(suite, condition, threshold, alpha);
      if (shift === 0) {
        nullSuites.suites++;
        for (const m of METHODS) if (decisions.flagged[m].some(Boolean)) nullSuites.withFalseAlarm[m]++;
      }
      for (const r of REFERENCES) {
        REFERENCE_LEVELS.forEach((level, l) => {
          const flags = referenceFlags(decisions.references[r], level, threshold);
          suite.truths.forEach((truth, i) => {
            if (!flags[i]) return;
            if (truth.shift === 0) (levels[r].falseAlarms[l] as number)++;
            else if (shift === 0.1) (levels[r].detected[l] as number)++;
          });
        });
      }
      if (shift === 0.1) {
        const slowed = suite.truths.flatMap((t, i) => (t.shift > 0 ? [decisions.flagged.engine[i]] : []));
        engineDetectionBySuite.push((100 * slowed.filter(Boolean).length) / slowed.length);
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
  return {
    condition,
    nulls,
    shifted,
    nullSuites,
    levels,
    engineDetectionBySuite,
    seconds: (performance.now() - started) / 1000,
  };
}
