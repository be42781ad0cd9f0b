// perf-regression on a terminal: `parse`, `compare`, `ab`, `dashboard`, `trend` and `import`.
// Exit codes: 0 ok, 1 regression (compare, ab) or an active regression event (trend), 2 bad input or usage.

import { InputError } from '../model/errors.js';
import { type BenchmarkResult, FORMAT_ALIASES, FORMATS } from '../model/result.js';
import { readInputFiles } from '../parsers/files.js';
import { parseInputs } from '../parsers/index.js';
import { checkHeap, count, heapProgress } from '../pipeline/heap.js';
import { HistoryError } from '../store/store.js';
import { abCommand } from './ab.js';
import { parseCliArgs, parseFormat, UsageError } from './args.js';
import { compareCommand, parseCompareArgs } from './compare.js';
import { dashboardCommand } from './dashboard.js';
import { importCommand } from './import.js';
import type { CommandIo } from './output.js';
import { parseTrendArgs, trendCommand } from './trend.js';

const USAGE = `usage:
  perf-regression parse [--format F] [--samples] <file|glob|dir>...
  perf-regression compare --baseline <files...> [--baseline <files...>]... --current <files...>
  perf-regression compare --baseline-each <glob> --current <files...>
                          [--format F] [--threshold T] [--alpha A] [--budget B]... [--percentiles p95,p99]
                          [--output text|markdown|json] [--json FILE|-] [--markdown FILE]
                          [--html FILE] [--title NAME] [--allow-series-change]
  perf-regression compare --history-dir DIR [--suite NAME] [--baseline-runs N] [--history-size N]
                          [--commit SHA] [--no-record] --current <files...> [options as above]
  perf-regression ab --base <git-ref> --run '<command>' [--setup '<command>'] [--passes N]
                     [--timeout MINUTES] [--keep-outputs DIR] [options as above]
  perf-regression dashboard --history-dir DIR --out DIR [--repo-url URL]
  perf-regression trend --history-dir DIR [--suite NAME] [--branch NAME] [--threshold T]...
                        [--alpha P] [--min-runs-after N] [--window N] [--json FILE|-] [--markdown FILE]
  perf-regression import --from github-action-benchmark <data.js> --history-dir DIR [--suite NAME]
                         [--as NAME] [--branch NAME] [--history-size N] [--match <files...>]

Each --baseline starts one earlier run (oldest first); together they form the history window.
--baseline-each makes every file its glob matches one run (in name order, run_2 before run_10).
With --history-dir the window comes from (and this run is recorded into) a local history folder.
ab runs --run in a worktree of <git-ref> and in this work tree, alternating, --passes times (default 5);
the command writes its results to $PERF_REGRESSION_OUTPUT or stdout ($PERF_REGRESSION_SIDE: base/head).
dashboard writes the gh-pages dashboard of every suite in a history folder (open DIR/index.html);
--repo-url (https://github.com/OWNER/REPO) makes its commits and runs links.
stdout gets plain text on a terminal and Markdown otherwise, unless --output says; --json - is JSON.
--html writes one self-contained page (no network, opens from file://) with a picture of each change.
trend finds the change points in a suite's recorded history and prints the regression events.
import turns github-action-benchmark's data.js (one suite per benchmark name) into a history folder;
importing again adds only new runs. --match <today's output> gives its series our parser's scope
(catch2 test case, a lone go package); --branch is the branch compare reads (default: local).
formats: auto (default), ${FORMATS.join(', ')}
         aliases (github-action-benchmark's tool names, vitest, ab): ${Object.keys(FORMAT_ALIASES).join(', ')}
A run with no series is bad input; one sharing no series with its baseline fails (exit 1) and is not
recorded, unless --allow-series-change says the benchmarks were renamed or replaced on purpose.
exit codes: 0 no regression, 1 regression, budget overrun or no series in common (trend: an active
            regression event), 2 bad input or usage`;

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const { out } = io;
  const [command, ...rest] = argv;
  // `perf-regression compare --help` asks for help, not about an option named --help.
  if (rest.includes('--help') || rest.includes('-h')) {
    out(`${USAGE}\n`);
    return 0;
  }
  switch (command) {
    case 'parse':
      return runParse(rest, out);
    case 'ab':
      return abCommand(rest, io);
    case 'compare':
      return compareCommand(parseCompareArgs(rest), io);
    case 'dashboard':
      return dashboardCommand(rest, out);
    case 'trend':
      return trendCommand(parseTrendArgs(rest), io);
    case 'import':
      return importCommand(rest, out);
    case '--help':
    case '-h':
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(
        `${command ? `unknown command "${command}"` : 'missing command'}; expected parse, compare, ab, dashboard, trend or import`,
      );
  }
}

async function runParse(args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    format: { type: 'string', default: 'auto' },
    samples: { type: 'boolean', default: false },
  });
  const format = parseFormat(String(values.format));
  if (positionals.length === 0) throw new UsageError('parse needs at least one file, glob or directory');
  const files = await readInputFiles(positionals);
  const parsed = parseInputs(files, format, heapProgress());
  checkHeap(() => `printing ${count(parsed.results.length)} series needs`);
  // A series' summary (n, median, min, max…) says what was read; its raw samples, a line each, can
  // be a hundred times longer (711,680 of them in a 29 MB pytest file), so they are asked for.
  const shown = values.samples ? parsed : { ...parsed, results: parsed.results.map(withoutSamples) };
  out(`${JSON.stringify(shown, null, 2)}\n`);
  return 0;
}

function withoutSamples({ samples: _, ...summary }: BenchmarkResult): Omit<BenchmarkResult, 'samples'> {
  return summary;
}

async function main(): Promise<void> {
  // `perf-regression … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      warn: (line) => process.stderr.write(`${line}\n`),
      isTTY: process.stdout.isTTY === true,
    });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`perf-regression: ${err.message}; run "perf-regression --help" for usage\n`);
    } else if (err instanceof InputError || err instanceof HistoryError) {
      process.stderr.write(`perf-regression: ${err.message}\n`);
    } else {
      process.stderr.write(`perf-regression: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 3;
      return;
    }
    process.exitCode = 2;
  }
}

await main();
