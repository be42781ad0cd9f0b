// The comparison options users write as strings (action inputs and CLI flags): thresholds, budgets
// and alpha. Parsing gives one-line errors that say what was expected; matching a rule to a series
// happens here too, so compare.ts only asks "what threshold/budget applies to this series?".
import { InputError } from '../model/errors.js';
import { TAIL_STATISTICS, type TailStatistic } from '../model/report.js';
import type { Direction } from '../model/result.js';
import {
  conversionFactor,
  FAILURE_UNIT,
  parseQuantity,
  type Quantity,
  type UnitKind,
  unitKind,
  withoutFloatNoise,
} from '../model/units.js';
import { DEFAULT_ALPHA, DEFAULT_THRESHOLD } from './tuning.js';

const KINDS: readonly UnitKind[] = ['time', 'throughput', 'memory', 'count'];

/** One `key: N%` override. The key is a metric kind, a unit, or a benchmark-name glob. */
export interface ThresholdRule {
  key: string;
  /** Fraction, 0.05 for `5%`. */
  threshold: number;
}

export interface ThresholdRules {
  /** Fraction applied when no rule matches (default 0.10). */
  default: number;
  rules: ThresholdRule[];
}

export interface Budget {
  /** Benchmark-name glob (`*` matches anything, `/` included). */
  pattern: string;
  limit: Quantity;
  /** `p95 < 5ms`: the limit is on that percentile's row; absent, on the series' center. */
  statistic?: TailStatistic;
}

export interface CompareOptions {
  thresholds: ThresholdRules;
  alpha: number;
  budgets: Budget[];
  /** Tail percentiles compared as rows of their own for every series with enough raw samples. */
  percentiles?: TailStatistic[];
}

export function defaultCompareOptions(): CompareOptions {
  return { thresholds: { default: DEFAULT_THRESHOLD, rules: [] }, alpha: DEFAULT_ALPHA, budgets: [] };
}

const TAIL_NAMES = Object.keys(TAIL_STATISTICS) as TailStatistic[];

function isTailStatistic(text: string): text is TailStatistic {
  return (TAIL_NAMES as string[]).includes(text);
}

/** `p95, p99` (newlines or commas), `none` or empty: the tail percentiles to compare. */
export function parsePercentiles(text: string, option = 'percentiles'): TailStatistic[] {
  const entries = splitList(text).map((s) => s.toLowerCase());
  if (entries.length === 1 && entries[0] === 'none') return [];
  for (const entry of entries) {
    if (!isTailStatistic(entry)) {
      throw new InputError(
        `${option}: "${entry}" is not a percentile this version compares; expected ${TAIL_NAMES.join(', ')} or none`,
      );
    }
  }
  return [...new Set(entries as TailStatistic[])];
}

/** Entries of a list option: one per line or comma-separated. */
function splitList(text: string): string[] {
  return text
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Splits `key: value` at the last `: ` so keys may hold colons (`pkg::test_x`). */
function splitRule(entry: string): [string, string] | undefined {
  const at = entry.lastIndexOf(':');
  if (at <= 0) return undefined;
  const key = entry.slice(0, at).trim();
  const value = entry.slice(at + 1).trim();
  return key && value ? [key, value] : undefined;
}

function parsePercent(text: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(text.trim());
  if (!m?.[1]) throw new InputError(`${what}: "${text}" is not a percentage; expected e.g. "10%"`);
  return Number(m[1]) / 100;
}

/**
 * `10%`, or a list like `10%, time: 5%, allocs/op: 0%, BenchmarkParse*: 5%` (newlines or commas).
 * A bare percentage sets the default; `key: N%` adds an override.
 */
export function parseThresholds(text: string, option = 'threshold'): ThresholdRules {
  const out: ThresholdRules = { default: DEFAULT_THRESHOLD, rules: [] };
  for (const entry of splitList(text)) {
    if (!entry.includes(':')) {
      out.default = parsePercent(entry, option);
      continue;
    }
    const rule = splitRule(entry);
    if (!rule)
      throw new InputError(
        `${option}: "${entry}" is not a rule; expected "<metric|unit|benchmark glob>: N%"`,
      );
    out.rules.push({ key: rule[0], threshold: parsePercent(rule[1], `${option} "${rule[0]}"`) });
  }
  return out;
}

/**
 * Thresholds that read like github-action-benchmark's `alert-threshold` (`200%` = "2× as slow"), where
 * ours is the change (`10%` = 1.1×): one warning per threshold of 100% or more, saying what it means here.
 */
export function thresholdWarnings(rules: ThresholdRules, option = 'threshold'): string[] {
  const all = [{ key: undefined as string | undefined, threshold: rules.default }, ...rules.rules];
  return all
    .filter(({ threshold }) => threshold >= 1)
    .map(({ key, threshold }) => {
      const percent = Number((threshold * 100).toPrecision(12));
      const ratio = Number((1 + threshold).toPrecision(12));
      const theirs = Number((percent - 100).toPrecision(12));
      return (
        `${option}${key ? ` "${key}"` : ''}: ${percent}% here means a change of +${percent}% (${ratio}× as slow); ` +
        `if you mean github-action-benchmark's alert-threshold ${percent}% (${percent / 100}× as slow), write ${theirs}%`
      );
    });
}

/**
 * `test_opa_eval: 5ms, BenchmarkCache*: 500ns, *: 100 allocs/op` (newlines or commas); a limit on a
 * tail percentile names it: `test_opa_eval: p95 < 5ms`, `*: p99 < 2ms`.
 */
export function parseBudgets(text: string, option = 'budgets'): Budget[] {
  return splitList(text).map((entry) => {
    const rule = splitRule(entry);
    if (!rule) {
      throw new InputError(
        `${option}: "${entry}" is not a budget; expected "<benchmark glob>: <limit>" like "BenchmarkX*: 500ns"`,
      );
    }
    const [statistic, written] = budgetStatistic(rule[1], rule[0], option);
    const limit = parseQuantity(written);
    if (!limit) {
      throw new InputError(
        `${option} "${rule[0]}": "${rule[1]}" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"`,
      );
    }
    if (limit.value < 0) {
      throw new InputError(
        `${option} "${rule[0]}": "${rule[1]}" is negative; a budget is a limit like "5ms" or "0 allocs/op"`,
      );
    }
    return statistic ? { pattern: rule[0], limit, statistic } : { pattern: rule[0], limit };
  });
}

/**
 * `p95 < 5ms` → ['p95', '5ms']; `5ms` → [undefined, '5ms']. A word before `<`, or a `pNN` without
 * one, is a statistic: an unknown one, or one without its `<`, is an error.
 */
function budgetStatistic(
  value: string,
  pattern: string,
  option: string,
): [TailStatistic | undefined, string] {
  const m = /^([A-Za-z][A-Za-z0-9.]*)\s*(<?)\s*(.*)$/.exec(value);
  const word = m?.[1]?.toLowerCase();
  const named = m !== null && word !== undefined && (m[2] === '<' || /^p\d/.test(word));
  if (!named) return [undefined, value];
  const expected = `expected "<limit>" or "${TAIL_NAMES.map((t) => `${t} < <limit>`).join('" or "')}"`;
  if (!isTailStatistic(word)) {
    throw new InputError(
      `${option} "${pattern}": "${value}" names no statistic this version reads; ${expected}`,
    );
  }
  if (m[2] !== '<' || (m[3] ?? '') === '') {
    throw new InputError(`${option} "${pattern}": "${value}" has no "< <limit>" after ${word}; ${expected}`);
  }
  return [word, m[3] as string];
}

export function parseAlpha(text: string, option = 'alpha'): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new InputError(`${option}: "${text}" must be a number between 0 and 1 (exclusive), e.g. 0.05`);
  }
  return value;
}

