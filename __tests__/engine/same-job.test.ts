// The same-job A/B comparison: per-pass blocks of base and head samples from one machine.
import { describe, expect, it } from 'vitest';
import { compareSameJob, type SameJobPass } from '../../src/engine/same-job.js';
import { parseReportFile } from '../../src/model/report-file.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { seededRandom } from '../helpers/random.js';

function result(name: string, samples: number[], unit = 'ns/op'): BenchmarkResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
  return {
    id: `${name} [${unit}]`,
    name,
    unit,
    direction: 'smaller',
    n: samples.length,
    value: median as number,
    samples,
    format: 'go',
    source: { file: 'bench.txt' },
  };
}

/**
 * `passes` passes of `series` benchmarks, 10 samples a side at 1% within-run CV; every pass has a
 * machine factor shared by both sides (up to ×1.5) and each benchmark a per-pass offset of its own
 * (0.5%); `slower` names the benchmarks the head makes `factor` times slower.
 */
function simulate(passes: number, series: number, slower: Record<string, number>, seed = 1): SameJobPass[] {
  const random = seededRandom(seed);
  return Array.from({ length: passes }, () => {
    const machine = 1 + random.uniform() * 0.5;
    const side = (head: boolean) =>
      Array.from({ length: series }, (_, i) => {
        const name = `Benchmark${i}`;
        const offset = Math.exp(0.005 * random.normal());
        const factor = head ? (slower[name] ?? 1) : 1;
        return result(
          name,
          Array.from(
            { length: 10 },
            () => 1000 * machine * offset * factor * Math.exp(0.01 * random.normal()),
          ),
        );
      });
    return { base: side(false), head: side(true) };
  });
}

describe('the same-job comparison', () => {
  it('finds a 5% slowdown under a machine that moved by up to 50% between passes', () => {
    const report = compareSameJob(
      simulate(5, 40, { Benchmark3: 1.05 }),
      { baseCommit: 'abc' },
      {
        thresholds: { default: 0.02, rules: [] },
        alpha: 0.05,
        budgets: [],
      },
    );
    const flagged = report.series.filter((s) => s.status !== 'unchanged').map((s) => [s.name, s.status]);
    expect(flagged).toEqual([['Benchmark3', 'regression']]);
    const s3 = report.series.find((s) => s.name === 'Benchmark3');
    expect(s3?.test?.method).toBe('same-job');
    expect(s3?.change?.percent).toBeGreaterThan(3.5);
    expect(s3?.change?.percent).toBeLessThan(6.5);
    expect(s3?.change?.ci?.[0]).toBeGreaterThan(0);
    expect(report.sameJob).toEqual({ passes: 5, baseCommit: 'abc' });
    expect(report.runToRunNoise).toBe('same-job');
    expect(report.verdict).toBe('regression');
  });

  it('a burst of load on one side of one pass is left out, and the 5% slowdown still found', () => {
    const options = { thresholds: { default: 0.02, rules: [] }, alpha: 0.05, budgets: [] };
    const passes = simulate(5, 40, { Benchmark3: 1.05 }, 7);
    const burst = (r: BenchmarkResult) =>
      r.name === 'Benchmark3'
        ? result(
            r.name,
            (r.samples ?? []).map((x) => x * 1.3),
          )
        : r;
    const hit = passes.map((p, i) => (i === 2 ? { base: p.base, head: p.head.map(burst) } : p));
    const status = (method?: { outliers: boolean; moderated: boolean }) =>
      compareSameJob(hit, {}, options, method).series.find((s) => s.name === 'Benchmark3');
    const found = status();
    expect(found?.status).toBe('regression');
    expect(found?.test?.leftOutPasses).toEqual([3]);
    expect(found?.change?.percent).toBeGreaterThan(3.5);
    expect(found?.change?.percent).toBeLessThan(6.5);
    // Every pass kept, the burst's +30% swamps the other four passes' agreement.
    expect(status({ outliers: false, moderated: false })?.status).not.toBe('regression');
  });

  it('the report says which series had a pass left out, names escaped, and its file keeps them', () => {
    // Benchmark5 under an untrusted name; a burst slows its head side in pass 2 by 40%.
    const rename = (r: BenchmarkResult, factor = 1) =>
      r.name === 'Benchmark5'
        ? {
            ...result(
              '<b>Benchmark5</b>',
              (r.samples ?? []).map((x) => x * factor),
            ),
            id: r.id,
          }
        : r;
    const passes = simulate(5, 40, {}, 7).map((p, i) => ({
      base: p.base.map((r) => rename(r)),
      head: p.head.map((r) => rename(r, i === 1 ? 1.4 : 1)),
    }));
    const report = compareSameJob(passes, { baseCommit: 'abcdef0123456789' });
    const hit = report.series.filter((s) => s.test?.leftOutPasses?.length);
    expect(hit.map((s) => [s.id, s.test?.leftOutPasses])).toContainEqual(['Benchmark5 [ns/op]', [2]]);
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/In \d+ series? a pass lay so far from the others that its test left it out/);
    expect(markdown).toContain('&lt;b&gt;Benchmark5&lt;/b&gt; (pass 2)');
    expect(markdown).not.toContain('<b>Benchmark5');
    const reread = parseReportFile(JSON.stringify(report), 'report.json');
    expect(reread.series.find((s) => s.id === 'Benchmark5 [ns/op]')?.test?.leftOutPasses).toEqual([2]);
  });

  it('A/A under the same machine: nothing flagged', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const report = compareSameJob(simulate(5, 40, {}, seed));
      expect(report.counts.regression + report.counts.improvement, `seed ${seed}`).toBe(0);
    }
  });

  it('a series in only one pass on both sides is inconclusive: too few passes', () => {
    const passes = simulate(3, 2, { Benchmark1: 1.5 });
    const trimmed = passes.map((p, i) =>
      i === 0 ? p : { base: p.base.filter((r) => r.name !== 'Benchmark1'), head: p.head },
    );
    const report = compareSameJob(trimmed);
    const s = report.series.find((x) => x.name === 'Benchmark1');
    expect(s?.status).toBe('inconclusive');
    expect(s?.reasons).toEqual([{ code: 'too-few-passes', passes: 1 }]);
  });

  it('deterministic metrics are exact: identical allocations unchanged, more allocations a regression', () => {
    const allocs = (n: number) => result('BenchmarkA', [n, n, n], 'allocs/op');
    const passes: SameJobPass[] = [
      { base: [allocs(4)], head: [allocs(5)] },
      { base: [allocs(4)], head: [allocs(5)] },
    ];
    const report = compareSameJob(passes);
    expect(report.series[0]).toMatchObject({ status: 'regression', test: { method: 'exact' } });
    expect(compareSameJob([{ base: [allocs(4)], head: [allocs(4)] }]).series[0]?.status).toBe('unchanged');
  });
});
