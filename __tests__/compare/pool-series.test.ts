// One run read from several files: results of the same series are pooled (src/pool-series.ts).
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { type BenchmarkResult, seriesId } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import { poolSameSeries } from '../../src/parsers/pool.js';
import { fixture } from '../helpers/fixtures.js';

function part(file: string, samples: number[] | undefined, extra?: Record<string, unknown>): BenchmarkResult {
  return {
    id: seriesId('pkg', 'BenchmarkX', 'ns/op'),
    name: 'BenchmarkX',
    suite: 'pkg',
    unit: 'ns/op',
    direction: 'smaller',
    n: samples?.length ?? 10,
    value: samples ? ([...samples].sort((a, b) => a - b)[samples.length >> 1] ?? 0) : 100,
    ...(samples ? { samples } : { mean: 100, stddev: 3 }),
    ci: { lo: 1, hi: 2, level: 0.95 },
    ...(extra ? { extra } : {}),
    source: { file, line: 3 },
  };
}

describe('poolSameSeries', () => {
  it('pools the raw samples of one series from several parts, in input order', () => {
    const { results, warnings } = poolSameSeries([
      part('a.txt', [10, 12, 11], { iterations: [100, 100, 90], procs: 2 }),
      part('b.txt', [30, 13], { iterations: [80, 100], procs: 2 }),
    ]);
    expect(warnings).toEqual([]);
    expect(results).toHaveLength(1);
    const [x] = results as [BenchmarkResult];
    expect(x.samples).toEqual([10, 12, 11, 30, 13]);
    expect(x).toMatchObject({ n: 5, value: 12, median: 12, min: 10, max: 30, mean: 15.2 });
    expect(x.stddev).toBeCloseTo(Math.sqrt(278.8 / 4), 12);
    // The parts' intervals were of their own samples: none for the pool.
    expect(x.ci).toBeUndefined();
    expect(x.extra).toEqual({
      iterations: [100, 100, 90, 80, 100],
      procs: 2,
      pooledFrom: [
        { file: 'a.txt', line: 3 },
        { file: 'b.txt', line: 3 },
      ],
    });
    expect(x.source).toEqual({ file: 'a.txt', line: 3 });
  });

  it('keeps the first of parts without raw samples and names the others as ignored', () => {
    const { results, warnings } = poolSameSeries([part('a.json', undefined), part('b.json', undefined)]);
    expect(results).toEqual([part('a.json', undefined)]);
    expect(warnings).toEqual([
      {
        file: 'b.json',
        line: 3,
        message: 'pkg::BenchmarkX [ns/op] again (first in a.json), without raw samples to pool; ignored',
      },
    ]);
  });

  it('leaves results of different series alone', () => {
    const other = { ...part('a.txt', [1, 2]), id: seriesId('pkg', 'BenchmarkY', 'ns/op') };
    const one = part('a.txt', [5, 6]);
    expect(poolSameSeries([one, other]).results).toEqual([one, other]);
  });

  it('finds a series met again only after 10,000 others, and keeps every other series in its place', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...part('a.txt', [i, i + 1]),
      id: seriesId('pkg', `BenchmarkN${i}`, 'ns/op'),
    }));
    const again = { ...part('b.txt', [7]), id: (many[0] as BenchmarkResult).id };
    const { results } = poolSameSeries([...many, again]);
    expect(results).toHaveLength(10_000);
    expect(results[0]?.samples).toEqual([0, 1, 7]);
    expect(results.slice(1)).toEqual(many.slice(1));
    // Without a repeat the run comes back as it was: the same objects in the same order.
    const unique = poolSameSeries(many).results;
    expect(unique).not.toBe(many);
    expect(unique.every((r, i) => r === many[i])).toBe(true);
  });
});

describe('one run from several real files', () => {
  it('go: two runs of ten samples given as one run are 75 series of twenty samples', () => {
    const same1 = parseInputs([fixture('go/history/same_1.txt')], 'auto').results;
    const same2 = parseInputs([fixture('go/history/same_2.txt')], 'auto').results;
    const both = poolSameSeries(
      parseInputs([fixture('go/history/same_1.txt'), fixture('go/history/same_2.txt')], 'auto').results,
    );
    expect(both.results).toHaveLength(75);
    const mix = (rs: BenchmarkResult[]) => rs.find((r) => r.id.endsWith('BenchmarkMix-2 [ns/op]'));
    expect(mix(both.results)?.samples).toEqual([
      ...(mix(same1)?.samples ?? []),
      ...(mix(same2)?.samples ?? []),
    ]);
    expect(mix(both.results)?.n).toBe(20);
    expect(mix(both.results)?.extra?.iterations).toHaveLength(20);
  });

  it('pytest: five passes, a JSON file each, are one run of 15 series', () => {
    const files = [1, 2, 3, 4, 5].map((k) => fixture(`pytest/passes/passes_same_1/pass_${k}.json`));
    const parts = files.map((f) => parseInputs([f], 'auto').results);
    const run = poolSameSeries(parseInputs(files, 'auto').results);
    expect(run.warnings).toEqual([]);
    expect(run.results).toHaveLength(15);
    const mix = run.results.find((r) => r.name === 'test_mix');
    expect(mix?.n).toBe(parts.reduce((sum, p) => sum + (p.find((r) => r.name === 'test_mix')?.n ?? 0), 0));
  });

  it('compare(): a run holding one series twice is one series of pooled samples, not a window of two runs', () => {
    const same1 = parseInputs([fixture('go/history/same_1.txt')], 'auto').results;
    const same2 = parseInputs([fixture('go/history/same_2.txt')], 'auto').results;
    const current = parseInputs([fixture('go/history/same_3.txt')], 'auto').results;
    const unpooled = compare([{ results: [...same1, ...same2] }], [...current, ...current]);
    const pooled = compare(
      [{ results: poolSameSeries([...same1, ...same2]).results }],
      poolSameSeries([...current, ...current]).results,
    );
    expect(unpooled.series).toHaveLength(75);
    expect(unpooled.baselineRuns).toBe(1);
    const mix = unpooled.series.find((x) => x.id.endsWith('BenchmarkMix-2 [ns/op]'));
    expect(mix?.baseline).toMatchObject({ n: 20, runs: 1 });
    expect(mix?.current?.n).toBe(20);
    expect(unpooled).toEqual(pooled);
  });
});
