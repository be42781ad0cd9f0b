/**
 * The `wrk` format: what `wrk --latency -t2 -c8 -d30s URL` prints, one block per run:
 *   Running 30s test @ URL / Thread Stats / Latency Distribution (50% 75% 90% 99%, with --latency) /
 *   `N requests in 30.00s, …` / `Socket errors: connect 0, read 0, write 0, timeout 6` /
 *   `Non-2xx or 3xx responses: 41` / `Requests/sec: 6527.88`.
 *
 * Series named by the URL (load-test.ts): `Requests/sec` in req/s, the distribution's p50/p90/p99 in ms
 * (wrk prints us/ms/s/m/h; p75 stays in extra), and errors = socket errors + non-2xx/3xx answers.
 * Without --latency there are no percentiles: only throughput and errors.
 */
import { inputError } from '../model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../model/result.js';
import { withoutFloatNoise } from '../model/units.js';
import { detached, type InputFile } from './input.js';
import { type LoadTestRun, loadNumber, loadTestSeries } from './load-test.js';

const RUNNING = /^Running (\S+) test @ (\S+)\s*$/;
const EXPECTED = 'wrk output ("Running 30s test @ URL" … "Requests/sec: N")';
/** Milliseconds per unit of wrk's time format (units.c). */
const WRK_TIME_MS: Record<string, number> = { us: 1e-3, ms: 1, s: 1e3, m: 60e3, h: 3600e3 };

export function looksLikeWrk(text: string): boolean {
  return /^Running \S+ test @ \S+\s*\n\s+\d+ threads? and \d+ connections?/m.test(text.slice(0, 64 * 1024));
}

export function parseWrk(file: InputFile): ParseOutput {
  const lines = file.text.split('\n');
  const results: BenchmarkResult[] = [];
  let run: (LoadTestRun & { throughputSeen: boolean }) | undefined;
  const finish = () => {
    if (!run) return;
    if (!run.throughputSeen)
      throw inputError(file.path, `expected a "Requests/sec:" line for the run of ${run.target}`, {
        line: run.line,
      });
    const { throughputSeen: _, ...numbers } = run;
    for (const r of loadTestSeries(file, numbers)) results.push(r);
    run = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const start = RUNNING.exec(line);
    if (start) {
      finish();
      run = {
        target: detached(start[2] ?? ''),
        requestsPerSecond: Number.NaN,
        latencyMs: {},
        errors: 0,
        errorParts: {},
        line: i + 1,
        extra: { duration: start[1] },
        throughputSeen: false,
      };
      return;
    }
    if (run) readLine(file, run, line, i + 1);
    if (run && /^Requests\/sec:/.test(line)) run.throughputSeen = true;
  });
  finish();
  if (results.length === 0) throw inputError(file.path, `no wrk run found; expected ${EXPECTED}`);
  return { results, warnings: [] };
}

function readLine(file: InputFile, run: LoadTestRun, line: string, at: number): void {
  const number = (text: string | undefined, what: string) => {
    const value = loadNumber(text ?? '');
    if (!Number.isFinite(value))
      throw inputError(file.path, `expected a number for ${what}, got "${text}"`, { line: at });
    return value;
  };
  let m = /^\s+(\d+(?:\.\d+)?)%\s+(\S+)$/.exec(line);
  if (m) {
    run.latencyMs[m[1] ?? ''] = wrkTime(file, m[2] ?? '', at);
    return;
  }
  m = /^Requests\/sec:\s+(\S+)$/.exec(line);
  if (m) {
    run.requestsPerSecond = number(m[1], 'Requests/sec');
    return;
  }
  m = /^\s+(\d+) requests in (\S+), (\S+) read$/.exec(line);
  if (m) {
    run.extra = { ...run.extra, requests: number(m[1], 'requests'), elapsed: m[2], read: m[3] };
    return;
  }
  m = /^\s+Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)$/.exec(line);
  if (m) {
    ['connect', 'read', 'write', 'timeout'].forEach((kind, k) => {
      const count = number(m?.[k + 1], `socket errors (${kind})`);
      run.errorParts[kind] = count;
      run.errors += count;
    });
    return;
  }
  m = /^\s+Non-2xx or 3xx responses: (\d+)$/.exec(line);
  if (m) {
    const count = number(m[1], 'non-2xx or 3xx responses');
    run.errorParts['non-2xx-3xx'] = count;
    run.errors += count;
  }
}

function wrkTime(file: InputFile, text: string, at: number): number {
  const m = /^(\d+(?:\.\d+)?)(us|ms|s|m|h)$/.exec(text);
  const scale = WRK_TIME_MS[m?.[2] ?? ''];
  if (!m || scale === undefined)
    throw inputError(file.path, `expected a latency like "1.54ms", got "${text}"`, { line: at });
  return withoutFloatNoise(Number(m[1]) * scale);
}
