// perf-regression on a terminal: `perf-regression parse …` and `perf-regression compare …`.
// Exit codes: 0 ok, 1 regression (compare), 2 bad input or usage.

import { InputError } from '../model/errors.js';
import { FORMAT_ALIASES, FORMATS } from '../model/result.js';
import { readInputFiles } from '../parsers/files.js';
import { parseInputs } from '../parsers/index.js';
import { HistoryError } from '../store/store.js';
import { parseCliArgs, parseFormat, UsageError } from './args.js';
import { type CompareIo, compareCommand, parseCompareArgs } from './compare.js';

const USAGE = `usage:
  perf-regression parse [--format F] <file|glob|dir>...
  perf-regression compare --baseline <files...> [--baseline <files...>]... --current <files...>
                          [--format F] [--threshold T] [--alpha A] [--budget B]...
                          [--output text|markdown|json] [--json FILE|-] [--markdown FILE]
                          [--title NAME]
  perf-regression compare --history-dir DIR [--suite NAME] [--baseline-runs N] [--history-size N]
                          [--commit SHA] [--no-record] --current <files...> [options as above]

Each --baseline starts one earlier run (oldest first); together they form the history window.
With --history-dir the window comes from (and this run is recorded into) a local history folder.
stdout gets plain text on a terminal and Markdown otherwise, unless --output says; --json - is JSON.
formats: auto (default), ${FORMATS.join(', ')}
         also github-action-benchmark's tool names: ${Object.keys(FORMAT_ALIASES).join(', ')}
exit codes: 0 no regression, 1 regression or budget overrun, 2 bad input or usage`;

export async function runCli(argv: string[], io: CompareIo): Promise<number> {
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
    case 'compare':
      return compareCommand(parseCompareArgs(rest), io);
    case '--help':
    case '-h':
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(
        `${command ? `unknown command "${command}"` : 'missing command'}; expected parse or compare`,
      );
  }
}

async function runParse(args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { format: { type: 'string', default: 'auto' } });
  const format = parseFormat(String(values.format));
  if (positionals.length === 0) throw new UsageError('parse needs at least one file, glob or directory');
  const files = await readInputFiles(positionals);
  const parsed = parseInputs(files, format);
  out(`${JSON.stringify(parsed, null, 2)}\n`);
  return 0;
}

async function main(): Promise<void> {
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
