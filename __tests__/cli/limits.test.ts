// Issue 17, item 7, on the command line: only regular files are read, a closed stdout pipe ends the
// CLI quietly, and thousands of files are read without running out of file descriptors.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { CLI, runCli, scratchFolder, spawnCollect, transcript } from './run-cli.js';

let scratch: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  scratch = await scratchFolder();
});

afterEach(async () => {
  await scratch.remove();
});

describe('perf-regression parse', () => {
  it('refuses a FIFO in one line instead of blocking on it', async () => {
    execFileSync('mkfifo', [path.join(scratch.dir, 'results.txt')]);
    const run = await runCli(['parse', 'results.txt'], scratch.dir);

    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stderr).toBe(
      'perf-regression: results.txt: not a regular file (a FIFO, socket or device); expected benchmark output\n',
    );
  });

  it('refuses a device named in the files', async () => {
    const run = await runCli(['parse', '/dev/zero'], scratch.dir);
    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stderr).toMatch(/^perf-regression: \/dev\/zero: not a regular file/);
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const fixture = path.join(FIXTURES, 'go/baseline_cpu1_count10.txt');
    const run = await spawnCollect(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${CLI}" parse "${fixture}" | head -c 100 > /dev/null; echo "status \${PIPESTATUS:-done}"`,
      ],
      scratch.dir,
    );
    expect(run.stderr, transcript(run)).toBe('');
  });

  it('reads a glob of 3,000 files with a low limit of open files', async () => {
    const text = 'BenchmarkX-8   1000   123 ns/op\n';
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(scratch.dir, `r${i}.txt`), text);
    const run = await spawnCollect(
      'sh',
      ['-c', `ulimit -n 256 && "${process.execPath}" "${CLI}" parse 'r*.txt' > out.json`],
      scratch.dir,
    );
    expect(run.stderr, transcript(run)).toBe('');
    expect(run.exitCode).toBe(0);
  });
});
