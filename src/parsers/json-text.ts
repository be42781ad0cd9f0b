// One way to read JSON input: a syntax error becomes a one-line InputError naming file and line.
import { inputError } from '../model/errors.js';
import type { InputFile } from './input.js';

export function parseJsonText(file: InputFile, expected: string): unknown {
  try {
    return JSON.parse(file.text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
      const at = Number(position);
      const line = file.text.slice(0, at).split('\n').length;
      // An error at the very end of the text means the file stops early: say so, it is the likely cause.
      const what =
        at >= file.text.trimEnd().length ? 'truncated JSON' : `invalid JSON (${stripPosition(message)})`;
      return fail(file, `${what}; expected ${expected}`, line);
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

/** A parsed JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
