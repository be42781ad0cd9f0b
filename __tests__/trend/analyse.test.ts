import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/engine/options.js';
import { analyseTrend, reachesThreshold } from '../../src/engine/trend/analyse.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { commitAt, simulatedHistory } from './history.js';

const flat = (name: string) => ({ name });

describe('analyseTrend: what counts', () => {
  it('makes one active event of two series that got 15% slower at the same run, and names its commits', () => {
    const history = simulatedHistory(30, [
      { name: 'BenchmarkA', steps: [{ at: 20, factor: 1.15 }] },
      { name: 'BenchmarkB', steps: [{ at: 20, factor: 1.18 }] },
      flat('BenchmarkC'),
    ]);
    const report = analyseTrend('go', history);
    expect(report.events).toHaveLength(1);
    const [event] = report.events;
    expect(event?.kind).toBe('regression');
    expect(event?.status).toBe('active');
    expect(event?.key).toBe(commitAt(20));
    expect(event?.lastGood?.commit).toBe(commitAt(19));
    expect(event?.changePoints.map((c) => c.name)).toEqual(['BenchmarkB', 'BenchmarkA']);
    const a = event?.changePoints.find((c) => c.name === 'BenchmarkA');
    expect(a?.percent).toBeGreaterThan(12);
    expect(a?.percent).toBeLessThan(18);
    expect(a?.ci[0]).toBeLessThan(a?.percent as number);
    expect(a?.ci[1]).toBeGreaterThan(a?.percent as number);
    expect(a?.levelBefore.runs).toBe(20);
    expect(a?.levelAfter.runs).toBe(10);
    expect(report.histories.map((h) => h.seriesId).sort()).toEqual([
      'BenchmarkA [ns/op]',
      'BenchmarkB [ns/op]',
    ]);
  });

  it('joins change points one run apart into one event, and keeps them apart at three runs', () => {
    const near = analyseTrend(
      'go',
      simulatedHistory(30, [
        { name: 'A', steps: [{ at: 20, factor: 1.2 }] },
        { name: 'B', steps: [{ at: 21, factor: 1.2 }] },
      ]),
    );
    expect(near.events).toHaveLength(1);
    expect(near.events[0]?.firstBad.run).toBe(20);
    expect(near.events[0]?.lastBad.run).toBe(21);
    const far = analyseTrend(
      'go',
      simulatedHistory(30, [
        { name: 'A', steps: [{ at: 18, factor: 1.2 }] },
        { name: 'B', steps: [{ at: 21, factor: 1.2 }] },
      ]),
    );
    expect(far.events.map((e) => e.firstBad.run)).toEqual([18, 21]);
  });

  it('waits for four runs at the new level before it counts a change point', () => {
    const history = simulatedHistory(31, [{ name: 'A', steps: [{ at: 28, factor: 1.3 }] }]);
    expect(analyseTrend('go', history).events).toEqual([]);
    const more = simulatedHistory(32, [{ name: 'A', steps: [{ at: 28, factor: 1.3 }] }]);
    expect(analyseTrend('go', more).events.map((e) => e.firstBad.run)).toEqual([28]);
  });

  it('counts a step of exactly the threshold (2% noise) whichever side of it five runs measure it', () => {
    const measured: number[] = [];
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const history = simulatedHistory(35, [{ name: 'A', cv: 0.02, steps: [{ at: 30, factor: 1.1 }] }], seed);
      const report = analyseTrend('go', history);
      const runs = report.events.map((e) => e.firstBad.run);
      expect(runs.length, `seed ${seed}`).toBeLessThanOrEqual(1);
      if (runs.length === 1 && Math.abs((runs[0] as number) - 30) <= 1) found++;
      measured.push(report.changePoints[0]?.percent ?? Number.NaN);
    }
    // docs/trend.md: 99–99.3% of such steps at 2% noise; these seeds miss one.
    expect(found).toBe(39);
    // The point of the rule: many of these measure below 10% and count all the same.
    expect(measured.filter((p) => p < 10).length).toBeGreaterThan(10);
  });

  it.each([
    ['beyond the threshold', 0.11, [0.02, 0.2], true],
    ['at 85% of it, the interval reaching it however wide', 0.085, [0.01, 0.16], true],
    ['at 75% of it, with a narrow interval from 46% to beyond it', 0.075, [0.046, 0.105], true],
    ['at 75% of it, the interval as wide as 5% noise makes it', 0.075, [0.005, 0.14], false],
    ['at 75% of it, the interval short of it', 0.075, [0.055, 0.095], false],
    ['at 65% of it, however narrow', 0.065, [0.046, 0.105], false],
    ['an improvement of 75% of it, narrow', -0.075, [-0.105, -0.046], true],
  ] as [string, number, [number, number], boolean][])(
    'reachesThreshold (10%%): %s',
    (_what, worse, ci, expected) => {
      expect(reachesThreshold(worse, ci, 0.1)).toBe(expected);
    },
  );

  it('does not count a step clearly below the threshold, however sure it is', () => {
    const history = simulatedHistory(40, [{ name: 'A', cv: 0.002, steps: [{ at: 30, factor: 1.09 }] }]);
    const report = analyseTrend('go', history);
    expect(report.events).toEqual([]);
    expect(report.changePoints.map((c) => [c.after.run, c.notCounted])).toEqual([[30, 'below-threshold']]);
  });

  it('files nothing for runs slowed by other work: alone, two in a row, or two of the newest four', () => {
    const slowed = (runs: number[], factor: number) =>
      simulatedHistory(40, [{ name: 'A', cv: 0.01 }], 3).map((run, i) =>
        runs.includes(i)
          ? { ...run, results: run.results.map((r) => ({ ...r, value: r.value * factor })) }
          : run,
      );
    for (const runs of [[12], [20, 21], [36, 38], [30, 31, 36, 38]]) {
      const report = analyseTrend('go', slowed(runs, 1.5));
      expect(report.events, `slow runs ${runs}`).toEqual([]);
    }
  });

  it('files nothing for four slowed runs in a row that scatter, and counts four at one new level', () => {
    // Bursts the bench draws (10–80% slower): four in a row leave no neighbour for the outlier filter.
    const scaled = (factors: number[]) =>
      simulatedHistory(60, [{ name: 'A', cv: 0.01 }], 7).map((run, i) => {
        const factor = i >= 56 ? (factors[i - 56] as number) : 1;
        return { ...run, results: run.results.map((r) => ({ ...r, value: r.value * factor })) };
      });
    const burst = analyseTrend('go', scaled([1.4, 1.67, 1.21, 1.53]));
    expect(burst.events).toEqual([]);
    expect(burst.changePoints.map((c) => [c.after.run, c.notCounted])).toEqual([[56, 'not-held']]);
    // Once the slow runs are followed by the old level again, the row is judged as recorded still.
    const back = analyseTrend('go', [
      ...scaled([1.4, 1.67, 1.21, 1.53]),
      ...simulatedHistory(5, [{ name: 'A', cv: 0.01 }], 8),
    ]);
    expect(back.events).toEqual([]);
    expect(analyseTrend('go', scaled([1.3, 1.31, 1.29, 1.3])).events.map((e) => e.firstBad.run)).toEqual([
      56,
    ]);
  });

  it('still finds a real step with a slowed run inside it and one before it', () => {
    const history = simulatedHistory(40, [{ name: 'A', cv: 0.01, steps: [{ at: 30, factor: 1.12 }] }], 5).map(
      (run, i) =>
        i === 12 || i === 32
          ? { ...run, results: run.results.map((r) => ({ ...r, value: r.value * 1.6 })) }
          : run,
    );
    expect(analyseTrend('go', history).events.map((e) => e.firstBad.run)).toEqual([30]);
  });

  it('applies the series threshold as pull requests do: 6% is below 10%, above a `A*: 5%` rule', () => {
    const history = simulatedHistory(30, [{ name: 'A', cv: 0.005, steps: [{ at: 15, factor: 1.06 }] }]);
    const plain = analyseTrend('go', history);
    expect(plain.events).toEqual([]);
    expect(plain.changePoints.map((c) => c.notCounted)).toEqual(['below-threshold']);
    const ruled = analyseTrend('go', history, { thresholds: parseThresholds('10%, A*: 5%') });
    expect(ruled.events).toHaveLength(1);
    expect(ruled.events[0]?.changePoints[0]?.threshold).toBe(0.05);
  });

  it('counts a throughput drop as a regression, its percent negative', () => {
    const history = simulatedHistory(30, [{ name: 'Read', unit: 'MB/s', steps: [{ at: 15, factor: 0.8 }] }]);
    const [event] = analyseTrend('go', history).events;
    expect(event?.kind).toBe('regression');
    expect(event?.changePoints[0]?.percent).toBeLessThan(-15);
  });

  it('reports an improvement as its own kind of event', () => {
    const history = simulatedHistory(30, [{ name: 'A', steps: [{ at: 15, factor: 0.7 }] }]);
    expect(analyseTrend('go', history).events.map((e) => e.kind)).toEqual(['improvement']);
  });
});

