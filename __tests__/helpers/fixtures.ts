import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../../src/parsers/input.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A committed fixture as the parsers see it: `path` relative to __tests__/fixtures. */
export function fixture(relative: string): InputFile {
  return { path: relative, text: readFileSync(path.join(FIXTURES, relative), 'utf8') };
}
