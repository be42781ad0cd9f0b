// Command-line argument handling shared by the CLI commands.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FORMAT_ALIASES, FORMAT_CHOICES, FORMATS, type FormatChoice } from '../model/result.js';

/** Wrong command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseFormat(value: string): FormatChoice {
  if ((FORMAT_CHOICES as readonly string[]).includes(value)) return value as FormatChoice;
  const aliases = Object.keys(FORMAT_ALIASES).join(', ');
  throw new UsageError(
    `--format must be one of: auto, ${FORMATS.join(', ')} (or an alias: ${aliases}) (got "${value}")`,
  );
}

/** node:util parseArgs, with its errors turned into usage errors (exit code 2). */
export function parseCliArgs<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeArgsError(err as NodeJS.ErrnoException, Object.keys(options ?? {})));
  }
}

/** node:util's messages are long and suggest `--` tricks; say what was wrong and what is accepted. */
function describeArgsError(err: NodeJS.ErrnoException, known: string[]): string {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1];
  if (option && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `unknown option ${option}; expected ${known.map((k) => `--${k}`).join(', ')}`;
  }
  if (option && err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  return err.message;
}

/** A positive whole number option. */
export function parseCount(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${option} must be a whole number ≥ 1 (got "${value}")`);
  return n;
}
