// Markdown of the detection benchmark: one table per block of conditions and the summary against the
// targets, computed from the counts so that the text never disagrees with the numbers.
import { markdownTable } from 'markdown-table';
import { inTargetRegion } from './detect-grid.js';
import { METHODS, type Method, type Reference } from './detect-methods.js';
import { type ConditionResult, REFERENCE_LEVELS, SHIFTS, type Tally } from './detect-run.js';
import type { Condition } from './detect-suite.js';

/** False alarms per 1,000 unchanged benchmarks. */
export function falseAlarmsPerMille(r: ConditionResult, method: Method): number {
  return (1000 * r.nulls.flagged[method]) / r.nulls.trials;
}

/** Share (0–100) of the benchmarks slowed down by `shift` that `method` flagged as regressions. */
export function detectionPercent(r: ConditionResult, method: Method, shift = 0.1): number {
  const t = r.shifted[SHIFTS.indexOf(shift as (typeof SHIFTS)[number])] as Tally;
  return (100 * t.flagged[method]) / t.trials;
}

/**
 * A reference's +10% detection at the engine's false-alarm rate: at the largest false-discovery level
 * where it raised no more false alarms than the engine (the strictest level tried when none did).
 */
export function matchedDetectionPercent(r: ConditionResult, reference: Reference): number {
  const { falseAlarms, detected } = r.levels[reference];
  let l = falseAlarms.findIndex((count) => count <= r.nulls.flagged.engine);
  if (l < 0) l = REFERENCE_LEVELS.length - 1;
  const trials = (r.shifted[SHIFTS.indexOf(0.1)] as Tally).trials;
  return (100 * (detected[l] as number)) / trials;
}

/**
 * Standard error (percentage points) of the engine's +10% detection rate, from the spread of its rate
 * over the condition's suites: Benjamini–Hochberg makes detection nearly all-or-nothing per suite
 * near the edge, so the suite, not the benchmark, is the unit of chance.
 */
export function detectionStandardError(r: ConditionResult): number {
  const xs = r.engineDetectionBySuite;
  if (xs.length < 2) return Number.NaN;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return Math.sqrt(variance / xs.length);
}

const percent = (x: number) => `${Math.round(x)}%`;
const percentOneDecimal = (x: number) => `${Number(x.toFixed(1))}%`;
const perMille = (x: number) => (x === 0 ? '0' : x.toFixed(1));
const cv = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/** The run-to-run column: the typical CV, " same" when every benchmark has it, and any shared factor. */
function runNoise(c: Condition): string {
  const own = c.runSpread === 1 && c.runCv > 0 ? `${cv(c.runCv)} same` : cv(c.runCv);
  return c.runnerCv > 0 ? `${own} + ${cv(c.runnerCv)} shared` : own;
}

export function describeCondition(c: Condition): string {
  const run = runNoise(c);
  return `within ${cv(c.withinCv)}, run-to-run ${run}, ${c.runs} run${c.runs > 1 ? 's' : ''}, n = ${c.samples}`;
}

export function conditionTable(results: ConditionResult[]): string {
  const rows = results.map((r) => {
    const c = r.condition;
    const fa = (m: Method) => perMille(falseAlarmsPerMille(r, m));
    const det = (m: Method, shift = 0.1) => percent(detectionPercent(r, m, shift));
    const inconclusive = (100 * (r.nulls.engine.inconclusive ?? 0)) / r.nulls.trials;
    return [
      cv(c.withinCv),
      runNoise(c),
      String(c.runs),
      String(c.samples),
      `**${fa('engine')}**`,
      fa('informed'),
      fa('oracle'),
      fa('benchstat'),
      `${fa('ratio-10%')} / ${fa('ratio-20%')} / ${fa('ratio-100%')}`,
      `**${det('engine')}**`,
      det('informed'),
      det('oracle'),
      `${percent(matchedDetectionPercent(r, 'informed'))} / ${percent(matchedDetectionPercent(r, 'oracle'))}`,
      det('benchstat'),
      `${det('ratio-10%')} / ${det('ratio-20%')} / ${det('ratio-100%')}`,
      `${det('engine', 0.02)} / ${det('engine', 0.05)} / ${det('engine', 0.2)}`,
      `${det('oracle', 0.05)} / ${det('oracle', 0.2)}`,
      percent(inconclusive),
    ];
  });
  const header = [
    'within CV',
    'run-to-run CV',
    'runs',
    'n',
    'FA‰ engine',
    'FA‰ informed',
    'FA‰ oracle',
    'FA‰ benchstat',
    'FA‰ ratio 10/20/100%',
    '+10% engine',
    '+10% informed',
    '+10% oracle',
    "+10% informed / oracle at the engine's FA‰",
    '+10% benchstat',
    '+10% ratio 10/20/100%',
    'engine +2/+5/+20%',
    'oracle +5/+20%',
    'engine inconclusive',
  ];
  const align = ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'c', 'r', 'r', 'r', 'c', 'r', 'c', 'c', 'c', 'r'];
  return markdownTable([header, ...rows], { align });
}

