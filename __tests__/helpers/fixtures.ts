import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SameJobPass } from '../../src/engine/same-job.js';
import type { FormatChoice } from '../../src/model/result.js';
import { parseRun } from '../../src/parsers/index.js';
import type { InputFile } from '../../src/parsers/input.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A committed fixture as the parsers see it: `path` relative to __tests__/fixtures. */
export function fixture(relative: string): InputFile {
  return { path: relative, text: readFileSync(path.join(FIXTURES, relative), 'utf8') };
}

/** Every file under a fixture folder, as files.ts would read a target/criterion directory. */
export function fixtureTree(relative: string): InputFile[] {
  return readdirSync(path.join(FIXTURES, relative), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fixture(path.relative(FIXTURES, path.join(entry.parentPath, entry.name))));
}

export function isFixtureFolder(relative: string): boolean {
  return statSync(path.join(FIXTURES, relative)).isDirectory();
}

/** An `ab --keep-outputs` folder back into passes: its files are numbered in the order they ran. */
export function keptPasses(relative: string, format: FormatChoice): SameJobPass[] {
  const passes: SameJobPass[] = [];
  for (const name of readdirSync(path.join(FIXTURES, relative)).sort()) {
    const m = /^\d+-(base|head)-side-pass-(\d+)-\d+-/.exec(name);
    if (!m) continue;
    const i = Number(m[2]) - 1;
    passes[i] ??= { base: [], head: [] };
    (passes[i] as SameJobPass)[m[1] as 'base' | 'head'] = parseRun(
      [fixture(`${relative}/${name}`)],
      format,
    ).results;
  }
  return passes;
}
