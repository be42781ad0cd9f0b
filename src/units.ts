// Everything perf-regression knows about units: which way is better, and (later) how to print them.
import type { Direction } from './model.js';

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
