// Two-sided Mann–Whitney U test with benchstat's rules (golang/perf benchmath's AssumeNothing.Compare
// → go-moremath stats.MannWhitneyUTest with LocationDiffers):
//   - exact distribution when both samples have ≤ 50 values and there are no ties, or ≤ 25 values
//     with ties (the exact distribution conditional on the observed tie pattern);
//   - otherwise the normal approximation with tie correction and continuity correction;
//   - p = 1 when U₁ = U₂, when a sample is empty, or when every value is equal.
// The exact two-sided p is twice the lower tail of the smaller U. benchstat always takes that tail from
// the first sample's distribution; with ties and unequal sample sizes that distribution is not
// symmetric and the result can be far off (x = [1, 1] vs y = [0] gives benchstat p = 0; the true
// two-sided p is 2/3). We take the tail of the sample whose U is the smaller one. For equal sizes the
// two samples' U have the same null distribution, so the result is identical to benchstat's.
import { choose, normalSurvival } from './distributions.js';

/** Largest sample size for which the exact distribution is used when no values tie. */
export const MANN_WHITNEY_EXACT_LIMIT = 50;
/** Largest sample size for which the exact distribution is used when values tie. */
export const MANN_WHITNEY_TIES_EXACT_LIMIT = 25;

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, plus ½ for each tied pair. In [0, n1·n2]. */
  u: number;
  /** Two-sided p-value; 1 when the test cannot tell anything (see `degenerate`). */
  p: number;
  n1: number;
  n2: number;
  method: 'exact' | 'normal';
  /**
   * Why the test could not run: a sample is empty, or every value of both samples is equal.
   * benchstat reports both as p = 1 ("~") with a warning, and so does this function.
   */
  degenerate?: 'empty-sample' | 'all-equal';
}

/** Ranks of the merged samples: the first sample's rank sum (midranks for ties) and the tie-group sizes. */
interface Ranking {
  rankSum1: number;
  /** Sizes of the groups of equal values, in increasing order of value. */
  ties: number[];
}

/** Both samples sorted in typed arrays and walked side by side: no objects per value. */
function rank(x: readonly number[], y: readonly number[]): Ranking {
  const a = Float64Array.from(x).sort();
  const b = Float64Array.from(y).sort();
  let rankSum1 = 0;
  const ties: number[] = [];
  let i = 0;
  let j = 0;
  let start = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number)) ? a[i] : b[j];
    let fromFirst = 0;
    for (; i < a.length && a[i] === v; i++) fromFirst++;
    let fromSecond = 0;
    for (; j < b.length && b[j] === v; j++) fromSecond++;
    const end = start + fromFirst + fromSecond;
    // Ranks are 1-based: the group covers ranks start+1 … end, whose mean is (start+1+end)/2.
    rankSum1 += ((start + 1 + end) / 2) * fromFirst;
    ties.push(end - start);
    start = end;
  }
  return { rankSum1, ties };
}

/** Two-sided Mann–Whitney U test of x against y (see the file comment for the exact rules). */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { u: 0, p: 1, n1, n2, method: 'exact', degenerate: 'empty-sample' };
  const { rankSum1, ties } = rank(x, y);
  const u1 = rankSum1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const uSmall = Math.min(u1, u2);
  const hasTies = ties.some((t) => t > 1);
  const limit = hasTies ? MANN_WHITNEY_TIES_EXACT_LIMIT : MANN_WHITNEY_EXACT_LIMIT;
  const method = n1 <= limit && n2 <= limit ? 'exact' : 'normal';
  if (ties.length === 1) return { u: u1, p: 1, n1, n2, method, degenerate: 'all-equal' };

  if (method === 'exact') {
    // The distribution's mass at U₁ = U₂ would be counted twice by doubling a tail: the whole CDF is 1.
    if (u1 === u2) return { u: u1, p: 1, n1, n2, method };
    const sizeWithSmallerU = u1 < u2 ? n1 : n2;
    const tail = hasTies ? tiedLowerTail(sizeWithSmallerU, ties, uSmall) : untiedCdf(n1, n2, uSmall);
    // With ties the null distribution need not be symmetric, so twice a tail can pass 1.
    return { u: u1, p: Math.min(1, 2 * tail), n1, n2, method };
  }
  return { u: u1, p: normalApproximationP(n1, n2, u1, ties), n1, n2, method: 'normal' };
}

