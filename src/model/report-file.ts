// A JSON report read back from a file someone else wrote (the fork-PR pattern: the unprivileged
// workflow computes it, the privileged one publishes it). Untrusted: every field the renderers and the
// publishing read is checked for its type, and anything wrong is one line naming the field.
import { InputError } from './errors.js';
import { type ComparisonReport, STATUSES, TAIL_STATISTICS } from './report.js';

const VERDICTS = ['pass', 'regression', 'over-budget', 'no-baseline', 'no-common-series'];
const NOISE = ['estimated', 'from-suite', 'not-estimated', 'no-baseline', 'same-job'];
const METHODS = [
  'mann-whitney',
  'welch',
  'interval',
  'history',
  'exact',
  'threshold-only',
  'same-job',
  'quantile',
];
const REASONS = [
  'interval-holds-no-change',
  'lone-change-unreachable',
  'no-comparable-value',
  'noise-wider-than-threshold',
  'too-few-passes',
  'too-few-samples',
  'unverified',
  'was-zero',
  'within-suite-moves',
  'within-suite-typical-spread',
  'within-window-and-suite-spread',
  'within-window-spread',
];

type Json = Record<string, unknown>;

class Check {
  constructor(private readonly file: string) {}

  fail(field: string, expected: string): never {
    throw new InputError(`${this.file}: ${field}: expected ${expected}`);
  }

  object(v: unknown, field: string): Json {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'an object');
    return v as Json;
  }

  array(v: unknown, field: string): unknown[] {
    if (!Array.isArray(v)) this.fail(field, 'an array');
    return v;
  }

  number(v: unknown, field: string): void {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, 'a finite number');
  }

  string(v: unknown, field: string): void {
    if (typeof v !== 'string') this.fail(field, 'a string');
  }

  oneOf(v: unknown, field: string, values: readonly string[]): void {
    if (typeof v !== 'string' || !values.includes(v)) this.fail(field, `one of ${values.join(', ')}`);
  }

  optional(o: Json, key: string, field: string, check: (v: unknown, field: string) => void): void {
    if (o[key] !== undefined) check(o[key], `${field}.${key}`);
  }

  numbers(v: unknown, field: string): void {
    this.array(v, field).forEach((x, i) => {
      this.number(x, `${field}[${i}]`);
    });
  }

  side(v: unknown, field: string, baseline: boolean): void {
    const o = this.object(v, field);
    this.number(o.center, `${field}.center`);
    this.number(o.n, `${field}.n`);
    for (const key of ['mean', 'median', 'min', 'max', 'stddev'])
      this.optional(o, key, field, (x, f) => this.number(x, f));
    this.optional(o, 'samples', field, (x, f) => this.numbers(x, f));
    if (baseline) {
      this.number(o.reference, `${field}.reference`);
      this.number(o.runs, `${field}.runs`);
      this.numbers(o.runCenters, `${field}.runCenters`);
      this.optional(o, 'commit', field, (x, f) => this.string(x, f));
    }
  }

  series(v: unknown, field: string): void {
    const s = this.object(v, field);
    for (const key of ['id', 'name', 'unit']) this.string(s[key], `${field}.${key}`);
    this.oneOf(s.direction, `${field}.direction`, ['smaller', 'bigger']);
    this.oneOf(s.status, `${field}.status`, STATUSES);
    this.number(s.threshold, `${field}.threshold`);
    this.optional(s, 'suite', field, (x, f) => this.string(x, f));
    this.optional(s, 'statistic', field, (x, f) => this.oneOf(x, f, Object.keys(TAIL_STATISTICS)));
    this.optional(s, 'baseline', field, (x, f) => this.side(x, f, true));
    this.optional(s, 'current', field, (x, f) => this.side(x, f, false));
    for (const key of ['change', 'adjustedChange']) {
      this.optional(s, key, field, (x, f) => {
        const c = this.object(x, f);
        this.number(c.ratio, `${f}.ratio`);
        this.number(c.percent, `${f}.percent`);
        this.optional(c, 'ci', f, (ci, g) => this.numbers(ci, g));
      });
    }
    this.optional(s, 'test', field, (x, f) => {
      const t = this.object(x, f);
      this.oneOf(t.method, `${f}.method`, METHODS);
      for (const key of ['p', 'q', 'pWithin', 'pBetween'])
        this.optional(t, key, f, (y, g) => this.number(y, g));
      this.optional(t, 'leftOutPasses', f, (y, g) => this.numbers(y, g));
    });
    this.optional(s, 'reasons', field, (x, f) =>
      this.array(x, f).forEach((r, i) => {
        const reason = this.object(r, `${f}[${i}]`);
        this.oneOf(reason.code, `${f}[${i}].code`, REASONS);
        for (const [key, value] of Object.entries(reason)) {
          if (typeof value !== 'string' && (typeof value !== 'number' || !Number.isFinite(value)))
            this.fail(`${f}[${i}].${key}`, 'a number or a string');
        }
      }),
    );
    this.optional(s, 'budget', field, (x, f) => {
      const b = this.object(x, f);
      this.number(b.limit, `${f}.limit`);
      this.string(b.written, `${f}.written`);
      if (typeof b.exceeded !== 'boolean') this.fail(`${f}.exceeded`, 'true or false');
    });
  }
}

