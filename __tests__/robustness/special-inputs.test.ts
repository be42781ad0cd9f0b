// Issue 17, item 9: the inputs too big or too special to commit, made in a temp folder and run through
// dist/cli.js — each a one-line error naming the file, or a result, within a bound, never a hang.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, type CliRun, runCli, scratchFolder, spawnCollect, transcript } from '../cli/run-cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const STACK_FRAME = /^\s+at .+[:(]/m;
/** Longest error line accepted: a message quotes a file's start, never all of a 50 MB line. */
const MAX_LINE = 1000;
const NOBODY = 65534;

let scratch: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  scratch = await scratchFolder();
});

afterAll(async () => {
  await scratch.remove();
});

/** Whether a user who is neither the owner nor in the group can reach and run `file`. */
function othersCanRun(file: string): boolean {
  if ((statSync(file).mode & 0o005) !== 0o005) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/**
 * The CLI and a node binary that `nobody` can run: the clone may sit under a folder only root enters
 * (/root), so the bundle is copied into the scratch folder, and node too when its own folder is closed.
 */
function runnableByNobody(): { node: string; cli: string } {
  const bundle = path.join(scratch.dir, 'bundle');
  cpSync(path.dirname(CLI), bundle, { recursive: true });
  let node = process.execPath;
  if (!othersCanRun(node)) {
    node = path.join(scratch.dir, 'node');
    cpSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  return { node, cli: path.join(bundle, path.basename(CLI)) };
}

function write(name: string, content: string | Buffer): string {
  writeFileSync(path.join(scratch.dir, name), content);
  return name;
}

function expectOneLine(run: CliRun, file: string, says: string | RegExp): void {
  expect(run.exitCode, transcript(run)).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_FRAME);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, transcript(run).slice(0, 2000)).toHaveLength(1);
  expect(lines[0]?.length).toBeLessThan(MAX_LINE);
  expect(lines[0]?.startsWith(`perf-regression: ${file}: `), lines[0]).toBe(true);
  if (typeof says === 'string') expect(lines[0]).toContain(says);
  else expect(lines[0]).toMatch(says);
}

describe('inputs made at test time', () => {
  it('a 50 MB line of a go benchmark name: one short line, in bounded time', async () => {
    const file = write(
      'long-line.txt',
      `goos: linux\nBenchmark${'x'.repeat(50_000_000)}-8  1000  123 ns/op\n`,
    );
    const started = Date.now();
    const run = await runCli(['parse', file], scratch.dir);
    expectOneLine(run, file, 'unrecognized benchmark output (text starting "goos: linux")');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('a 50 MB line read as go output: the result, its name kept whole', async () => {
    const name = `Benchmark${'y'.repeat(50_000_000)}`;
    const file = write('long-line-go.txt', `${name}-8  1000  123 ns/op\n`);
    const run = await runCli(['parse', '--format', 'go', file], scratch.dir);
    expect(run.exitCode, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { results: { name: string; value: number }[] };
    expect(parsed.results.map((r) => [r.name.length, r.value])).toEqual([[name.length, 123]]);
  }, 60_000);

  it('JSON nested 100,000 deep, bare and in pytest params: "nested more than 1000 levels"', async () => {
    const bare = write('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const pytest = JSON.parse(readFileSync(path.join(FIXTURES, 'pytest/baseline.json'), 'utf8')) as {
      benchmarks: Record<string, unknown>[];
    };
    pytest.benchmarks = pytest.benchmarks.map((b, i) => (i === 0 ? { ...b, params: '@DEEP@' } : b));
    const params = write('deep-params.json', JSON.stringify(pytest).replace('"@DEEP@"', deep));
    expectOneLine(
      await runCli(['parse', bare], scratch.dir),
      bare,
      'line 1: JSON nested more than 1000 levels deep',
    );
    expectOneLine(
      await runCli(['parse', params], scratch.dir),
      params,
      /^perf-regression: deep-params\.json: line \d+: JSON nested more than 1000 levels deep; expected pytest-benchmark JSON/,
    );
  }, 60_000);

  it('a FIFO: refused at once, not read forever', async () => {
    execFileSync('mkfifo', [path.join(scratch.dir, 'fifo.txt')]);
    expectOneLine(
      await runCli(['parse', 'fifo.txt'], scratch.dir),
      'fifo.txt',
      'not a regular file (a FIFO, socket or device)',
    );
  });

  it('a file the user may not read', async () => {
    const file = write('secret.txt', readFileSync(path.join(FIXTURES, 'go/baseline_cpu1_count10.txt')));
    chmodSync(path.join(scratch.dir, file), 0o000);
    chmodSync(scratch.dir, 0o755);
    // root reads any file: run the CLI as nobody then, as a runner's user would be refused.
    const asNobody = process.getuid?.() === 0;
    const nobody = asNobody ? runnableByNobody() : undefined;
    const run = nobody
      ? await spawnCollect(
          'setpriv',
          [
            `--reuid=${NOBODY}`,
            `--regid=${NOBODY}`,
            '--clear-groups',
            nobody.node,
            nobody.cli,
            'parse',
            file,
          ],
          scratch.dir,
        )
      : await runCli(['parse', file], scratch.dir);
    expectOneLine(run, file, 'cannot read file (EACCES)');
  });

  it('a loop of symbolic links: named as one, not as a missing file', async () => {
    symlinkSync('loop-b', path.join(scratch.dir, 'loop-a'));
    symlinkSync('loop-a', path.join(scratch.dir, 'loop-b'));
    expectOneLine(
      await runCli(['parse', 'loop-a'], scratch.dir),
      'loop-a',
      'a loop of symbolic links (ELOOP)',
    );
  });

  it('a glob matching 10,000 files under a limit of 256 open files: one pooled series, bounded time', async () => {
    mkdirSync(path.join(scratch.dir, 'many'));
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(
        path.join(scratch.dir, 'many', `r${i}.txt`),
        `BenchmarkX-8   1000   ${100 + (i % 7)} ns/op\n`,
      );
    }
    write('base.txt', 'BenchmarkX-8   1000   103 ns/op\nBenchmarkX-8   1000   104 ns/op\n');
    const started = Date.now();
    const run = await spawnCollect(
      'sh',
      [
        '-c',
        `ulimit -n 256 && "${process.execPath}" "${CLI}" compare --baseline base.txt --current 'many/r*.txt' --json -`,
      ],
      scratch.dir,
    );
    expect(run.exitCode, transcript(run).slice(0, 3000)).toBe(0);
    const report = JSON.parse(run.stdout) as { series: { current: { n: number } }[] };
    expect(report.series.map((s) => s.current.n)).toEqual([10_000]);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 120_000);
});
