// Typed reads of the JSON that criterion, cargo-criterion and libtest write. A field of the wrong type
// fails with one line naming the file, the JSON path and (for JSON lines) the line.
import { inputError } from '../../model/errors.js';
import { isObject, type JsonObject } from '../json-text.js';

export { isObject, type JsonObject };

/** Where a JSON value sits: its file, its line for JSON-lines input, and its path (`$.mean`). */
export interface JsonPlace {
  file: string;
  line?: number;
  path: string;
}

export function fieldPlace(place: JsonPlace, key: string | number): JsonPlace {
  return { ...place, path: typeof key === 'number' ? `${place.path}[${key}]` : `${place.path}.${key}` };
}

export function fail(place: JsonPlace, expected: string): never {
  if (place.line !== undefined)
    throw inputError(place.file, `${place.path}: expected ${expected}`, { line: place.line });
  throw inputError(place.file, `expected ${expected}`, { path: place.path });
}

export function readObject(value: unknown, place: JsonPlace): JsonObject {
  return isObject(value) ? value : fail(place, 'an object');
}

export function readNumber(parent: JsonObject, key: string, place: JsonPlace): number {
  const value = parent[key];
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(fieldPlace(place, key), 'a number');
}

export function readString(parent: JsonObject, key: string, place: JsonPlace): string {
  const value = parent[key];
  return typeof value === 'string' ? value : fail(fieldPlace(place, key), 'a string');
}

/** A string that may be absent or null (criterion writes `"function_id": null`). */
export function readOptionalString(parent: JsonObject, key: string, place: JsonPlace): string | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : fail(fieldPlace(place, key), 'a string or null');
}

/** A non-empty array of finite numbers. */
export function readNumbers(parent: JsonObject, key: string, place: JsonPlace): number[] {
  const at = fieldPlace(place, key);
  const value = parent[key];
  if (!Array.isArray(value) || value.length === 0) return fail(at, 'a non-empty array of numbers');
  value.forEach((item, i) => {
    if (typeof item !== 'number' || !Number.isFinite(item)) fail(fieldPlace(at, i), 'a number');
  });
  return value as number[];
}
