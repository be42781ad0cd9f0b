// Everything perf-regression knows about units: which way is better, what a unit measures, how to
// convert a quantity like `5ms` to a series' own unit, and how to print a value for humans.
// The one unit formatter of the project (render/ uses it, never its own).
import type { Direction } from './result.js';

const BIGGER_IS_BETTER = new Set(['ops/s', 'ops/sec', 'hz', 'MB/s', 'items/s', 'elem/s', 'B/s']);

/**
 * Direction implied by a unit: rates (`MB/s`, `ops/s`, anything per second) are bigger-is-better,
 * times, sizes and counts are smaller-is-better.
 */
export function directionOfUnit(unit: string): Direction {
  if (BIGGER_IS_BETTER.has(unit)) return 'bigger';
  if (/\/(s|sec|second)$/i.test(unit)) return 'bigger';
  if (/^(hz|ops|throughput)$/i.test(unit)) return 'bigger';
  return 'smaller';
}

/**
 * The unit of a load test's failed requests: a count where any new failure is a regression, so its
 * default threshold is 0 (engine/options.ts) and it is compared as an exact metric.
 */
export const FAILURE_UNIT = 'errors';

/** What a unit measures; per-metric thresholds are keyed by it (`time: 5%`, `memory: 0%`). */
export type UnitKind = 'time' | 'throughput' | 'memory' | 'count';

/** Seconds per time unit, as tools print them. */
const TIME_SCALE: Record<string, number> = {
  ps: 1e-12,
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
};

/** Bytes per size unit (SI and IEC). */
const BYTE_SCALE: Record<string, number> = {
  B: 1,
  kB: 1e3,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

/** Elements per element unit, as criterion prints throughput (`Kelem/s`, `Melem/s`, `Gelem/s`). */
const ELEMENT_SCALE: Record<string, number> = {
  elem: 1,
  Kelem: 1e3,
  Melem: 1e6,
  Gelem: 1e9,
};

/** Splits `ns/op` into `ns` and `op`; a unit without `/` has no denominator. */
function splitUnit(unit: string): [string, string | undefined] {
  const slash = unit.indexOf('/');
  return slash < 0 ? [unit, undefined] : [unit.slice(0, slash), unit.slice(slash + 1)];
}

export function unitKind(unit: string): UnitKind {
  const [num, den] = splitUnit(unit);
  if (TIME_SCALE[num] !== undefined) return 'time';
  if (directionOfUnit(unit) === 'bigger') return 'throughput';
  if (BYTE_SCALE[num] !== undefined && (den === undefined || den === 'op' || den === 'iter')) return 'memory';
  return 'count';
}

/** Time and throughput: the metrics that move with the machine (run-to-run noise, drift, bursts). */
export function isTiming(unit: string): boolean {
  const kind = unitKind(unit);
  return kind === 'time' || kind === 'throughput';
}

/**
 * Factor converting a value in `from` into `to` (`ms` → `ns/op` is 1e6), or undefined when the two are
 * not the same dimension. Denominators must agree when both have one (`ns/op` vs `ns/item` do not).
 */
export function conversionFactor(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const [fromNum, fromDen] = splitUnit(from);
  const [toNum, toDen] = splitUnit(to);
  if (fromDen !== undefined && toDen !== undefined && fromDen !== toDen) return undefined;
  // A bare quantity converts to a per-operation unit (`5ms` → `ns/op`), never to a rate: `1 MB` is not `MB/s`.
  if ((fromDen === undefined) !== (toDen === undefined) && isPerTime(fromDen ?? toDen)) return undefined;
  for (const scale of [TIME_SCALE, BYTE_SCALE, ELEMENT_SCALE]) {
    const a = scale[fromNum];
    const b = scale[toNum];
    if (a !== undefined && b !== undefined) return withoutFloatNoise(a / b);
  }
  return undefined;
}

/**
 * Drops the last-bit error of binary floating point (1e-6 / 1e-9 is 999.9999999999999), so a budget
 * of `2µs` is exactly 2000 ns and a value of 2000 ns is within it.
 */
export function withoutFloatNoise(x: number): number {
  return Number(x.toPrecision(15));
}

function isPerTime(denominator: string | undefined): boolean {
  return denominator !== undefined && (TIME_SCALE[denominator] !== undefined || denominator === 'second');
}

export interface Quantity {
  value: number;
  unit: string;
}

/** Parses `5ms`, `500 ns`, `1.5 MiB`, `100 allocs/op`, `2e3 ops/s`; undefined when it is not a quantity. */
export function parseQuantity(text: string): Quantity | undefined {
  // The unit may not start with a digit or an exponent: `500` is not 50 of unit `0`, `1e3` not 1 `e3`.
  const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?![eE][+-]?\d)([^\s\d.+-]\S*)\s*$/.exec(
    text,
  );
  if (!m?.[1] || !m[2]) return undefined;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2] } : undefined;
}

/** A unit step: its size in the base unit (seconds, bytes, ones) and its name. */
type Step = readonly [number, string];

/** Steps for numbers that are neither times nor sizes: k/M/G/T prefixes on the tool's own unit. */
const SI_STEPS: readonly Step[] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
];
const TIME_STEPS: readonly Step[] = [
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];
const BYTE_STEPS: readonly Step[] = [
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB'],
  [1, 'B'],
];

/**
 * A value for humans, in the largest unit that keeps it ≥ 1: times as ns/µs/ms/s (keeping a `/op`
 * denominator), sizes as B/KiB/MiB/GiB, other numbers with k/M/G/T prefixes. 4 significant digits.
 * Zero keeps the tool's unit (there is no "largest unit" for it).
 */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value) || value === 0) return `${value} ${unit}`;
  const [num, den] = splitUnit(unit);
  const suffix = den === undefined ? '' : `/${den}`;
  const seconds = TIME_SCALE[num];
  if (seconds !== undefined) {
    const [text, name] = inLargestStep(value * seconds, TIME_STEPS);
    return `${text} ${name}${suffix}`;
  }
  const bytes = BYTE_SCALE[num];
  // Sizes get IEC units; rates (`MB/s`) keep the tool's own unit with an SI prefix below.
  if (bytes !== undefined && den !== 's') {
    const [text, name] = inLargestStep(value * bytes, BYTE_STEPS);
    return `${text} ${name}${suffix}`;
  }
  const [text, prefix] = inLargestStep(value, SI_STEPS);
  return `${text}${prefix} ${unit}`;
}

/**
 * The value in the largest step where it reads ≥ 1 after rounding (so 999.96 ns reads `1 µs`, not
 * `1000 ns`), else in the smallest step.
 */
function inLargestStep(value: number, steps: readonly Step[]): [string, string] {
  for (const [size, name] of steps) {
    const text = significant(value / size);
    if (Math.abs(Number(text)) >= 1) return [text, name];
  }
  const [size, name] = steps[steps.length - 1] as Step;
  return [significant(value / size), name];
}

/** 4 significant digits without trailing zeros or exponent notation for ordinary magnitudes. */
function significant(x: number): string {
  if (x === 0) return '0';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
  return Number(x.toFixed(Math.min(digits, 12))).toString();
}
