// wrk, hey, ApacheBench and locust: real outputs against __tests__/fixtures/load-server (see its README).
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { parseApacheBench } from '../../src/parsers/apache-bench.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseHey } from '../../src/parsers/hey.js';
import { parseInputs, parseRun } from '../../src/parsers/index.js';
import { parseLocust } from '../../src/parsers/locust.js';
import { parseWrk } from '../../src/parsers/wrk.js';
import { fixture } from '../helpers/fixtures.js';

/** id → value, and the direction and n every load-test series has. */
function values(out: ParseOutput): Record<string, number> {
  for (const r of out.results) expect(r.n).toBe(1);
  return Object.fromEntries(out.results.map((r) => [r.id, r.value]));
}

function byId(out: ParseOutput, id: string): BenchmarkResult {
  const found = out.results.find((r) => r.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
}

const WRK = 'http://127.0.0.1:18731/work';

describe('wrk --latency', () => {
  it('reads Requests/sec, the latency distribution in ms and the non-2xx answers', () => {
    const out = parseWrk(fixture('wrk/regressed.txt'));
    expect(values(out)).toEqual({
      [`${WRK} [req/s]`]: 1385.42,
      [`${WRK} p50 [ms]`]: 5.58,
      [`${WRK} p90 [ms]`]: 7.73,
      [`${WRK} p99 [ms]`]: 13.61,
      [`${WRK} [errors]`]: 41,
    });
    expect(byId(out, `${WRK} [req/s]`)).toMatchObject({
      direction: 'bigger',
      extra: { requests: 4189, elapsed: '3.02s', duration: '3s' },
      source: { file: 'wrk/regressed.txt', line: 1 },
    });
    expect(byId(out, `${WRK} p99 [ms]`)).toMatchObject({
      name: `${WRK} p99`,
      direction: 'smaller',
      params: { percentile: 'p99' },
      extra: { percentile: 99, percentiles: { '75': 5.91 } },
    });
    expect(byId(out, `${WRK} [errors]`)).toMatchObject({
      direction: 'smaller',
      extra: { assume: 'exact', 'non-2xx-3xx': 41 },
    });
    expect(values(parseWrk(fixture('wrk/baseline.txt')))).toMatchObject({
      [`${WRK} [req/s]`]: 6527.88,
      [`${WRK} p50 [ms]`]: 0.86,
      [`${WRK} [errors]`]: 0,
    });
  });

  it('counts socket errors (timeouts) as errors', () => {
    const out = parseWrk(fixture('wrk/timeouts.txt'));
    expect(byId(out, `${WRK} [errors]`)).toMatchObject({
      value: 6,
      extra: { assume: 'exact', connect: 0, read: 0, write: 0, timeout: 6 },
    });
    expect(byId(out, `${WRK} p99 [ms]`).value).toBe(666.43);
  });

  it('reads every run of a file that several wrk runs were appended to, each named by its URL', () => {
    const out = parseWrk(fixture('wrk/two-urls.txt'));
    expect(values(out)).toEqual({
      [`${WRK} [req/s]`]: 4337.58,
      [`${WRK} p50 [ms]`]: 1.22,
      [`${WRK} p90 [ms]`]: 19.47,
      [`${WRK} p99 [ms]`]: 103.05,
      [`${WRK} [errors]`]: 0,
      'http://127.0.0.1:18731/health [req/s]': 74300.95,
      'http://127.0.0.1:18731/health p50 [ms]': 0.046,
      'http://127.0.0.1:18731/health p90 [ms]': 3.12,
      'http://127.0.0.1:18731/health p99 [ms]': 13.58,
      'http://127.0.0.1:18731/health [errors]': 0,
    });
    expect(byId(out, 'http://127.0.0.1:18731/health [req/s]').source).toEqual({
      file: 'wrk/two-urls.txt',
      line: 14,
    });
  });

  it('without --latency has throughput and errors only', () => {
    expect(values(parseWrk(fixture('wrk/no-latency.txt')))).toEqual({
      [`${WRK} [req/s]`]: 2863.61,
      [`${WRK} [errors]`]: 0,
    });
  });

  it('converts wrk time units to ms and refuses a run cut before Requests/sec', () => {
    const text = fixture('wrk/baseline.txt').text;
    const inSeconds = parseWrk({ path: 'w.txt', text: text.replace('8.35ms', '1.02s') });
    expect(byId(inSeconds, `${WRK} p99 [ms]`).value).toBe(1020);
    const inMicros = parseWrk({ path: 'w.txt', text: text.replace('0.86ms', '860.00us') });
    expect(byId(inMicros, `${WRK} p50 [ms]`).value).toBe(0.86);
    const cut = text.slice(0, text.indexOf('Requests/sec'));
    expect(() => parseWrk({ path: 'w.txt', text: cut })).toThrow(
      `w.txt: line 1: expected a "Requests/sec:" line for the run of ${WRK}`,
    );
    expect(() => parseWrk({ path: 'w.txt', text: text.replace('8.35ms', '8.35parsecs') })).toThrow(
      'w.txt: line 10: expected a latency like "1.54ms", got "8.35parsecs"',
    );
  });
});

describe('hey', () => {
  it('reads Requests/sec, p50/p90/p95/p99 in ms and the answers outside 2xx/3xx, named hey', () => {
    const out = parseHey(fixture('hey/regressed.txt'));
    expect(values(out)).toEqual({
      'hey [req/s]': 760.9885,
      'hey p50 [ms]': 7.1,
      'hey p90 [ms]': 19.5,
      'hey p95 [ms]': 23.2,
      'hey p99 [ms]': 47.8,
      'hey [errors]': 22,
    });
    expect(byId(out, 'hey p50 [ms]').extra).toEqual({
      percentile: 50,
      percentiles: { '10': 4.7, '25': 5.9, '75': 12.8 },
    });
    expect(byId(out, 'hey [errors]').extra).toEqual({ assume: 'exact', 'status-500': 22 });
    expect(values(parseHey(fixture('hey/baseline.txt')))['hey [errors]']).toBe(0);
  });

  it('counts failed requests (connection refused) as errors; no latencies then', () => {
    const out = parseHey(fixture('hey/refused.txt'));
    expect(values(out)).toEqual({ 'hey [req/s]': 16333.1039, 'hey [errors]': 20 });
    expect(byId(out, 'hey [errors]').extra).toEqual({ assume: 'exact', 'request-errors': 20 });
  });

  it('names its series hey: a second file of the same run is ignored with a warning', () => {
    const out = parseRun([fixture('hey/baseline.txt'), fixture('hey/regressed.txt')], 'auto');
    expect(values(out)['hey [req/s]']).toBe(4424.3401);
    expect(out.warnings[0]).toEqual({
      file: 'hey/regressed.txt',
      line: 2,
      message: 'hey [req/s] again (first in hey/baseline.txt), without raw samples to pool; ignored',
    });
    expect(out.warnings).toHaveLength(6);
  });

  it('refuses a file without Requests/sec', () => {
    const text = fixture('hey/baseline.txt').text.replace(/\n\s+Requests\/sec:.*\n/, '\n');
    expect(() => parseHey({ path: 'h.txt', text })).toThrow(
      'h.txt: no "Requests/sec:" line; expected hey output',
    );
  });
});

describe('ApacheBench (ab)', () => {
  const AB = '127.0.0.1:18735/work';

  it('reads Requests per second, the percentage table in ms and non-2xx answers, not Length failures', () => {
    const out = parseApacheBench(fixture('apache-bench/regressed.txt'));
    expect(values(out)).toEqual({
      [`${AB} [req/s]`]: 363.37,
      [`${AB} p50 [ms]`]: 17,
      [`${AB} p90 [ms]`]: 41,
      [`${AB} p95 [ms]`]: 56,
      [`${AB} p99 [ms]`]: 90,
      [`${AB} [errors]`]: 10,
    });
    expect(byId(out, `${AB} [req/s]`).extra).toEqual({
      requests: 1092,
      failedRequests: 10,
      lengthFailures: 10,
      concurrency: '8',
    });
    expect(byId(out, `${AB} p99 [ms]`).extra).toEqual({
      percentile: 99,
      percentiles: { '66': 24, '75': 28, '80': 30, '98': 76, '100': 159 },
    });
    expect(byId(out, `${AB} [errors]`).extra).toEqual({
      assume: 'exact',
      'non-2xx': 10,
      connect: 0,
      receive: 0,
      exceptions: 0,
    });
    expect(values(parseApacheBench(fixture('apache-bench/baseline.txt')))).toMatchObject({
      [`${AB} [req/s]`]: 3575,
      [`${AB} p99 [ms]`]: 17,
      [`${AB} [errors]`]: 0,
    });
  });

  it('refuses a run cut before Requests per second, naming the line it expected', () => {
    const text = fixture('apache-bench/baseline.txt').text;
    expect(() =>
      parseApacheBench({ path: 'ab.txt', text: text.slice(0, text.indexOf('Requests per')) }),
    ).toThrow('ab.txt: no "Requests per second:" line; expected ApacheBench output');
  });
});

describe('locust --csv (PREFIX_stats.csv)', () => {
  it('reads every row (endpoints and Aggregated): Requests/s, percentiles in ms, Failure Count', () => {
    const out = parseLocust(fixture('locust/regressed_stats.csv'));
    expect(values(out)).toEqual({
      'GET /work [req/s]': 45.58439130747379,
      'GET /work p50 [ms]': 44,
      'GET /work p90 [ms]': 86,
      'GET /work p95 [ms]': 130,
      'GET /work p99 [ms]': 180,
      'GET /work [errors]': 4,
      'GET health [req/s]': 48.08902819249982,
      'GET health p50 [ms]': 31,
      'GET health p90 [ms]': 56,
      'GET health p95 [ms]': 85,
      'GET health p99 [ms]': 130,
      'GET health [errors]': 0,
      'Aggregated [req/s]': 93.6734194999736,
      'Aggregated p50 [ms]': 37,
      'Aggregated p90 [ms]': 67,
      'Aggregated p95 [ms]': 110,
      'Aggregated p99 [ms]': 140,
      'Aggregated [errors]': 4,
    });
    expect(byId(out, 'GET /work [req/s]')).toMatchObject({
      extra: { requests: 91 },
      source: { file: 'locust/regressed_stats.csv', line: 2 },
    });
    expect(byId(out, 'GET /work p99 [ms]').extra).toEqual({
      percentile: 99,
      percentiles: { '66': 50, '75': 54, '80': 57, '98': 140, '99.9': 180, '99.99': 180, '100': 180 },
    });
  });

  it('refuses a row with a missing column or a word for a number, naming line and column', () => {
    const text = fixture('locust/baseline_stats.csv').text;
    const short = text.replace('GET,/work,622,0,', 'GET,/work,622,');
    expect(() => parseLocust({ path: 's.csv', text: short })).toThrow(
      's.csv: line 2: expected 22 columns, got 21',
    );
    const word = text.replace('GET,/work,622,0,', 'GET,/work,622,none,');
    expect(() => parseLocust({ path: 's.csv', text: word })).toThrow(
      's.csv: line 2: expected a number in column "Failure Count", got "none"',
    );
  });
});

describe('load tests: detection and format names', () => {
  it.each([
    ['wrk/baseline.txt', 'wrk'],
    ['wrk/no-latency.txt', 'wrk'],
    ['hey/baseline.txt', 'hey'],
    ['hey/refused.txt', 'hey'],
    ['apache-bench/baseline.txt', 'apache-bench'],
    ['locust/baseline_stats.csv', 'locust'],
  ])('%s is detected as %s', (file, format) => {
    expect(detectFormat(fixture(file))).toBe(format);
  });

  it('reads ab as apache-bench, and refuses another tool forced on a file in one line', () => {
    const ab = parseInputs([fixture('apache-bench/baseline.txt')], 'ab');
    expect(new Set(ab.results.map((r) => r.format))).toEqual(new Set(['apache-bench']));
    expect(() => parseInputs([fixture('wrk/baseline.txt')], 'locust')).toThrow(
      "wrk/baseline.txt: line 1: expected locust's --csv PREFIX_stats.csv",
    );
    expect(() => parseInputs([fixture('locust/baseline_stats.csv')], 'wrk')).toThrow(
      'locust/baseline_stats.csv: no wrk run found; expected wrk output',
    );
  });

  it("names locust's stats history file for what it is", () => {
    expect(() => parseInputs([fixture('locust/baseline_stats_history.csv')], 'auto')).toThrow(
      "looks like locust's stats history CSV (PREFIX_stats_history.csv): list PREFIX_stats.csv instead",
    );
  });
});
