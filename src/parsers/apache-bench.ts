/**
 * The `apache-bench` format (alias `ab`): what ApacheBench (`ab -t 30 -n 1000000 -c 8 URL`, Debian
 * apache2-utils) prints: `Server Hostname:`, `Server Port:`, `Document Path:`, `Failed requests:` with
 * its `(Connect: 0, Receive: 0, Length: 56, Exceptions: 0)` breakdown, `Non-2xx responses:`,
 * `Requests per second: 3575.00 [#/sec] (mean)` and the table `Percentage of the requests served within
 * a certain time (ms)`.
 *
 * Series named `host:port/path` (load-test.ts): throughput, p50/p90/p95/p99 in ms (ab rounds them to
 * whole ms; the other rows stay in extra), errors = non-2xx + connect, receive and exception failures.
 * Length failures are not errors: ab counts every answer whose size differs from the first one's,
 * which any page with dynamic content does (and a non-2xx answer is already counted).
 */
import { inputError } from '../model/errors.js';
import type { ParseOutput } from '../model/result.js';
import type { InputFile } from './input.js';
import { type LoadTestRun, loadNumber, loadTestSeries } from './load-test.js';

const EXPECTED = 'ApacheBench output ("This is ApacheBench" … "Requests per second:")';

export function looksLikeApacheBench(text: string): boolean {
  return /^This is ApacheBench, Version /m.test(text.slice(0, 4096));
}

export function parseApacheBench(file: InputFile): ParseOutput {
  const fields = new Map<string, { value: string; line: number }>();
  const latencyMs: Record<string, number> = {};
  let inTable = false;
  file.text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.startsWith('Percentage of the requests served')) inTable = true;
    const row = /^\s+(\d+(?:\.\d+)?)%\s+(\d+)(?: \(longest request\))?$/.exec(line);
    if (inTable && row) latencyMs[row[1] ?? ''] = Number(row[2]);
    const field = /^([A-Za-z][\w -]*?):\s+(.*)$/.exec(line);
    if (field && !fields.has(field[1] ?? ''))
      fields.set(field[1] ?? '', { value: field[2] ?? '', line: i + 1 });
    const breakdown = /^\s+\(Connect: (\d+), Receive: (\d+), Length: (\d+), Exceptions: (\d+)\)$/.exec(line);
    if (breakdown) fields.set('breakdown', { value: breakdown.slice(1).join(' '), line: i + 1 });
  });
  const get = (name: string) => {
    const f = fields.get(name);
    if (!f) throw inputError(file.path, `no "${name}:" line; expected ${EXPECTED}`);
    return f;
  };
  const count = (name: string, text: string, line: number) => {
    const value = loadNumber(text);
    if (!Number.isInteger(value))
      throw inputError(file.path, `expected a count for ${name}, got "${text}"`, { line });
    return value;
  };
  const rate = get('Requests per second');
  const perSecond = /^(\S+) \[#\/sec\] \(mean\)$/.exec(rate.value);
  if (!perSecond || !Number.isFinite(loadNumber(perSecond[1] ?? '')))
    throw inputError(file.path, `expected "N [#/sec] (mean)", got "${rate.value}"`, { line: rate.line });
  const port = get('Server Port').value;
  const target = `${get('Server Hostname').value}:${port}${get('Document Path').value}`;
  const failed = get('Failed requests');
  const [connect = 0, receive = 0, length = 0, exceptions = 0] =
    fields.get('breakdown')?.value.split(' ').map(Number) ?? [];
  const non2xx = fields.get('Non-2xx responses');
  const errorParts = {
    'non-2xx': non2xx ? count('Non-2xx responses', non2xx.value, non2xx.line) : 0,
    connect,
    receive,
    exceptions,
  };
  const run: LoadTestRun = {
    target,
    requestsPerSecond: loadNumber(perSecond[1] ?? ''),
    latencyMs,
    errors: errorParts['non-2xx'] + connect + receive + exceptions,
    errorParts,
    line: rate.line,
    extra: {
      requests: count('Complete requests', get('Complete requests').value, get('Complete requests').line),
      failedRequests: count('Failed requests', failed.value, failed.line),
      lengthFailures: length,
      concurrency: get('Concurrency Level').value,
    },
  };
  return { results: loadTestSeries(file, run), warnings: [] };
}