/**
 * P(U ≤ u) without ties, by Mann and Whitney's (1947) recurrence on probabilities
 *   p_{n,m}(U) = (n·p_{n−1,m}(U−m) + m·p_{n,m−1}(U)) / (n+m),
 * kept one row at a time, and summing whichever tail of the symmetric distribution is shorter.
 * The same operations in the same order as go-moremath's UDist, so the doubles match benchstat's.
 */
function untiedCdf(n1: number, n2: number, u: number): number {
  let ui = Math.floor(u);
  if (ui < 0) return 0;
  if (ui >= n1 * n2) return 1;
  const flip = ui >= Math.floor((n1 * n2 + 1) / 2);
  if (flip) ui = n1 * n2 - ui - 1;
  const sum = untiedLowerTails(n1, n2)[ui] as number;
  return flip ? 1 - sum : sum;
}

/**
 * Σ_{i ≤ u} p_{n1,n2}(i) for every u up to the middle of the distribution, summed in the order
 * untiedCdf always summed them (so the doubles are the same), once per pair of sizes: a report
 * asks for the same few sizes thousands of times.
 */
function untiedLowerTails(n1: number, n2: number): Float64Array {
  const key = Math.min(n1, n2) * 4096 + Math.max(n1, n2);
  let tails = untiedTailCache.get(key);
  if (!tails) {
    const uMax = Math.floor((n1 * n2 + 1) / 2);
    const pmf = untiedPmf(n1, n2, uMax);
    tails = new Float64Array(uMax + 1);
    let sum = 0;
    for (let i = 0; i <= uMax; i++) {
      sum += pmf[i] as number;
      tails[i] = sum;
    }
    untiedTailCache.set(key, tails);
  }
  return tails;
}

const untiedTailCache = new Map<number, Float64Array>();

/** p_{n1,n2}(U) for U = 0 … uMax. */
function untiedPmf(n1: number, n2: number, uMax: number): Float64Array {
  const small = Math.min(n1, n2);
  const large = Math.max(n1, n2);
  // rows[n] holds p_{n,m}(·) for the current m; p_{n,m} = p_{m,n} fills the n > m corner.
  const rows = Array.from({ length: small + 1 }, () => new Float64Array(uMax + 1));
  for (let m = 0; m <= large; m++) {
    (rows[0] as Float64Array)[0] = 1;
    for (let n = 1; n <= Math.min(small, m); n++) {
      const left = rows[n - 1] as Float64Array; // p_{n−1,m}
      const right = (n <= m - 1 ? rows[n] : rows[m - 1]) as Float64Array; // p_{n,m−1}
      const out = rows[n] as Float64Array;
      const total = n + m;
      // Descending U reads p_{n,m−1}(U) before overwriting it with p_{n,m}(U).
      for (let u = Math.min(uMax, n * m); u >= 0; u--) {
        const l = u - m >= 0 ? n * (left[u - m] as number) : 0;
        out[u] = (l + m * (right[u] as number)) / total;
      }
    }
  }
  return rows[small] as Float64Array;
}

/**
 * P(U ≤ u) for a sample of `n1` values given the tie pattern: the share of the C(N, n1) ways to
 * pick that sample's positions whose midrank sum is small enough. Counted by dynamic programming over
 * the tie groups (choosing r of a group's t values adds r times its midrank), which gives the same
 * exact counts as the Cheung–Klotz (1997) algorithm benchstat uses. The groups are split into a lower
 * and an upper half, each counted alone, and the halves are joined at the one sum asked for: a
 * sixteenth of the cells of counting all groups at once. Counts stay below C(50, 25) < 2^53, so they
 * are exact in doubles, whatever the order of the sums.
 */
function tiedLowerTail(n1: number, ties: readonly number[], u: number): number {
  // Doubled ranks keep midranks integral: 2·R ≤ 2u + n1(n1+1) ⇔ U ≤ u.
  const maxSum = Math.round(2 * u) + n1 * (n1 + 1);
  const total = ties.reduce((sum, t) => sum + t, 0);
  let split = 0;
  let lowSize = 0;
  while (split < ties.length && 2 * (lowSize + (ties[split] as number)) <= total) {
    lowSize += ties[split] as number;
    split++;
  }
  const width = maxSum + 1;
  const low = countPicks(lowWork, ties, 0, split, 0, Math.min(n1, lowSize), width);
  const high = countPicks(highWork, ties, split, ties.length, lowSize, Math.min(n1, total - lowSize), width);
  cumulate(high);
  let hits = 0;
  for (let j = Math.max(0, n1 - high.rows + 1); j < Math.min(n1 + 1, low.rows); j++) {
    hits += joinRows(low, j, high, n1 - j, maxSum);
  }
  return hits / choose(total, n1);
}