/** What a rule or budget is matched against. */
export interface SeriesKey {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  /** A tail row's percentile: only budgets naming it apply. */
  statistic?: TailStatistic;
  /** Parameters the tool reported; a load test's own percentile series carry `percentile: "p99"`. */
  params?: Record<string, string>;
}

/**
 * Whether a budget applies to a series. Load-testing tools report their percentiles as series of their
 * own (`GET /work p99`, one number a run): a budget `GET /work: p99 < 20ms` means that series.
 */
export function budgetMatches(budget: Budget, series: SeriesKey): boolean {
  if (budget.statistic === series.statistic) return globMatches(budget.pattern, series);
  if (!budget.statistic || series.statistic || series.params?.percentile !== budget.statistic) return false;
  const suffix = ` ${budget.statistic}`;
  if (!series.name.endsWith(suffix)) return false;
  const target = series.name.slice(0, -suffix.length);
  return globMatches(budget.pattern, { id: target, name: target });
}

/**
 * The threshold for a series. Most specific wins: a benchmark glob (the last one listed that matches),
 * then an exact unit, then a metric kind, then the default — which is 0 for failed requests (`errors`):
 * a load test that starts failing is a regression however few the failures.
 */
export function thresholdFor(series: SeriesKey, rules: ThresholdRules): number {
  let byGlob: number | undefined;
  let byUnit: number | undefined;
  let byKind: number | undefined;
  const kind = unitKind(series.unit);
  for (const rule of rules.rules) {
    if (rule.key === series.unit) byUnit = rule.threshold;
    else if ((KINDS as readonly string[]).includes(rule.key)) {
      if (rule.key === kind) byKind = rule.threshold;
    } else if (globMatches(rule.key, series)) byGlob = rule.threshold;
  }
  return byGlob ?? byUnit ?? byKind ?? (series.unit === FAILURE_UNIT ? 0 : rules.default);
}

export interface AppliedBudget {
  /** The limit converted to the series' unit. */
  limit: number;
  /** As the user wrote it, for the report. */
  written: string;
  exceeded: boolean;
}

/**
 * The budget that applies to a series (last matching one whose unit converts to the series' unit),
 * checked against `value`. A budget on a bigger-is-better unit is a floor, otherwise a ceiling.
 */
export function budgetFor(series: SeriesKey, value: number, budgets: Budget[]): AppliedBudget | undefined {
  let applied: AppliedBudget | undefined;
  for (const budget of budgets) {
    if (!budgetMatches(budget, series)) continue;
    const factor = conversionFactor(budget.limit.unit, series.unit);
    if (factor === undefined) continue;
    const limit = withoutFloatNoise(budget.limit.value * factor);
    const exceeded = series.direction === 'bigger' ? value < limit : value > limit;
    const written = `${budget.statistic ? `${budget.statistic} < ` : ''}${budget.limit.value} ${budget.limit.unit}`;
    applied = { limit, written, exceeded };
  }
  return applied;
}

const globCache = new Map<string, RegExp>();

/**
 * Benchmark-name globs: `*` matches any run of characters (including `/`, unlike file globs, because
 * benchmark names use `/` for sub-benchmarks), `?` one character. Matched against the name and the id.
 * Written here rather than with a file-glob library because those treat `/` as a path separator.
 */
export function globMatches(pattern: string, series: Pick<SeriesKey, 'id' | 'name'>): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 's');
    globCache.set(pattern, re);
  }
  return re.test(series.name) || re.test(series.id);
}