/**
 * The report in `text`, checked field by field. Source locations are dropped: they would make the
 * publisher read files at paths the report's writer chose.
 */
export function parseReportFile(text: string, file: string): ComparisonReport {
  const check = new Check(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${file}: not valid JSON (${(err as Error).message}); expected a perf-regression JSON report`,
    );
  }
  const r = check.object(json, 'the report');
  if (r.schema !== 'perf-regression/report' || r.version !== 1)
    check.fail(
      'schema, version',
      '"perf-regression/report" version 1 (a report written by perf-regression --json)',
    );
  check.oneOf(r.verdict, 'verdict', VERDICTS);
  const counts = check.object(r.counts, 'counts');
  for (const status of STATUSES) check.number(counts[status], `counts.${status}`);
  check.number(r.alpha, 'alpha');
  check.number(r.baselineRuns, 'baselineRuns');
  check.oneOf(r.runToRunNoise, 'runToRunNoise', NOISE);
  check.array(r.geomeans, 'geomeans').forEach((g, i) => {
    const o = check.object(g, `geomeans[${i}]`);
    check.string(o.unit, `geomeans[${i}].unit`);
    for (const key of ['series', 'baseline', 'current', 'percent'])
      check.number(o[key], `geomeans[${i}].${key}`);
  });
  const series = check.array(r.series, 'series');
  series.forEach((s, i) => {
    check.series(s, `series[${i}]`);
  });
  check.optional(r, 'backToBack', 'report', (x, f) =>
    check.array(x, f).forEach((b, i) => {
      const o = check.object(b, `${f}[${i}]`);
      check.array(o.benchmarks, `${f}[${i}].benchmarks`).forEach((n, j) => {
        check.string(n, `${f}[${i}].benchmarks[${j}]`);
      });
      check.oneOf(o.format, `${f}[${i}].format`, ['go', 'criterion']);
    }),
  );
  check.optional(r, 'drift', 'report', (x, f) => {
    const d = check.object(x, f);
    for (const key of ['percent', 'share', 'series']) check.number(d[key], `${f}.${key}`);
  });
  check.optional(r, 'sameJob', 'report', (x, f) => {
    const d = check.object(x, f);
    check.number(d.passes, `${f}.passes`);
    check.optional(d, 'baseCommit', f, (y, g) => check.string(y, g));
    check.optional(d, 'headCommit', f, (y, g) => check.string(y, g));
  });
  const report = r as unknown as ComparisonReport;
  return { ...report, series: report.series.map(({ source: _untrusted, ...s }) => s) } as ComparisonReport;
}
