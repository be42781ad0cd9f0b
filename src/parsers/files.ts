// Turns the user's list of paths and globs into input files. The only file-system code used by
// parsing; the parsers themselves take text.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../model/errors.js';
import type { InputFile } from './input.js';

/** The files criterion writes per benchmark under target/criterion/<id>/new/. */
const CRITERION_FILES = new Set(['benchmark.json', 'estimates.json', 'sample.json']);

/** Splits an action input or CLI list: newlines (and commas between patterns are not special). */
export function splitPatterns(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith('#'));
}

/**
 * Reads every file named by `patterns` (paths, globs, or directories holding criterion's
 * target/criterion tree). Fails with one line per problem: a missing path, a glob matching nothing,
 * a binary file.
 */
export async function readInputFiles(patterns: string[], cwd: string = process.cwd()): Promise<InputFile[]> {
  if (patterns.length === 0) throw new InputError('no input files given');
  const paths: string[] = [];
  for (const pattern of patterns) {
    for (const p of await expandPattern(pattern, cwd)) paths.push(p);
  }
  const unique = [...new Set(paths)];
  return mapBounded(unique, READ_CONCURRENCY, (p) => readInputFile(p, cwd));
}

/** Files open at once: a 10,000-file glob must not run into the process's file descriptor limit. */
const READ_CONCURRENCY = 32;

/** `items.map(fn)` with at most `limit` calls in flight, results in input order. */
async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  if (isDynamicPattern(pattern)) {
    const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
    if (matches.length === 0) throw new InputError(`${pattern}: the glob matched no file`);
    return matches.sort();
  }
  const info = await stat(path.resolve(cwd, pattern)).catch((err: NodeJS.ErrnoException) => {
    // A link pointing back at itself is there but never leads to a file: say so, not "no such file".
    if (err.code === 'ELOOP')
      throw new InputError(`${pattern}: a loop of symbolic links (ELOOP); expected a file`);
    if (err.code === 'EACCES') throw new InputError(`${pattern}: cannot read file (EACCES)`);
    return undefined;
  });
  if (!info) throw new InputError(`${pattern}: no such file or directory`);
  if (!info.isDirectory()) return [pattern];
  const found = await findCriterionFiles(path.resolve(cwd, pattern));
  if (found.length === 0) {
    throw new InputError(
      `${pattern}: directory holds no criterion results (expected <benchmark>/new/estimates.json files, as in target/criterion)`,
    );
  }
  return found.map((f) => path.relative(cwd, f) || f).sort();
}

async function findCriterionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && CRITERION_FILES.has(e.name) && path.basename(e.parentPath) === 'new')
    .map((e) => path.join(e.parentPath, e.name));
}

async function readInputFile(p: string, cwd: string): Promise<InputFile> {
  const cannotRead = (err: NodeJS.ErrnoException) => {
    throw new InputError(`${p}: cannot read file (${err.code ?? err.message})`);
  };
  // A FIFO or a device would block or never end: only regular files are read.
  const info = await stat(path.resolve(cwd, p)).catch(cannotRead);
  if (!info.isFile()) {
    throw new InputError(`${p}: not a regular file (a FIFO, socket or device); expected benchmark output`);
  }
  const bytes = await readFile(path.resolve(cwd, p)).catch(cannotRead);
  const text = decodeText(p, bytes);
  if (text.trim() === '') throw new InputError(`${p}: empty file; expected benchmark output`);
  return { path: p, text: text.replace(/^\uFEFF/, '') };
}

/** UTF-8, or UTF-16 with a byte-order mark (what Windows PowerShell 5's `>` writes). */
export function decodeText(p: string, bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (!utf16 && bytes.includes(0))
    throw new InputError(`${p}: binary file; expected benchmark output as text or JSON`);
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `${p}: not valid ${utf16 ?? 'UTF-8'} text; expected benchmark output as text or JSON`,
    );
  }
}
