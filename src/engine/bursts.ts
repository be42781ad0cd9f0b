// Regressions that ran back to back: what a burst of load on the machine during the current run looks
// like. A noisy neighbour on a shared runner slows whatever runs during its burst, and no comparison of
// one current run can tell that from a real slowdown. A change of code slows the benchmarks that
// exercise it, which need not be neighbours in the run; a burst slows neighbours. So when several
// benchmarks regressed one right after another, the report points it out and asks for a re-run. A
// hint, not a verdict: statuses stay as the tests made them (shared code of a package slows its
// benchmarks back to back too). docs/statistics.md ("Bursts of load") has the measurements.
//
// Only where the output lists benchmarks in the order they ran: `go test` prints them as it goes, and
// so does `cargo bench` with criterion — its printed output, not its result directory (listed by name,
// no lines). pytest-benchmark's and vitest's JSON are not documented to keep the run order.
import type { BackToBack, SeriesComparison } from '../model/report.js';
import { isTiming } from '../model/units.js';
import { BACK_TO_BACK_MIN } from './tuning.js';

/** Whether a series was read from output that lists benchmarks in the order they ran. */
function inRunOrder(s: SeriesComparison): boolean {
  return s.format === 'go' || (s.format === 'criterion' && s.source?.line !== undefined);
}

/**
 * Blocks of ≥ BACK_TO_BACK_MIN benchmarks, consecutive in the current run, each with a regressed
 * timing series. `series` in the order of the current run's results (as compare() builds them).
 * A benchmark is its id without the unit: its ns/op and MB/s are one benchmark. One that was not
 * compared (new, or no timing series) ends a block: it ran in between, and nobody knows how fast.
 */
export function backToBackRegressions(series: readonly SeriesComparison[]): BackToBack[] {
  // In order of first appearance (a Map keeps insertion order).
  const benchmarks = new Map<
    string,
    { name: string; format: BackToBack['format']; compared: boolean; regressed: boolean }
  >();
  for (const s of series) {
    if (s.status === 'missing' || !inRunOrder(s)) continue;
    const key = benchmarkKey(s.id);
    let entry = benchmarks.get(key);
    if (!entry) {
      entry = {
        name: s.name,
        format: s.format === 'go' ? 'go' : 'criterion',
        compared: false,
        regressed: false,
      };
      benchmarks.set(key, entry);
    }
    if (!isTiming(s.unit) || s.status === 'new') continue;
    entry.compared = true;
    if (s.status === 'regression') entry.regressed = true;
  }
  const blocks: BackToBack[] = [];
  let block: string[] = [];
  let format: BackToBack['format'] = 'go';
  const close = () => {
    if (block.length >= BACK_TO_BACK_MIN) blocks.push({ benchmarks: block, format });
    block = [];
  };
  for (const entry of benchmarks.values()) {
    // A report of two outputs (go and criterion) never runs one's benchmarks between the other's.
    if (block.length > 0 && entry.format !== format) close();
    format = entry.format;
    if (entry.compared && entry.regressed) block.push(entry.name);
    else close();
  }
  close();
  return blocks;
}

/** `pkg::BenchmarkX-2 [ns/op]` → `pkg::BenchmarkX-2`. */
function benchmarkKey(id: string): string {
  const unit = id.lastIndexOf(' [');
  return unit > 0 && id.endsWith(']') ? id.slice(0, unit) : id;
}
