// Recorded histories for the dashboard's tests and benchmark: the go history fixtures recorded one run
// after another as the action records them (each entry with the series its comparison flagged), and
// generated suites of any size.
import { compare } from '../../src/engine/compare.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import { historyEntry } from '../../src/pipeline/compare-run.js';
import type { HistoryDocument, HistoryEntry } from '../../src/store/store.js';
import { fixture } from '../helpers/fixtures.js';
import { seededRandom } from '../helpers/random.js';

const GO_RUNS = [1, 2, 3, 4, 5, 6, 7, 8, 9]
  .map((k) => `go/history/same_${k}.txt`)
  .concat('go/history/regressed_1.txt');

/** The go fixtures as ten recordings of suite `go`: nine of the same code, then the regressed build. */
export function goHistory(): HistoryDocument {
  const entries: HistoryEntry[] = [];
  GO_RUNS.forEach((file, i) => {
    const run = { files: [], parsed: parseInputs([fixture(file)], 'auto') };
    const report = compare(
      entries.map((e) => ({ results: e.results })),
      run.parsed.results,
    );
    entries.push(
      historyEntry(run, {
        commit: `${(i + 1).toString(16).padStart(2, '0')}${'c0ffee'.repeat(6)}ab`,
        branch: 'main',
        runId: String(9000 + i),
        date: new Date(Date.UTC(2026, 10, 1 + i, 12)),
        message: file.includes('regressed') ? 'Mix: 20% more rounds' : `same code, run ${i + 1}`,
        report,
      }),
    );
  });
  return { schema: 'perf-regression/history', version: 1, suite: 'go', entries };
}

/** A generated suite: `series` timing series × `runs` recordings × `samples` samples each. */
export function generatedHistory(
  suite: string,
  series: number,
  runs: number,
  samples: number,
): HistoryDocument {
  const rng = seededRandom(series * 7919 + runs);
  const random = () => rng.uniform();
  const levels = Array.from({ length: series }, () => 10 ** (1 + random() * 5));
  const entries: HistoryEntry[] = Array.from({ length: runs }, (_, run) => {
    const results: BenchmarkResult[] = levels.map((level, k) => {
      const values = Array.from({ length: samples }, () => level * (1 + (random() - 0.5) * 0.04));
      const sorted = [...values].sort((a, b) => a - b);
      return {
        id: `bench_${k} [ns/op]`,
        name: `bench_${k}`,
        unit: 'ns/op',
        direction: 'smaller',
        n: samples,
        value: sorted[samples >> 1] as number,
        samples: values,
        source: { file: 'bench.txt' },
      };
    });
    return {
      commit: run.toString(16).padStart(40, '0'),
      branch: 'main',
      date: new Date(Date.UTC(2026, 0, 1) + run * 3_600_000).toISOString(),
      runId: String(run + 1),
      results,
    };
  });
  return { schema: 'perf-regression/history', version: 1, suite, entries };
}