/**
 * Ways to pick j values by doubled rank sum s, at ways[j·stride + s], non-zero on lo[j] … hi[j]
 * (counted for s < width; a row may hold larger sums too).
 */
interface PickCounts {
  ways: Float64Array;
  rows: number;
  stride: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Rows past this one are not stored: row j is row size − j read backwards from wholeSum. */
  counted: number;
  size: number;
  wholeSum: number;
}

/**
 * Σ_s low(j, s) · Σ_{s' ≤ maxSum − s} high(m, s'): the picks of j low and m high values whose sums
 * stay within maxSum, `high` cumulated. A row past `counted` is read through the row it mirrors, so
 * no row is copied: low(j, s) = low(size − j, T − s); a mirrored high row's cumulative count up to x is
 * the source row's total less its cumulative count up to T − x − 1.
 */
function joinRows(low: PickCounts, j: number, high: PickCounts, m: number, maxSum: number): number {
  const lowMirrored = j > low.counted;
  const lowSource = lowMirrored ? low.size - j : j;
  if ((low.hi[lowSource] as number) < 0) return 0;
  const highMirrored = m > high.counted;
  const highSource = highMirrored ? high.size - m : m;
  const highLo = high.lo[highSource] as number;
  const highHi = high.hi[highSource] as number;
  if (highHi < 0) return 0;
  const highRow = highSource * high.stride;
  const highTotal = high.ways[highRow + highHi] as number;
  // The low row's sums s ascending: its cells from lo up, or a mirrored row's from hi down.
  const step = lowMirrored ? -1 : 1;
  let cell =
    lowSource * low.stride + (lowMirrored ? (low.hi[lowSource] as number) : (low.lo[lowSource] as number));
  let s = lowMirrored ? low.wholeSum - (low.hi[lowSource] as number) : (low.lo[lowSource] as number);
  const count = (low.hi[lowSource] as number) - (low.lo[lowSource] as number) + 1;
  let hits = 0;
  for (let i = 0; i < count; i++, s++, cell += step) {
    const x = highMirrored ? high.wholeSum - (maxSum - s) - 1 : maxSum - s;
    // Cumulative count of the stored high row up to x.
    const stored = x < highLo ? 0 : (high.ways[highRow + Math.min(x, highHi)] as number);
    const below = highMirrored ? highTotal - stored : stored;
    // The count below only falls as s grows (x falls): once 0 it stays 0.
    if (below === 0) break;
    hits += (low.ways[cell] as number) * below;
  }
  return hits;
}

/**
 * Counts picks of up to `maxPicks` values from the tie groups first … end − 1 (the values before them:
 * `before`), by doubled rank sum below `width`, in the workspace (its table grown when too small).
 *
 * The count starts as a copy of the counts of the part's longest run of untied values (a run of r
 * single values is the first r ranks moved up: one table per run length, kept between calls,
 * untiedPicks), and the other groups join it one by one, the nearest first. Real timings tie in a few
 * groups of two or three among dozens of values, so the copy replaces the passes of a dozen values.
 * (Starting from the whole part untied and taking the tied values out costs more: two passes over
 * the whole table per tied value.)
 *
 * The values not picked are a pick too: j of the part's `size` values summing to s leave size − j
 * summing to T − s (T the part's whole doubled rank sum), so the rows past size/2 are the first rows
 * read backwards (joinRows reads them so, none is copied). Counting only those first rows, in full,
 * does half the cells — unless the sums asked for stop so far below T that counting every row cut
 * off at `width` does fewer.
 */
function countPicks(
  work: Workspace,
  ties: readonly number[],
  first: number,
  end: number,
  before: number,
  maxPicks: number,
  width: number,
): PickCounts {
  let size = 0;
  let wholeSum = 0;
  for (let g = first; g < end; g++) {
    const t = ties[g] as number;
    wholeSum += t * (2 * (before + size) + t + 1);
    size += t;
  }
  const half = Math.min(maxPicks, Math.floor(size / 2));
  const mirrored = mirroredCells(size, half) < cutCells(before, size, maxPicks, width);
  const counted = mirrored ? half : maxPicks;
  const stride = mirrored ? Math.max(width, wholeSum + 1) : width;
  const rows = maxPicks + 1;
  const cells = (counted + 1) * stride;
  // Cells outside a row's lo … hi are never read and are not cleared: clearing the whole table each
  // call cost more than the counting.
  if (work.buffer.length < cells) work.buffer = new Float64Array(cells);
  const { buffer: ways, lo, hi } = work;
  lo.fill(stride, 0, rows);
  hi.fill(-1, 0, rows);
  // The longest run of untied values starts the table, copied; the other groups join it one by one,
  // the nearest first, so the sums the table spans grow as little as they can.
  const run = longestUntiedRun(ties, first, end);
  let below = before;
  for (let g = first; g < run.start; g++) below += ties[g] as number;
  copyUntied(ways, lo, hi, untiedPicks(run.end - run.start), counted, below, stride);
  let inside = run.end - run.start;
  let above = below + inside;
  for (let g = run.end; g < end; g++) {
    const t = ties[g] as number;
    inside += t;
    addGroup(ways, lo, hi, Math.min(counted, inside), t, 2 * above + t + 1, stride);
    above += t;
  }
  for (let g = run.start - 1; g >= first; g--) {
    const t = ties[g] as number;
    inside += t;
    below -= t;
    addGroup(ways, lo, hi, Math.min(counted, inside), t, 2 * below + t + 1, stride);
  }
  return { ways, rows, stride, lo, hi, counted, size, wholeSum };
}