/** The figures the targets are about. */
export interface Summary {
  conditions: number;
  nulls: number;
  /** False alarms per 1,000 over every null comparison, per method. */
  overall: Record<Method, number>;
  /** The engine's worst condition for false alarms. */
  worst: { result: ConditionResult; perMille: number };
  /** Conditions where the engine raised more than 1 false alarm per 1,000. */
  overOnePerMille: ConditionResult[];
  target: ConditionResult[];
  /** Target-region conditions below 95% detection of +10%. */
  targetMisses: ConditionResult[];
  /** Conditions where the oracle detects +10% more than 5 points better than the engine. */
  behindOracle: ConditionResult[];
  /** Of those, the ones where the informed reference is within 5 points of the engine or behind it. */
  behindOracleOnly: ConditionResult[];
  /** Conditions where the informed reference detects +10% more than 5 points better than the engine. */
  behindInformed: ConditionResult[];
  /** The same with each reference held to the engine's false-alarm rate. */
  behindMatchedOracle: ConditionResult[];
  behindMatchedInformed: ConditionResult[];
  /** The oracle against the same targets: conditions above 1‰, target conditions below 95%. */
  oracleOverOnePerMille: ConditionResult[];
  oracleTargetMisses: ConditionResult[];
  /** The informed reference against the same targets. */
  informedOverOnePerMille: ConditionResult[];
  informedTargetMisses: ConditionResult[];
  /** Suites where nothing changed, and per method the share (0–100) with at least one false alarm. */
  nullSuites: number;
  nullSuitesWithFalseAlarm: Record<Method, number>;
}

export function summarize(all: ConditionResult[]): Summary {
  const nulls = all.reduce((s, r) => s + r.nulls.trials, 0);
  const overall = Object.fromEntries(
    METHODS.map((m) => [m, (1000 * all.reduce((s, r) => s + r.nulls.flagged[m], 0)) / nulls]),
  ) as Record<Method, number>;
  const engineFa = (r: ConditionResult) => falseAlarmsPerMille(r, 'engine');
  const worstResult = all.reduce((a, b) => (engineFa(b) > engineFa(a) ? b : a));
  const target = all.filter((r) => inTargetRegion(r.condition));
  const matchedGap = (r: ConditionResult, m: Reference) =>
    matchedDetectionPercent(r, m) - detectionPercent(r, 'engine');
  const gap = (r: ConditionResult, m: Method = 'oracle') =>
    detectionPercent(r, m) - detectionPercent(r, 'engine');
  return {
    conditions: all.length,
    nulls,
    overall,
    worst: { result: worstResult, perMille: engineFa(worstResult) },
    overOnePerMille: all.filter((r) => engineFa(r) > 1),
    target,
    targetMisses: target.filter((r) => detectionPercent(r, 'engine') < 95),
    behindOracle: all.filter((r) => gap(r) > 5),
    behindOracleOnly: all.filter((r) => gap(r) > 5 && gap(r, 'informed') <= 5),
    behindInformed: all.filter((r) => gap(r, 'informed') > 5),
    behindMatchedOracle: all.filter((r) => matchedGap(r, 'oracle') > 5),
    behindMatchedInformed: all.filter((r) => matchedGap(r, 'informed') > 5),
    oracleOverOnePerMille: all.filter((r) => falseAlarmsPerMille(r, 'oracle') > 1),
    oracleTargetMisses: target.filter((r) => detectionPercent(r, 'oracle') < 95),
    informedOverOnePerMille: all.filter((r) => falseAlarmsPerMille(r, 'informed') > 1),
    informedTargetMisses: target.filter((r) => detectionPercent(r, 'informed') < 95),
    nullSuites: all.reduce((s, r) => s + r.nullSuites.suites, 0),
    nullSuitesWithFalseAlarm: Object.fromEntries(
      METHODS.map((m) => [
        m,
        (100 * all.reduce((s, r) => s + r.nullSuites.withFalseAlarm[m], 0)) /
          all.reduce((s, r) => s + r.nullSuites.suites, 0),
      ]),
    ) as Record<Method, number>,
  };
}

