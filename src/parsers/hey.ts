/**
 * The `hey` format: what `hey -z 30s -c 8 URL` prints: `Summary:` (Total, Slowest, Fastest, Average,
 * `Requests/sec:`), a histogram, `Latency distribution:` (`99% in 0.0088 secs`), `Status code
 * distribution:` (`[500] 59 responses`) and, when requests failed, `Error distribution:` (`[20] Get …`).
 *
 * hey does not print the URL, so its series are named `hey`: one target per run (a second file of
 * the same run is ignored with a warning, pool.ts; use wrk or ab to name several targets). Throughput,
 * p50/p90/p95/p99 in ms (p10, p25, p75 in extra) and errors = answers outside 2xx/3xx + failed
 * requests (load-test.ts).
 */
import { inputError } from '../model/errors.js';
import type { ParseOutput } from '../model/result.js';
import { withoutFloatNoise } from '../model/units.js';
import type { InputFile } from './input.js';
import { type LoadTestRun, loadNumber, loadTestSeries } from './load-test.js';

const EXPECTED = 'hey output ("Summary:" … "Requests/sec:" … "Latency distribution:")';
const HEAD = /^Summary:\s*\n\s+Total:\s+\S+ secs\s*\n\s+Slowest:\s+\S+ secs/m;

export function looksLikeHey(text: string): boolean {
  return HEAD.test(text.slice(0, 64 * 1024));
}

export function parseHey(file: InputFile): ParseOutput {
  const start = HEAD.exec(file.text);
  if (!start) throw inputError(file.path, `no "Summary:" block found; expected ${EXPECTED}`);
  const run: LoadTestRun = {
    target: 'hey',
    requestsPerSecond: Number.NaN,
    latencyMs: {},
    errors: 0,
    errorParts: {},
    line: file.text.slice(0, start.index).split('\n').length,
  };
  let section = '';
  const sections = new Set<string>();
  file.text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (/^\S.*:$/.test(line)) {
      section = line;
      sections.add(line);
    } else readLine(file, run, section, line, i + 1);
  });
  if (!Number.isFinite(run.requestsPerSecond))
    throw inputError(file.path, `no "Requests/sec:" line; expected ${EXPECTED}`);
  // hey prints its sections in one order, the status codes last but for the errors: without them the
  // output stopped early, and its percentiles may be missing.
  if (!sections.has('Status code distribution:'))
    throw inputError(
      file.path,
      `no "Status code distribution:" section (output cut short?); expected ${EXPECTED}`,
    );
  return { results: loadTestSeries(file, run), warnings: [] };
}

function readLine(file: InputFile, run: LoadTestRun, section: string, line: string, at: number): void {
  const number = (text: string | undefined, what: string) => {
    const value = loadNumber(text ?? '');
    if (!Number.isFinite(value))
      throw inputError(file.path, `expected a number for ${what}, got "${text}"`, { line: at });
    return value;
  };
  let m = /^\s+Requests\/sec:\s+(\S+)$/.exec(line);
  if (section === 'Summary:' && m) {
    run.requestsPerSecond = number(m[1], 'Requests/sec');
    return;
  }
  m = /^\s+(\d+(?:\.\d+)?)% in (\S+) secs$/.exec(line);
  if (section === 'Latency distribution:' && m) {
    run.latencyMs[m[1] ?? ''] = withoutFloatNoise(number(m[2], `the ${m[1]}% latency`) * 1000);
    return;
  }
  m = /^\s+\[(\d+)\]\s+(\d+) responses$/.exec(line);
  if (section === 'Status code distribution:' && m) {
    const status = Number(m[1]);
    if (status >= 200 && status < 400) return;
    const count = number(m[2], `status ${status}`);
    run.errorParts[`status-${status}`] = count;
    run.errors += count;
    return;
  }
  m = /^\s+\[(\d+)\]\s+\S/.exec(line);
  if (section === 'Error distribution:' && m) {
    const count = number(m[1], 'an error count');
    run.errorParts['request-errors'] = (run.errorParts['request-errors'] ?? 0) + count;
    run.errors += count;
  }
}
