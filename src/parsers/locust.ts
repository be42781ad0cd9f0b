/**
 * The `locust` format: the `PREFIX_stats.csv` of `locust --headless --csv PREFIX …`, one row per
 * endpoint and an `Aggregated` row: `Type,Name,Request Count,Failure Count,Median Response Time,…,
 * Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%`.
 *
 * Each row is a target named `Type Name` (`GET /work`; `Aggregated`): throughput = `Requests/s`,
 * p50/p90/p95/p99 in ms (locust rounds them; the other columns stay in extra; `N/A` when the endpoint
 * had no request), errors = `Failure Count` (load-test.ts).
 */
import { inputError } from '../model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../model/result.js';
import type { InputFile } from './input.js';
import { loadNumber, loadTestSeries } from './load-test.js';

const HEADER = /^\uFEFF?"?Type"?,"?Name"?,"?Request Count"?,"?Failure Count"?,/;
const EXPECTED = "locust's --csv PREFIX_stats.csv (header Type,Name,Request Count,Failure Count,…)";

export function looksLikeLocust(text: string): boolean {
  return HEADER.test(text.slice(0, 4096));
}

export function parseLocust(file: InputFile): ParseOutput {
  const lines = file.text.split(/\r?\n/);
  if (!HEADER.test(lines[0] ?? '')) throw inputError(file.path, `expected ${EXPECTED}`, { line: 1 });
  const header = splitCsv(lines[0]?.replace(/^\uFEFF/, '') ?? '');
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw inputError(file.path, `expected a "${name}" column; expected ${EXPECTED}`, { line: 1 });
    return at;
  };
  const columns = {
    type: column('Type'),
    name: column('Name'),
    requests: column('Request Count'),
    failures: column('Failure Count'),
    rate: column('Requests/s'),
  };
  const percentiles = header.flatMap((h, i) => {
    const m = /^(\d+(?:\.\d+)?)%$/.exec(h);
    return m?.[1] ? [{ p: m[1], at: i }] : [];
  });
  const results: BenchmarkResult[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 2;
    const cells = splitCsv(raw);
    if (cells.length !== header.length)
      throw inputError(file.path, `expected ${header.length} columns, got ${cells.length}`, { line });
    const number = (at: number, integer = false) => {
      const value = loadNumber(cells[at] ?? '');
      if (!Number.isFinite(value) || (integer && !Number.isInteger(value)))
        throw inputError(file.path, `expected a number in column "${header[at]}", got "${cells[at]}"`, {
          line,
        });
      return value;
    };
    const target = `${cells[columns.type] ?? ''} ${cells[columns.name] ?? ''}`.trim();
    const latencyMs: Record<string, number> = {};
    for (const { p, at } of percentiles) if (cells[at] !== 'N/A') latencyMs[p] = number(at);
    const failures = number(columns.failures, true);
    const series = loadTestSeries(file, {
      target,
      requestsPerSecond: number(columns.rate),
      latencyMs,
      errors: failures,
      errorParts: {},
      line,
      extra: { requests: number(columns.requests, true) },
    });
    for (const r of series) results.push(r);
  });
  if (results.length === 0) throw inputError(file.path, `no rows after the header; expected ${EXPECTED}`);
  return { results, warnings: [] };
}

/** One CSV line's cells (RFC 4180 quoting: `"a,b"`, `"say ""hi"""`), as Python's csv module writes them. */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