/** Adds a group of t values at one doubled midrank to rows 1 … top (choosing r of them: C(t, r) ways). */
function addGroup(
  ways: Float64Array,
  lo: Int32Array,
  hi: Int32Array,
  top: number,
  t: number,
  doubledMidrank: number,
  stride: number,
): void {
  // Descending j: rows j − r (r ≥ 1) still hold the previous groups' counts when row j reads them.
  for (let j = top; j >= 1; j--) {
    for (let r = 1; r <= Math.min(t, j); r++) {
      addShifted(ways, lo, hi, j, j - r, r * doubledMidrank, r === 1 ? t : choose(t, r), stride);
    }
  }
}

/** The groups start … end − 1 of the longest run of groups of one value among first … end − 1. */
function longestUntiedRun(
  ties: readonly number[],
  first: number,
  end: number,
): { start: number; end: number } {
  let best = { start: first, end: first };
  let start = first;
  for (let g = first; g <= end; g++) {
    if (g < end && ties[g] === 1) continue;
    if (g - start > best.end - best.start) best = { start, end: g };
    start = g + 1;
  }
  return best;
}

/** Picks of j values from ranks 1 … size with no ties, by doubled rank sum: row j covers j(j+1) … j(2·size − j + 1). */
interface UntiedPicks {
  /** Row j's first cell in `ways`. */
  start: Int32Array;
  ways: Float64Array;
}

/** The untied counts for a part of `size` values, up to the most rows any call reads, made once per size. */
function untiedPicks(size: number): UntiedPicks {
  let table = untiedPicksCache.get(size);
  if (table) return table;
  const rows = Math.min(size, MANN_WHITNEY_TIES_EXACT_LIMIT) + 1;
  const stride = size * (size + 1) + 1;
  const full = new Float64Array(rows * stride);
  full[0] = 1;
  // Adding rank k: row j gains row j − 1 moved up by 2k (descending j reads the rows before rank k).
  for (let k = 1; k <= size; k++) {
    for (let j = Math.min(k, rows - 1); j >= 1; j--) {
      for (let s = j * (2 * k - j + 1); s >= 2 * k + j * (j - 1); s -= 2) {
        full[j * stride + s] =
          (full[j * stride + s] as number) + (full[(j - 1) * stride + s - 2 * k] as number);
      }
    }
  }
  const start = new Int32Array(rows + 1);
  for (let j = 0; j < rows; j++) start[j + 1] = (start[j] as number) + 2 * j * (size - j) + 1;
  const ways = new Float64Array(start[rows] as number);
  for (let j = 0; j < rows; j++) {
    const from = j * stride + j * (j + 1);
    ways.set(full.subarray(from, from + 2 * j * (size - j) + 1), start[j] as number);
  }
  table = { start, ways };
  untiedPicksCache.set(size, table);
  return table;
}

const untiedPicksCache = new Map<number, UntiedPicks>();

/** Rows 0 … counted of the untied counts, ranks moved up by `before`, the part below `stride`. */
function copyUntied(
  ways: Float64Array,
  lo: Int32Array,
  hi: Int32Array,
  untied: UntiedPicks,
  counted: number,
  before: number,
  stride: number,
): void {
  for (let j = 0; j <= counted && j + 1 < untied.start.length; j++) {
    const first = j * (2 * before + j + 1);
    const rowLength = (untied.start[j + 1] as number) - (untied.start[j] as number);
    const last = Math.min(first + rowLength - 1, stride - 1);
    if (first > last) continue;
    // A loop, not set(subarray(…)): a typed-array view per row cost more than the copy.
    const source = (untied.start[j] as number) - first;
    const target = j * stride;
    for (let s = first; s <= last; s++) ways[target + s] = untied.ways[source + s] as number;
    lo[j] = first;
    hi[j] = last;
  }
}