describe('analyseTrend: active or recovered', () => {
  it('marks a regression recovered at the run the old level came back, and the step back is no improvement', () => {
    const history = simulatedHistory(22, [
      {
        name: 'A',
        steps: [
          { at: 12, factor: 1.2 },
          { at: 18, factor: 1 / 1.2 },
        ],
      },
    ]);
    const report = analyseTrend('go', history);
    expect(report.changePoints.map((c) => [c.after.run, c.kind, c.notCounted])).toEqual([
      [12, 'regression', undefined],
      [18, 'improvement', 'recovery'],
    ]);
    expect(report.events).toHaveLength(1);
    expect(report.events[0]?.status).toBe('recovered');
    expect(report.events[0]?.recoveredAt?.run).toBe(18);
  });

  it('stays active while the series is only part of the way back', () => {
    const history = simulatedHistory(40, [
      {
        name: 'A',
        cv: 0.005,
        steps: [
          { at: 12, factor: 1.3 },
          { at: 24, factor: 0.9 },
        ],
      },
    ]);
    const [event] = analyseTrend('go', history).events;
    expect(event?.status).toBe('active');
  });

  it('leaves out a series that is 0 in some runs, saying why, and one that is always 0 silently', () => {
    const history = simulatedHistory(10, [flat('A')]).map((run, i) => {
      const a = run.results[0] as BenchmarkResult;
      const z = { ...a, id: 'Z [allocs/op]', value: i === 3 ? 0 : 2 };
      const never = { ...a, id: 'N [allocs/op]', value: 0 };
      return { ...run, results: [...run.results, z, never] };
    });
    const report = analyseTrend('go', history);
    expect(report.series).toBe(1);
    expect(report.skipped).toEqual([{ seriesId: 'Z [allocs/op]', reason: expect.stringContaining('run 4') }]);
  });
});
