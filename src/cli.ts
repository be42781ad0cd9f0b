// perf-regression on a terminal: `perf-regression parse …` (and, with the comparison engine, `compare …`).
// Exit codes: 0 ok, 1 regression (compare), 2 bad input or usage.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from './errors.js';
import { readInputFiles } from './files.js';
import { FORMATS, type Format } from './model.js';
import { parseInputs } from './parsers/index.js';

const USAGE = `usage:
  perf-regression parse [--format F] <file|glob|dir>...

formats: auto (default), ${FORMATS.join(', ')}`;

export class UsageError extends Error {}

export async function runCli(argv: string[], out: (s: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return runParse(rest, out);
    case '--help':
    case '-h':
    case 'help':
      out(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
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

export function parseFormat(value: string): Format | 'auto' {
  if (value === 'auto' || (FORMATS as readonly string[]).includes(value)) return value as Format | 'auto';
  throw new UsageError(`--format must be one of: auto, ${FORMATS.join(', ')} (got "${value}")`);
}

/** node:util parseArgs, with its errors turned into usage errors (exit code 2). */
function parseCliArgs<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function main(): Promise<void> {
  try {
    process.exitCode = await runCli(process.argv.slice(2), (s) => process.stdout.write(s));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`perf-regression: ${err.message}\n${USAGE}\n`);
    } else if (err instanceof InputError) {
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
