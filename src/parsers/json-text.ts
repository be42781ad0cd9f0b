// One way to read JSON input: a syntax error becomes a one-line InputError naming file and line.
import { inputError } from '../errors.js';
import type { InputFile } from './input.js';

export function parseJsonText(file: InputFile, expected: string): unknown {
  try {
    return JSON.parse(file.text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
      const line = file.text.slice(0, Number(position)).split('\n').length;
      return fail(file, `invalid JSON (${stripPosition(message)}); expected ${expected}`, line);
    }
    const atEnd = /end of (JSON )?input|Unterminated/i.test(message);
    const line = atEnd ? file.text.split('\n').length : undefined;
    return fail(file, `${atEnd ? 'truncated JSON' : 'invalid JSON'}; expected ${expected}`, line);
  }
}

function stripPosition(message: string): string {
  return message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}

function fail(file: InputFile, message: string, line?: number): never {
  throw inputError(file.path, message, line === undefined ? undefined : { line });
}
