// A run too big for V8's heap stops with one line saying so, before V8 stops it with a fatal trace
// (which no handler can catch): the pipeline looks at the heap while a file is parsed, after each file,
// while the series are compared and before the report is written. Garbage not yet collected counts as
// used: near the limit V8 collects often, and a full collection forced there was itself what V8 gave
// up on ("ineffective mark-compacts"), so the run stops a little early rather than too late.
import { getHeapStatistics } from 'node:v8';
import { HEAP_CHECK_EVERY, HEAP_STOP_SHARE, V8_YOUNG_GENERATION_BYTES } from '../engine/tuning.js';
import { InputError } from '../model/errors.js';
import type { ParseProgress } from '../parsers/index.js';

/** Bad input of a kind: more data than this process's heap holds. One line, exit code 2, as any other. */
export class OutOfMemoryError extends InputError {}

/**
 * Throws OutOfMemoryError when live data fills more than HEAP_STOP_SHARE of the old generation's
 * limit (what --max-old-space-size sets, and what V8 runs out of). `doing` names what needs the
 * memory, with its verb: "120,000 series parsed from bench.txt need".
 */
export function checkHeap(doing: () => string): void {
  const limit = oldGenerationLimit();
  if (heapUsed() <= HEAP_STOP_SHARE * limit) return;
  throw new OutOfMemoryError(outOfMemoryMessage(doing(), limit));
}

/**
 * Bytes in the heap, the young generation's included: what survives a scavenge moves to the old
 * generation at once (up to 64 MiB of it on Node 24), so it counts as taken already.
 */
function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * The old generation's limit: --max-old-space-size when the process was given one, else V8's heap
 * limit less the young generation's reservation (V8_YOUNG_GENERATION_BYTES).
 */
function oldGenerationLimit(): number {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].join(' ');
  // The last one given is the one V8 keeps.
  const given = [...flags.matchAll(/--max[-_]old[-_]space[-_]size[= ](\d+)/g)].at(-1)?.[1];
  if (given) return Number(given) * 2 ** 20;
  return getHeapStatistics().heap_size_limit - V8_YOUNG_GENERATION_BYTES;
}

/** checkHeap for a loop: looks at the heap once every HEAP_CHECK_EVERY calls. */
export function heapWatch<A extends unknown[]>(doing: (...args: A) => string): (...args: A) => void {
  let calls = 0;
  return (...args: A) => {
    if (++calls % HEAP_CHECK_EVERY === 0) checkHeap(() => doing(...args));
  };
}

/** `out of memory: … need more than the 4.0 GiB heap; run with NODE_OPTIONS=--max-old-space-size=8192`. */
export function outOfMemoryMessage(doing: string, heapLimit: number): string {
  const mib = heapLimit / 2 ** 20;
  const heap = mib >= 1024 ? `${(mib / 1024).toFixed(1)} GiB` : `${Math.round(mib)} MiB`;
  // Twice the heap, in whole GiB: enough for the next step up, a size a runner can be asked for.
  const suggested = Math.ceil((2 * mib) / 1024) * 1024;
  return `out of memory: ${doing} more than the ${heap} heap; run with NODE_OPTIONS=--max-old-space-size=${suggested}`;
}

/** Parsing watched: stops with one line when the heap fills up. */
export function heapProgress(): ParseProgress {
  const parsedFrom = (file: string, results: number) => `${count(results)} series parsed from ${file} need`;
  return {
    line: heapWatch(parsedFrom),
    file: (file, results) => checkHeap(() => parsedFrom(file, results)),
  };
}

/** 1,000,000 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