export function summaryLines(s: Summary): string[] {
  const list = (rs: ConditionResult[], what: (r: ConditionResult) => string) =>
    rs.length === 0 ? 'none' : rs.map((r) => `${describeCondition(r.condition)} (${what(r)})`).join('; ');
  const engineFa = (r: ConditionResult) => `${perMille(falseAlarmsPerMille(r, 'engine'))}‰`;
  const bothFa = (r: ConditionResult) =>
    `engine ${engineFa(r)} = ${r.nulls.flagged.engine} of ${r.nulls.trials.toLocaleString('en-US')}, oracle ${perMille(falseAlarmsPerMille(r, 'oracle'))}‰`;
  const det = (r: ConditionResult) =>
    `engine ${percentOneDecimal(detectionPercent(r, 'engine'))} ± ${Number(detectionStandardError(r).toFixed(1))}, informed ${percent(detectionPercent(r, 'informed'))}, oracle ${percent(detectionPercent(r, 'oracle'))}`;
  const detInformed = (r: ConditionResult) =>
    `engine ${percent(detectionPercent(r, 'engine'))}, informed ${percent(detectionPercent(r, 'informed'))} at ${perMille(falseAlarmsPerMille(r, 'informed'))}‰ false alarms`;
  const matched = (r: ConditionResult) =>
    `engine ${percent(detectionPercent(r, 'engine'))} at ${perMille(falseAlarmsPerMille(r, 'engine'))}‰, informed ${percent(matchedDetectionPercent(r, 'informed'))}, oracle ${percent(matchedDetectionPercent(r, 'oracle'))}`;
  const targetRates = s.target.map((r) => detectionPercent(r, 'engine'));
  return [
    `- **False alarms** (status \`regression\` on a benchmark with no true change), over all ${s.nulls.toLocaleString('en-US')} null comparisons: ${METHODS.map((m) => `${m} ${perMille(s.overall[m])}‰`).join(', ')}.`,
    `  Engine, worst condition: ${engineFa(s.worst.result)} (${describeCondition(s.worst.result.condition)}). Conditions above 1‰: ${list(s.overOnePerMille, bothFa)}.`,
    `- **Detection of +10% slowdowns in the target region** (n ≥ 10, within-run CV ≤ 3%, no run-to-run noise or ≤ 1% with ≥ 2 baseline runs; ${s.target.length} conditions): engine from ${percent(Math.min(...targetRates))} to ${percent(Math.max(...targetRates))}; below 95% (± one standard error over the condition's suites): ${list(s.targetMisses, det)}.`,
    `- **More than 5 points behind the oracle** on +10% detection: ${s.behindOracle.length} of the ${s.conditions} conditions. In ${s.behindOracleOnly.length} of them the informed reference, which knows the suite's noise but not each benchmark's, is no more than 5 points ahead of the engine either: there the oracle's lead is knowing which benchmark is noisy, which one suite's data do not tell (${s.behindOracleOnly.map((r) => describeCondition(r.condition)).join('; ') || 'none'}).`,
    `- **More than 5 points behind the informed reference**: ${s.behindInformed.length} conditions: ${list(s.behindInformed, detInformed)}.`,
    `- **At the same false-alarm rate**: the references buy part of their detection with false alarms (above, and in the share of unchanged pull requests with a false alarm below). Held to the engine's false-alarm count in each condition (the largest false-discovery level, from 0.05 down to 10⁻⁶, where they raised no more false regressions than the engine did), the oracle is more than 5 points ahead in ${s.behindMatchedOracle.length} conditions and the informed reference in ${s.behindMatchedInformed.length}: ${list(s.behindMatchedInformed, matched)}.`,
    `- **The references against the same targets**: the oracle is above 1‰ false alarms in ${s.oracleOverOnePerMille.length} conditions (${s.oracleOverOnePerMille.map((r) => describeCondition(r.condition)).join('; ') || 'none'}); below 95% detection in ${s.oracleTargetMisses.length} of the ${s.target.length} target conditions. The informed reference: above 1‰ in ${s.informedOverOnePerMille.length} conditions, below 95% in ${s.informedTargetMisses.length} target conditions (${s.informedTargetMisses.map((r) => `${describeCondition(r.condition)}: ${percent(detectionPercent(r, 'informed'))}`).join('; ') || 'none'}).`,
    `- **Pull requests that changed nothing** (the ${s.nullSuites} suites without any true shift): share with at least one false regression — ${METHODS.map((m) => `${m} ${percentOneDecimal(s.nullSuitesWithFalseAlarm[m])}`).join(', ')}.`,
  ];
}
