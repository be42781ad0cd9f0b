// Tail percentile rows (engine/tails.ts) on a real tinybench pair whose second build stalls on every
// 10th call of one task (__tests__/fixtures/tinybench-tails, regen.sh), and on made-up samples where each rule
// of which rows exist can be seen.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { type CompareOptions, defaultCompareOptions, parseBudgets } from '../../src/engine/options.js';
import { sameJobIgnored } from '../../src/engine/same-job.js';
import type { SeriesComparison } from '../../src/model/report.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import { reportPageData } from '../../src/render/html/report.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { fixture } from '../helpers/fixtures.js';
import { seededRandom } from '../helpers/random.js';

const run = (file: string) => parseInputs([fixture(`tinybench-tails/${file}`)], 'auto').results;
const withTails = (more: Partial<CompareOptions> = {}): CompareOptions => ({
  ...defaultCompareOptions(),
  percentiles: ['p95', 'p99'],
  ...more,
});
const row = (series: SeriesComparison[], name: string, statistic?: string) =>
  series.find((s) => s.name === name && s.statistic === statistic) as SeriesComparison;

describe('tail percentile rows on the real stalling build', () => {
  const report = compare([{ results: run('baseline.json') }], run('stalls.json'), withTails());

  it('flags the p95 and p99 of the task that stalls while its median row does not flag', () => {
    expect(row(report.series, 'checksum with cache', 'p95').status).toBe('regression');
    expect(row(report.series, 'checksum with cache', 'p99').status).toBe('regression');
    expect(row(report.series, 'checksum with cache', 'p95').test?.method).toBe('quantile');
    expect(row(report.series, 'checksum with cache').status).not.toBe('regression');
    expect(report.verdict).toBe('regression');
  });

  it('gives each tail row its own id after its series, and its quantile as the compared value', () => {
    const ids = report.series.map((s) => s.id);
    expect(ids).toEqual([
      'checksum with cache [ms]',
      'checksum with cache [ms] p95',
      'checksum with cache [ms] p99',
      'checksum [ms]',
      'checksum [ms] p95',
      'checksum [ms] p99',
    ]);
    const current = run('stalls.json')[0] as BenchmarkResult;
    const sorted = [...(current.samples as number[])].sort((a, b) => a - b);
    const p95 = row(report.series, 'checksum with cache', 'p95');
    expect(p95.current?.center).toBe(sorted[Math.ceil(sorted.length * 0.95) - 1]);
    expect(p95.baseline?.reference).toBeGreaterThan(0);
  });

  it('says which statistic each row compares in the Markdown, text, HTML and JSON reports', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('checksum with cache \\[p95\\]');
    expect(markdown).toContain('checksum with cache \\[p99\\]');
    expect(renderText(report)).toContain('checksum with cache [p95]');
    const page = reportPageData(report);
    expect(page.series.map((s) => s.name)).toContain('checksum with cache [p99]');
    const json = JSON.parse(renderJson(report)) as { series: { id: string; statistic?: string }[] };
    expect(json.series.map((s) => s.statistic)).toEqual([undefined, 'p95', 'p99', undefined, 'p95', 'p99']);
  });

  it('adds no rows unless asked for by `percentiles` or a budget', () => {
    const plain = compare([{ results: run('baseline.json') }], run('stalls.json'));
    expect(plain.series.map((s) => s.statistic)).toEqual([undefined, undefined]);
  });

  it('checks a budget on a percentile against that row only', () => {
    const budgets = parseBudgets('checksum with cache: p95 < 5ms, checksum: 1ms');
    const r = compare([{ results: run('baseline.json') }], run('stalls.json'), {
      ...defaultCompareOptions(),
      budgets,
    });
    expect(r.series.map((s) => [s.id, s.budget?.written, s.budget?.exceeded])).toEqual([
      ['checksum with cache [ms]', undefined, undefined],
      ['checksum with cache [ms] p95', 'p95 < 5 ms', true],
      ['checksum [ms]', '1 ms', false],
    ]);
  });
});

/** One series of `n` lognormal samples around 1 ms (1% CV), `slow` of them × 2. */
function series(n: number, seed: number, slow = 0, unit = 'ms'): BenchmarkResult {
  const r = seededRandom(seed);
  const samples = Array.from({ length: n }, (_, i) => Math.exp(0.01 * r.normal()) * (i < slow ? 2 : 1));
  const sorted = [...samples].sort((a, b) => a - b);
  const value = sorted[n >> 1] as number;
  return {
    id: `x [${unit}]`,
    name: 'x',
    unit,
    direction: 'smaller',
    n,
    value,
    samples,
    source: { file: 'f' },
  };
}

describe('which tail rows exist', () => {
  it('needs 5 samples beyond the quantile on each side: p95 from 100, p99 from 500', () => {
    const stats = (n: number) =>
      compare([{ results: [series(n, 1)] }], [series(n, 2)], withTails()).series.map((s) => s.statistic);
    expect(stats(99)).toEqual([undefined]);
    expect(stats(100)).toEqual([undefined, 'p95']);
    expect(stats(499)).toEqual([undefined, 'p95']);
    expect(stats(500)).toEqual([undefined, 'p95', 'p99']);
  });

  it('keeps a tail row new while the baseline run has too few samples for it', () => {
    const r = compare([{ results: [series(50, 1)] }], [series(200, 2)], withTails());
    expect(r.series.map((s) => [s.statistic, s.status])).toEqual([
      [undefined, 'unchanged'],
      ['p95', 'new'],
    ]);
  });

  it('gives no tail rows to units that are not times', () => {
    const r = compare([{ results: [series(200, 1, 0, 'B')] }], [series(200, 2, 0, 'B')], withTails());
    expect(r.series.map((s) => s.statistic)).toEqual([undefined]);
  });

  it('leaves an unchanged tail unchanged and finds 10% of the samples twice as slow', () => {
    const same = compare([{ results: [series(1000, 1)] }], [series(1000, 2)], withTails());
    expect(same.series.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const slowed = compare([{ results: [series(1000, 1)] }], [series(1000, 2, 100)], withTails());
    expect(slowed.series.map((s) => s.status)).toEqual(['unchanged', 'regression', 'regression']);
  });

  it('keeps tail rows out of the geomeans', () => {
    const r = compare([{ results: [series(1000, 1)] }], [series(1000, 2, 100)], withTails());
    expect(r.geomeans.map((g) => g.series)).toEqual([1]);
  });
});

describe('a same-job A/B', () => {
  it('warns that it compares no tail rows when they are asked for, and only then', () => {
    expect(sameJobIgnored(defaultCompareOptions())).toBeUndefined();
    expect(sameJobIgnored({ ...defaultCompareOptions(), budgets: parseBudgets('x: 5ms') })).toBeUndefined();
    expect(sameJobIgnored(withTails())).toContain('not compared in a same-job A/B');
    expect(sameJobIgnored({ ...defaultCompareOptions(), budgets: parseBudgets('x: p99 < 5ms') })).toContain(
      'only against a history',
    );
  });
});
