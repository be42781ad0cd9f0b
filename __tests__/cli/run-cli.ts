// Runs the bundled CLI (dist/cli.js) the way a user does: `node dist/cli.js …` in a directory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(REPO, 'dist/cli.js');

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd` (the fixtures folder unless told), collecting its output. */
export async function runCli(args: string[], cwd: string = FIXTURES): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  return spawnCollect(process.execPath, [CLI, ...args], cwd);
}

/** Runs `command ...args` in `cwd` with stdout and stderr piped, collecting both. */
export async function spawnCollect(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { exitCode, stdout, stderr };
}

/** Everything a run printed, for assertion messages. */
export function transcript(run: CliRun): string {
  return `exit code ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** Bad input: exit code 2, nothing on stdout, exactly one line on stderr (no stack trace), equal to `line`. */
export function expectOneLineError(run: CliRun, line: string | RegExp): void {
  expect(run.exitCode, transcript(run)).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n'), transcript(run)).toBe(true);
  expect(run.stderr.slice(0, -1).split('\n'), transcript(run)).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  if (typeof line === 'string') expect(run.stderr).toBe(`${line}\n`);
  else expect(run.stderr.slice(0, -1)).toMatch(line);
}

/** A scratch folder, removed by the returned function. */
export async function scratchFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'perf-regression-cli-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
