// Issue 17, item 1: a run that shares no series with its baseline is verdict `no-common-series`, one
// that lost most of the baseline's series says so, and neither is recorded silently.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { parseInputs } from '../../src/parsers/index.js';
import { recordDecision } from '../../src/pipeline/run-checks.js';
import { verdictLine } from '../../src/render/inline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { fixture } from '../helpers/fixtures.js';

const go = parseInputs([fixture('go/baseline_cpu1_count10.txt')], 'auto').results;
const pytest = parseInputs([fixture('pytest/baseline.json')], 'auto').results;
const RELAX = { allowSeriesChange: false, option: 'allow-series-change: true' };

describe('a current run sharing no series with the baseline', () => {
  const report = compare([{ results: go }], pytest);

  it('is verdict no-common-series, with what each side held', () => {
    expect(report.verdict).toBe('no-common-series');
    expect(report.coverage).toMatchObject({
      baseline: { series: 75, formats: ['go'] },
      current: { series: 15, formats: ['pytest'] },
      common: 0,
      newestRunSeries: 75,
      missing: 75,
      lostMost: true,
    });
    expect(report.coverage?.current.examples).toEqual(['test_mix', 'test_count_primes', 'test_sorted[10]']);
  });

  it('says in the verdict line which side has what, and nothing else above the tables', () => {
    expect(verdictLine(report)).toBe(
      '⛔ **No series in common with the baseline**: this run has 15 series (pytest: test\\_mix, test\\_count\\_primes, test\\_sorted\\[10\\], …); the baseline has 75 series (go: BenchmarkAdler32/size=64, BenchmarkAdler32/size=1024, BenchmarkAdler32/size=16384, …). Nothing was compared: a broken benchmark step, or output of another tool, looks like this.',
    );
    const markdown = renderMarkdown(report, { title: 'benchmarks' });
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '### perf-regression: benchmarks',
      '',
      verdictLine(report),
      '',
    ]);
    expect(renderText(report).split('\n')[2]).toMatch(
      /^⛔ No series in common with the baseline: this run has 15 series \(pytest: test_mix,/,
    );
  });

  it('is not recorded unless the series changed on purpose', () => {
    expect(recordDecision(report, RELAX)).toEqual({
      record: false,
      warning:
        'this run shares no series with the stored history, so it is not recorded; set allow-series-change: true for a run whose benchmarks were renamed or replaced on purpose',
    });
    expect(recordDecision(report, { ...RELAX, allowSeriesChange: true })).toEqual({ record: true });
  });
});

describe('a current run that lost more than half of the baseline series', () => {
  // The first 30 of 75 go series: 45 of them lost.
  const report = compare([{ results: go }], go.slice(0, 30));

  it('passes what it compared, and says in the verdict line how many series are missing', () => {
    expect(report.verdict).toBe('pass');
    expect(report.coverage).toMatchObject({ common: 30, missing: 45, newestRunSeries: 75, lostMost: true });
    expect(verdictLine(report)).toBe(
      "✅ **No regressions**, 30 unchanged — ⚠️ **45 of the last baseline run's 75 series missing**",
    );
  });

  it('is recorded with a warning naming the counts', () => {
    expect(recordDecision(report, RELAX)).toEqual({
      record: true,
      warning:
        'recording a run that lacks 45 of the 75 series of the last recorded run; if benchmarks were removed on purpose, set allow-series-change: true to record such runs without this warning',
    });
    expect(recordDecision(report, { ...RELAX, allowSeriesChange: true })).toEqual({ record: true });
  });

  it('losing exactly half is only counted as missing', () => {
    const half = compare([{ results: go.slice(0, 40) }], go.slice(0, 20));
    expect(half.coverage?.lostMost).toBe(false);
    expect(verdictLine(half)).toBe('✅ **No regressions**, 20 unchanged — 20 missing');
    expect(recordDecision(half, RELAX)).toEqual({ record: true });
  });
});

describe('series coverage elsewhere', () => {
  it('a first run has no coverage and stays no-baseline', () => {
    const report = compare([], pytest);
    expect(report.verdict).toBe('no-baseline');
    expect(report.coverage).toBeUndefined();
    expect(recordDecision(report, RELAX)).toEqual({ record: true });
  });

  it('a baseline whose only run is empty is a first run, not a disjoint one', () => {
    const report = compare([{ results: [] }], pytest);
    expect(report.verdict).toBe('no-baseline');
  });

  it('an empty current run against a baseline shares nothing and is never recorded', () => {
    const report = compare([{ results: pytest }], []);
    expect(report.verdict).toBe('no-common-series');
    expect(recordDecision(report, { ...RELAX, allowSeriesChange: true })).toEqual({
      record: false,
      warning: 'this run holds no series; it is not recorded',
    });
  });

  it('a run of the same series as its baseline covers all of it', () => {
    const same = compare([{ results: go }], go);
    expect(same.verdict).toBe('pass');
    expect(same.coverage).toMatchObject({ common: 75, missing: 0, lostMost: false });
  });
});
