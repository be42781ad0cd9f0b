// One way to read JSON input: a syntax error becomes a one-line InputError naming file and line.
import { inputError } from '../model/errors.js';
import type { InputFile } from './input.js';

/** Deeper nesting than any benchmark output has; beyond it, copying the value would overflow the stack. */
export const MAX_JSON_DEPTH = 1000;

/**
 * `kept: 'parts'` is for a parser that keeps only some small parts of the value (and checks their depth
 * with `refuseDeep`): the whole text's depth scan, about a tenth of reading a 29 MB file, is skipped.
 */
export function parseJsonText(file: InputFile, expected: string, kept: 'all' | 'parts' = 'all'): unknown {
  let root: unknown;
  try {
    root = JSON.parse(file.text);
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
  if (kept === 'all') {
    const tooDeep = depthExceededAt(file.text, MAX_JSON_DEPTH);
    if (tooDeep !== undefined) failTooDeep(file, expected, tooDeep);
  }
  return root;
}

/** Refuses a kept part of a parsed file that nests past the limit (later copies of it would overflow the stack). */
export function refuseDeep(file: InputFile, value: unknown, expected: string): void {
  if (!nestedDeeperThan(value, MAX_JSON_DEPTH)) return;
  failTooDeep(file, expected, depthExceededAt(file.text, MAX_JSON_DEPTH) ?? 0);
}

function failTooDeep(file: InputFile, expected: string, at: number): never {
  const line = file.text.slice(0, at).split('\n').length;
  return fail(file, `JSON nested more than ${MAX_JSON_DEPTH} levels deep; expected ${expected}`, line);
}

/** Whether arrays and objects in `root` nest more than `limit` levels deep (iteratively: it may be deep). */
function nestedDeeperThan(root: unknown, limit: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 0;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      values.push(child);
      depths.push(depth + 1);
    }
  }
  return false;
}

/** Where nesting first goes past `limit` (brackets inside strings do not count), or undefined. */
function depthExceededAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
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
