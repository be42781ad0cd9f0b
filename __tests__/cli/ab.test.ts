// `perf-regression ab` in real git repositories built here: two commits (or a work tree with changes),
// a benchmark program whose numbers come from the code of its own tree, run through dist/cli.js.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/model/report.js';
import { benchProgram } from '../helpers/ab-program.js';
import { git } from '../store/git-remote.js';
import { CLI, type CliRun, spawnCollect, transcript } from './run-cli.js';

let scratch: string;
let repo: string;
let tmp: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'perf-regression-ab-test-'));
  repo = path.join(scratch, 'repo');
  // The A/B's own temporary folders go here, so a test can see that none is left behind.
  tmp = path.join(scratch, 'tmp');
  await mkdir(repo);
  await mkdir(tmp);
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  await writeFile(path.join(repo, '.gitignore'), '.count\n');
  await commit({ Slow: 1000, Same: 500 }, 'base');
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function commit(work: Record<string, number>, message: string): Promise<string> {
  await writeFile(path.join(repo, 'bench.mjs'), benchProgram(work));
  git(repo, ['add', '-A']);
  git(repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

function ab(args: string[], cwd = repo): Promise<CliRun> {
  return spawnCollect(process.execPath, [CLI, 'ab', ...args], cwd, { TMPDIR: tmp });
}

function reportOf(run: CliRun): ComparisonReport {
  return JSON.parse(run.stdout) as ComparisonReport;
}

function statuses(report: ComparisonReport): Record<string, string> {
  return Object.fromEntries(report.series.map((s) => [s.name, s.status]));
}

/** The A/B left nothing behind: no worktree registered, no temporary folder. */
function expectCleanedUp(): void {
  expect(git(repo, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1);
  expect(readdirSync(tmp)).toEqual([]);
}

describe('ab on two commits', () => {
  it('flags the benchmark the head made slower, whatever each pass did to the machine', async () => {
    const base = git(repo, ['rev-parse', 'HEAD']);
    await commit({ Slow: 1300, Same: 500 }, 'slower');
    const run = await ab(['--base', 'HEAD~1', '--run', 'node bench.mjs', '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = reportOf(run);
    expect(statuses(report)).toEqual({ BenchmarkSlow: 'regression', BenchmarkSame: 'unchanged' });
    expect(report.sameJob).toEqual({
      passes: 5,
      baseCommit: base,
      headCommit: git(repo, ['rev-parse', 'HEAD']),
    });
    const slow = report.series.find((s) => s.name === 'BenchmarkSlow');
    expect(slow?.test?.method).toBe('same-job');
    expect(slow?.change?.percent).toBeCloseTo(30, 2);
    expect(slow?.baseline?.runCenters).toHaveLength(5);
    expectCleanedUp();
  });

  it('the head is the work tree as it is: an uncommitted change is measured', async () => {
    await writeFile(path.join(repo, 'bench.mjs'), benchProgram({ Slow: 1000, Same: 800 }));
    const run = await ab(['--base', 'HEAD', '--run', 'node bench.mjs', '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(statuses(reportOf(run))).toEqual({ BenchmarkSlow: 'unchanged', BenchmarkSame: 'regression' });
    expectCleanedUp();
  });

  it('A/A (both sides the same commit) flags nothing', async () => {
    const run = await ab(['--base', 'HEAD', '--run', 'node bench.mjs', '--json', '-', '--passes', '3']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(statuses(reportOf(run))).toEqual({ BenchmarkSlow: 'unchanged', BenchmarkSame: 'unchanged' });
  });

  it('alternates which side goes first, gives each its side and output file, and reports progress', async () => {
    const log = path.join(scratch, 'order.log');
    const run = await ab([
      '--base',
      'HEAD',
      '--passes',
      '4',
      '--setup',
      `echo "setup $PERF_REGRESSION_SIDE" >> ${log}`,
      '--run',
      `echo "$PERF_REGRESSION_SIDE $(basename "$PERF_REGRESSION_OUTPUT")" >> ${log}; node bench.mjs file`,
      '--json',
      '-',
    ]);
    expect(run.exitCode, transcript(run)).toBe(0);
    const order = readFileSync(log, 'utf8').trim().split('\n');
    expect(order.map((l) => (l.split(' ')[0] === 'setup' ? l : l.split(' ')[0]))).toEqual([
      'setup base',
      'setup head',
      'base',
      'head',
      'head',
      'base',
      'base',
      'head',
      'head',
      'base',
    ]);
    // Every invocation gets its own output file.
    expect(new Set(order.slice(2)).size).toBe(8);
    expect(reportOf(run).series).toHaveLength(2);
    const progress = run.stderr.trim().split('\n');
    expect(progress).toHaveLength(10);
    expect(progress[2]).toMatch(/^perf-regression ab: pass 1\/4 base \d+\.\d s$/);
    expect(progress[9]).toMatch(/^perf-regression ab: pass 4\/4 base \d+\.\d s$/);
  });

  it('a benchmark only the head has is new, one only the base has is missing', async () => {
    await commit({ Slow: 1000, Added: 50 }, 'renamed');
    const run = await ab(['--base', 'HEAD~1', '--run', 'node bench.mjs', '--json', '-', '--passes', '2']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(statuses(reportOf(run))).toEqual({
      BenchmarkSlow: 'unchanged',
      BenchmarkAdded: 'new',
      BenchmarkSame: 'missing',
    });
  });

  it('prints the plain-text or Markdown report, which says the base was measured in the same job', async () => {
    const base = git(repo, ['rev-parse', 'HEAD']);
    const run = await ab(['--base', 'HEAD', '--run', 'node bench.mjs', '--passes', '2', '--output', 'text']);
    expect(run.stdout).toContain(
      `Measured against ${base.slice(0, 12)} in the same job, 2 passes alternating base and head`,
    );
    const markdown = await ab(['--base', 'HEAD', '--run', 'node bench.mjs', '--passes', '2']);
    expect(markdown.stdout).toContain(
      `> Measured against \`${base.slice(0, 12)}\` in the same job, 2 passes`,
    );
  });
});

describe('ab failures: one line, exit 2, nothing left behind', () => {
  function expectOneLine(run: CliRun, pattern: RegExp): void {
    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.at(-1), transcript(run)).toMatch(pattern);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }

  it('--base that is not a commit', async () => {
    const run = await ab(['--base', 'no-such-branch', '--run', 'node bench.mjs']);
    expectOneLine(run, /^perf-regression: --base "no-such-branch" is not a commit of this repository/);
    expectCleanedUp();
  });

  it('a folder that is not a git work tree', async () => {
    const run = await ab(['--base', 'HEAD', '--run', 'true'], tmp);
    expectOneLine(
      run,
      /: not inside a git work tree; ab compares the work tree with a commit of its repository$/,
    );
  });

  it('the command failing on one side names the side, the pass, the exit code and its last stderr', async () => {
    const run = await ab([
      '--base',
      'HEAD',
      '--run',
      '[ "$PERF_REGRESSION_SIDE" = head ] && [ -e .count ] && { echo "warming up" >&2; echo "panic: boom" >&2; exit 3; }; node bench.mjs',
    ]);
    expectOneLine(
      run,
      /^perf-regression: the --run command failed on the head side \(pass 2\/5, exit code 3\); its stderr ended: warming up ⏎ panic: boom$/,
    );
    expectCleanedUp();
  });

  it('--passes 1 is a usage error: one pass cannot tell a change from noise', async () => {
    const run = await ab(['--base', 'HEAD', '--run', 'true', '--passes', '1']);
    expectOneLine(run, /--passes must be at least 2/);
  });

  it('a run over --timeout stops, says where, and cleans up', async () => {
    const run = await ab(['--base', 'HEAD', '--run', 'sleep 30', '--timeout', '0.02']);
    expectOneLine(
      run,
      /^perf-regression: the A\/B took longer than its timeout of 0\.02 minute\(s\); stopped in pass 1\/5, base side$/,
    );
    expectCleanedUp();
  });

  it('Ctrl-C during a pass removes the worktree', async () => {
    const child = spawn(process.execPath, [CLI, 'ab', '--base', 'HEAD', '--run', 'sleep 30'], {
      cwd: repo,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Wait until the base worktree exists, then interrupt.
    for (let i = 0; i < 200 && git(repo, ['worktree', 'list']).split('\n').length < 2; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(git(repo, ['worktree', 'list']).split('\n')).toHaveLength(2);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', (c, signal) => resolve(c ?? (signal ? 130 : null))),
    );
    expect(code).not.toBe(0);
    expectCleanedUp();
  });

  it('a worktree registration left by a killed run does not get in the way', async () => {
    const stale = path.join(scratch, 'stale-worktree');
    git(repo, ['worktree', 'add', '--quiet', '--detach', stale, 'HEAD']);
    await rm(stale, { recursive: true, force: true });
    const run = await ab(['--base', 'HEAD', '--run', 'node bench.mjs', '--passes', '2', '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expectCleanedUp();
    expect(existsSync(stale)).toBe(false);
  });
});
