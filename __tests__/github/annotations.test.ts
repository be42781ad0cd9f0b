import { describe, expect, it } from 'vitest';
import { buildAnnotations, type FlaggedSeries } from '../../src/github/annotations.js';

const regression: FlaggedSeries = {
  name: 'BenchmarkMix-2',
  suite: 'benchfix/checksum',
  unit: 'ns/op',
  format: 'go',
  status: 'regression',
  message: 'ns/op: 412.3 → 478.9 (+16.2%), p = 0.0002',
  source: { file: './results/new.txt', line: 14 },
};

describe('buildAnnotations', () => {
  it('places a regression on the result line as a failure when the source is not known', () => {
    expect(buildAnnotations([regression])).toEqual([
      {
        path: 'results/new.txt',
        start_line: 14,
        end_line: 14,
        annotation_level: 'failure',
        title: 'Performance regression: benchfix/checksum › BenchmarkMix-2 (ns/op)',
        message: 'ns/op: 412.3 → 478.9 (+16.2%), p = 0.0002',
      },
    ]);
  });

  it('places it on the benchmark definition when the lookup finds one', () => {
    const seen: FlaggedSeries[] = [];
    const [annotation] = buildAnnotations([regression], (series) => {
      seen.push(series);
      return { file: 'checksum/checksum_test.go', line: 21 };
    });
    expect(seen).toEqual([regression]);
    expect(annotation).toMatchObject({ path: 'checksum/checksum_test.go', start_line: 21, end_line: 21 });
  });

  it('makes a budget breach a warning, and lets the caller override the level', () => {
    const overBudget: FlaggedSeries = {
      name: 'test_sort[10]',
      status: 'over-budget',
      message: '12.0 ms exceeds the budget of 10 ms',
      source: { file: 'bench.json' },
    };
    expect(buildAnnotations([overBudget, { ...regression, level: 'warning' }])).toEqual([
      {
        path: 'bench.json',
        start_line: 1,
        end_line: 1,
        annotation_level: 'warning',
        title: 'Over budget: test_sort[10]',
        message: '12.0 ms exceeds the budget of 10 ms',
      },
      expect.objectContaining({
        annotation_level: 'warning',
        title: expect.stringMatching(/^Performance regression/),
      }),
    ]);
  });

  it('uses forward slashes and drops control characters, keeping newlines in the message', () => {
    const [annotation] = buildAnnotations([
      {
        ...regression,
        name: 'Bench\u001b[31mRed',
        message: 'line one\r\nline two\u0007',
        source: { file: 'results\\win\\new.txt', line: 3 },
      },
    ]);
    expect(annotation).toMatchObject({
      path: 'results/win/new.txt',
      title: 'Performance regression: benchfix/checksum › Bench[31mRed (ns/op)',
      message: 'line one\nline two',
    });
  });

  it('cuts the title to 255 characters and the message to 64 KB of UTF-8', () => {
    const [annotation] = buildAnnotations([
      { ...regression, suite: undefined, name: 'n'.repeat(400), message: 'é'.repeat(40_000) },
    ]);
    expect(annotation?.title).toHaveLength(255);
    expect(annotation?.title.endsWith('n…')).toBe(true);
    const bytes = new TextEncoder().encode(annotation?.message).length;
    expect(bytes).toBeLessThanOrEqual(65_535);
    expect(bytes).toBeGreaterThan(65_530);
    expect(annotation?.message.endsWith('é…')).toBe(true);
  });

  it('puts a newline of a name into the title as a space', () => {
    const [annotation] = buildAnnotations([
      { ...regression, suite: undefined, unit: undefined, name: 'a\nb' },
    ]);
    expect(annotation?.title).toBe('Performance regression: a b');
  });
});