/** Cells counted for rows 0 … half in full: doubled sums of j of the part's ranks span 2j(size − j). */
function mirroredCells(size: number, half: number): number {
  let cells = 0;
  for (let j = 0; j <= half; j++) cells += 2 * j * (size - j) + 1;
  return cells;
}

/** Cells counted for rows 0 … maxPicks cut off at `width`. */
function cutCells(before: number, size: number, maxPicks: number, width: number): number {
  let cells = 0;
  for (let j = 0; j <= maxPicks; j++) {
    const smallest = j * (2 * before + j + 1);
    const largest = j * (2 * (before + size) - j + 1);
    cells += Math.max(0, Math.min(largest, width - 1) - smallest + 1);
  }
  return cells;
}

/** Row `to` += factor × row `from` moved up by `shift` sums (the part that stays below `width`). */
function addShifted(
  ways: Float64Array,
  lo: Int32Array,
  hi: Int32Array,
  to: number,
  from: number,
  shift: number,
  factor: number,
  width: number,
): void {
  const first = (lo[from] as number) + shift;
  const last = Math.min((hi[from] as number) + shift, width - 1);
  if (first > last) return;
  const target = to * width;
  const source = from * width - shift;
  const oldLo = lo[to] as number;
  const oldHi = hi[to] as number;
  if (oldHi < 0) {
    ways.fill(0, target + first, target + last + 1);
    lo[to] = first;
    hi[to] = last;
  } else {
    if (first < oldLo) {
      ways.fill(0, target + first, target + oldLo);
      lo[to] = first;
    }
    if (last > oldHi) {
      ways.fill(0, target + oldHi + 1, target + last + 1);
      hi[to] = last;
    }
  }
  if (factor === 1) {
    // A value of its own (most values): no product to form.
    for (let i = target + first, k = source + first, end = target + last; i <= end; i++, k++) {
      ways[i] = (ways[i] as number) + (ways[k] as number);
    }
    return;
  }
  for (let i = target + first, k = source + first, end = target + last; i <= end; i++, k++) {
    ways[i] = (ways[i] as number) + factor * (ways[k] as number);
  }
}

/** Each row's counts summed up to each sum, on its non-zero range. */
function cumulate({ ways, counted, stride, lo, hi }: PickCounts): void {
  for (let j = 0; j <= counted; j++) {
    const row = j * stride;
    let sum = 0;
    for (let s = lo[j] as number; s <= (hi[j] as number); s++) {
      sum += ways[row + s] as number;
      ways[row + s] = sum;
    }
  }
}

/** The counting tables and their rows' ranges, kept between calls: a suite asks for thousands of tests of the same sizes. */
interface Workspace {
  buffer: Float64Array;
  lo: Int32Array;
  hi: Int32Array;
}

function workspace(): Workspace {
  const rows = MANN_WHITNEY_TIES_EXACT_LIMIT + 1;
  return {
    buffer: new Float64Array(0),
    lo: new Int32Array(rows),
    hi: new Int32Array(rows),
  };
}
const lowWork = workspace();
const highWork = workspace();

/** Normal approximation with tie correction Σ(t³ − t) and continuity correction, as benchstat. */
function normalApproximationP(n1: number, n2: number, u1: number, ties: readonly number[]): number {
  const n = n1 + n2;
  const tieCorrection = ties.reduce((sum, t) => sum + t * t * t - t, 0);
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt((n1 * n2 * (n + 1 - tieCorrection / (n * (n - 1)))) / 12);
  let numerator = u1 - mean;
  numerator -= Math.sign(numerator) * 0.5;
  return Math.min(1, 2 * normalSurvival(Math.abs(numerator / sd)));
}

/** The smallest two-sided p the test can give for two samples of n values each: 2 / C(2n, n). */
export function mannWhitneyMinP(n: number): number {
  return Math.min(1, 2 / choose(2 * n, n));
}

/**
 * The smallest n for which two samples of n values each can reach p ≤ alpha (benchstat's "need >= 4
 * samples to detect a difference at alpha level 0.05"); ∞ when alpha ≤ 0.
 */
export function minimumSamplesPerSide(alpha: number): number {
  if (!(alpha > 0)) return Number.POSITIVE_INFINITY;
  let n = 1;
  while (mannWhitneyMinP(n) > alpha) n++;
  return n;
}
