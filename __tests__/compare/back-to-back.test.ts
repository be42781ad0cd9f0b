import { describe, expect, it } from 'vitest';
import { backToBackRegressions } from '../../src/engine/bursts.js';
import { BACK_TO_BACK_MIN } from '../../src/engine/tuning.js';
import type { SeriesComparison, Status } from '../../src/model/report.js';
import { seriesOf } from '../render/reports.js';

/** A go series of benchmark `name` in package `pkg`, as compare() reports it. */
function go(name: string, status: Status, unit = 'ns/op', pkg = 'example.com/m'): SeriesComparison {
  return seriesOf(name, status, { id: `${pkg}::${name}-2 [${unit}]`, unit, format: 'go', suite: pkg });
}

const names = (series: SeriesComparison[]) => backToBackRegressions(series).map((b) => b.benchmarks);

/** Go benchmarks B0, B1, … in run order, one timing series each, with these statuses. */
const inRow = (...statuses: Status[]) => statuses.map((status, i) => go(`B${i}`, status));

describe('backToBackRegressions', () => {
  it(`finds ${BACK_TO_BACK_MIN} go benchmarks that regressed one right after another; a benchmark's units count once`, () => {
    expect(
      names([
        go('BenchmarkA', 'unchanged'),
        go('BenchmarkB', 'regression'),
        go('BenchmarkB', 'regression', 'MB/s'),
        go('BenchmarkB', 'unchanged', 'B/op'),
        go('BenchmarkC', 'regression'),
        go('BenchmarkD', 'regression'),
        go('BenchmarkE', 'unchanged'),
      ]),
    ).toEqual([['BenchmarkB', 'BenchmarkC', 'BenchmarkD']]);
  });

  it('says nothing about two in a row, or three with an unchanged one between them', () => {
    expect(names([go('BenchmarkA', 'regression'), go('BenchmarkB', 'regression')])).toEqual([]);
    expect(names(inRow('regression', 'regression', 'inconclusive', 'regression'))).toEqual([]);
  });

  it('counts a benchmark as regressed only by a timing series, and a new one ends a block', () => {
    const memoryOnly = [go('BenchmarkB', 'unchanged'), go('BenchmarkB', 'regression', 'allocs/op')];
    expect(names([go('BenchmarkA', 'regression'), ...memoryOnly, go('BenchmarkC', 'regression')])).toEqual(
      [],
    );
    expect(names(inRow('regression', 'regression', 'new', 'regression'))).toEqual([]);
  });

  it('finds every block, across package boundaries (go test runs packages in turn)', () => {
    const run = [
      go('BenchmarkA', 'regression', 'ns/op', 'p1'),
      go('BenchmarkB', 'regression', 'ns/op', 'p1'),
      go('BenchmarkC', 'regression', 'ns/op', 'p2'),
      go('BenchmarkD', 'unchanged', 'ns/op', 'p2'),
      go('BenchmarkE', 'regression', 'ns/op', 'p2'),
      go('BenchmarkF', 'regression', 'ns/op', 'p2'),
      go('BenchmarkG', 'regression', 'ns/op', 'p2'),
    ];
    expect(names(run)).toEqual([
      ['BenchmarkA', 'BenchmarkB', 'BenchmarkC'],
      ['BenchmarkE', 'BenchmarkF', 'BenchmarkG'],
    ]);
  });

  it('leaves out output that is not in run order, and missing series; criterion counts as printed', () => {
    const pytest = ['a', 'b', 'c'].map((n) =>
      seriesOf(`test_${n}`, 'regression', { unit: 's', format: 'pytest' }),
    );
    expect(names(pytest)).toEqual([]);
    // criterion: its printed output (lines) runs in order, its result directory is listed by name.
    const criterion = (printed: boolean) =>
      ['mix', 'fold', 'fib'].map((n, i) =>
        seriesOf(n, 'regression', {
          unit: 'ns',
          format: 'criterion',
          source: printed
            ? { file: 'bench.txt', line: 10 * (i + 1) }
            : { file: `target/criterion/${n}/new/estimates.json` },
        }),
      );
    expect(names(criterion(true))).toEqual([['mix', 'fold', 'fib']]);
    expect(backToBackRegressions(criterion(true))[0]?.format).toBe('criterion');
    expect(names(criterion(false))).toEqual([]);
    // Two outputs in one report: go's last two and criterion's first two never ran back to back.
    const both = [
      go('BenchmarkX', 'unchanged'),
      go('BenchmarkY', 'regression'),
      go('BenchmarkZ', 'regression'),
    ];
    expect(names([...both, ...criterion(true).slice(0, 2)])).toEqual([]);
    expect(backToBackRegressions([...both, ...criterion(true)]).map((b) => b.format)).toEqual(['criterion']);
    const missing = ['BenchmarkA', 'BenchmarkB', 'BenchmarkC'].map((n) => go(n, 'missing'));
    expect(names(missing)).toEqual([]);
  });
});
