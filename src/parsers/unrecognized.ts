// What to tell a user whose file no parser claims: which known tool it looks like when it is one whose
// output we read in another shape (or not at all), else what the file looks like; and that the generic
// JSON format takes any tool's numbers.
import { FORMATS } from '../model/result.js';

/** Outputs of known tools that no parser reads, and the shape to write instead. */
const LOOKS_LIKE: [RegExp, string][] = [
  [
    /^Benchmark \d+: .*\n\s+Time \(mean ± σ\):/m,
    "looks like hyperfine's terminal output, which this version does not read: write --export-json FILE",
  ],
  [
    /^-+ benchmark(?:: \d+ tests|'[^']*': \d+ tests) -+$/m,
    "looks like pytest-benchmark's terminal table, which this version does not read: write --benchmark-json FILE",
  ],
  [
    /BENCH\s+Summary|^\s*name\s+hz\s+min\s+max\s+mean/m,
    "looks like vitest bench's terminal output, which this version does not read: write --reporter=json --outputFile=FILE (vitest 5) or --outputJson FILE (vitest 3, 4)",
  ],
  [
    /^Timestamp,User Count,Type,Name,Requests\/s,/,
    "looks like locust's stats history CSV (PREFIX_stats_history.csv): list PREFIX_stats.csv instead",
  ],
  [
    /"metrics"\s*:\s*\{[\s\S]*"http_req_duration"/,
    "looks like k6's summary JSON, which this version does not read",
  ],
  [
    /^\s*<\?xml[\s\S]*<testsuites?[\s>]/,
    'looks like a JUnit XML test report, which holds no benchmark results',
  ],
];

const GENERIC = 'or write the generic JSON format: [{"name", "unit", "value" or "samples"}]';

export function unrecognizedMessage(text: string): string {
  const head = text.slice(0, 64 * 1024);
  const known = LOOKS_LIKE.find(([signature]) => signature.test(head))?.[1];
  const what = known ?? describeShape(head);
  return `unrecognized benchmark output (${what}); expected one of: ${FORMATS.join(', ')}, ${GENERIC}`;
}

/** `a JSON object with keys "a", "b"`, `a JSON array of 3 numbers`, `text starting "…"`. */
function describeShape(head: string): string {
  try {
    const value: unknown = JSON.parse(head);
    if (Array.isArray(value))
      return `a JSON array of ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      const shown = keys.slice(0, 5).map((k) => JSON.stringify(k));
      return `a JSON object with keys ${shown.join(', ')}${keys.length > 5 ? ', …' : ''}`;
    }
    return `a JSON ${typeof value}`;
  } catch {
    const first = head.split('\n').find((line) => line.trim() !== '') ?? '';
    const shown = first.length > 40 ? `${first.slice(0, 37)}...` : first;
    return `text starting ${JSON.stringify(shown.trim())}`;
  }
}
