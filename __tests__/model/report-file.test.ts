// Reading back a JSON report another workflow wrote: a real report round-trips, anything malformed is
// one line naming the field, and source paths never come through.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { defaultCompareOptions } from '../../src/engine/options.js';
import { InputError } from '../../src/model/errors.js';
import { parseReportFile } from '../../src/model/report-file.js';
import { parseInputs } from '../../src/parsers/index.js';
import { renderJson } from '../../src/render/json.js';
import { fixture } from '../helpers/fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON document, mutated field by field below
type Doc = any;

const parsed = (file: string) => parseInputs([fixture(file)], 'auto').results;

function realReport(): Record<string, unknown> {
  const report = compare(
    [{ results: parsed('go/baseline_cpu1_count10.txt') }],
    parsed('go/regressed_cpu1_count10.txt'),
  );
  return JSON.parse(renderJson(report)) as Record<string, unknown>;
}

function errorOf(json: unknown): string {
  try {
    parseReportFile(JSON.stringify(json), 'report.json');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('a report file', () => {
  it('a report with tail percentile rows reads back with their statistic and method', () => {
    const report = compare(
      [{ results: parsed('tinybench-tails/baseline.json') }],
      parsed('tinybench-tails/stalls.json'),
      {
        ...defaultCompareOptions(),
        percentiles: ['p95'],
      },
    );
    const back = parseReportFile(renderJson(report), 'report.json');
    expect(back.series.map((s) => [s.statistic, s.test?.method])).toEqual([
      [undefined, 'mann-whitney'],
      ['p95', 'quantile'],
      [undefined, 'mann-whitney'],
      ['p95', 'quantile'],
    ]);
    const doc: Doc = JSON.parse(renderJson(report));
    doc.series[1].statistic = 'p90';
    expect(errorOf(doc)).toContain('series[1].statistic');
  });

  it('a report perf-regression wrote reads back whole, without its source locations', () => {
    const json = realReport();
    const report = parseReportFile(JSON.stringify(json), 'report.json');
    expect(report.series).toHaveLength((json.series as unknown[]).length);
    expect(report.verdict).toBe(json.verdict);
    expect((json.series as { source?: unknown }[]).some((s) => s.source)).toBe(true);
    expect(report.series.every((s) => s.source === undefined)).toBe(true);
  });

  it.each([
    [
      'not JSON',
      '{"schema":',
      /^report\.json: not valid JSON \(.*\); expected a perf-regression JSON report$/,
    ],
    [
      'another schema',
      { schema: 'x' },
      /^report\.json: schema, version: expected "perf-regression\/report" version 1/,
    ],
  ])('%s', (_, input, message) => {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    expect(() => parseReportFile(text, 'report.json')).toThrow(message);
  });

  it.each([
    [
      'verdict',
      (r: Doc) => {
        r.verdict = 'fine';
      },
      'report.json: verdict: expected one of pass, regression, over-budget, no-baseline, no-common-series',
    ],
    [
      'a count',
      (r: Doc) => {
        r.counts.regression = '1';
      },
      'report.json: counts.regression: expected a finite number',
    ],
    [
      'a name',
      (r: Doc) => {
        r.series[0].name = { toString: 1 };
      },
      'report.json: series[0].name: expected a string',
    ],
    [
      'a status',
      (r: Doc) => {
        r.series[3].status = 'great';
      },
      'report.json: series[3].status: expected one of regression, over-budget, improvement, inconclusive, unchanged, new, missing',
    ],
    [
      'a sample',
      (r: Doc) => {
        r.series[0].current.samples[2] = null;
      },
      'report.json: series[0].current.samples[2]: expected a finite number',
    ],
    [
      'a reason code',
      (r: Doc) => {
        r.series[0].reasons = [{ code: '<script>' }];
      },
      'report.json: series[0].reasons[0].code: expected one of interval-holds-no-change, lone-change-unreachable, no-comparable-value, noise-wider-than-threshold, too-few-passes, too-few-samples, unverified, was-zero, within-suite-moves, within-suite-typical-spread, within-window-and-suite-spread, within-window-spread',
    ],
    [
      'a reason field',
      (r: Doc) => {
        r.series[0].reasons = [{ code: 'unverified', runs: { x: 1 } }];
      },
      'report.json: series[0].reasons[0].runs: expected a number or a string',
    ],
    [
      'a test method',
      (r: Doc) => {
        r.series[0].test = { method: 'trust-me' };
      },
      'report.json: series[0].test.method: expected one of mann-whitney, welch, interval, history, exact, threshold-only, same-job, quantile',
    ],
    [
      'the series',
      (r: Doc) => {
        r.series = {};
      },
      'report.json: series: expected an array',
    ],
  ])('a wrong %s is one line naming the field', (_, mutate, message) => {
    const json = realReport();
    mutate(json);
    expect(errorOf(json)).toBe(message);
  });
});
