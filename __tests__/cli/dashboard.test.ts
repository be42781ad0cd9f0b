// `perf-regression dashboard`: the site of a history folder that `compare --history-dir` recorded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, scratchFolder, transcript } from './run-cli.js';

let scratch: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  scratch = await scratchFolder();
});

afterEach(async () => {
  await scratch.remove();
});

describe('perf-regression dashboard', () => {
  it('builds the site of every suite recorded in --history-dir into --out', async () => {
    const history = path.join(scratch.dir, 'history');
    const out = path.join(scratch.dir, 'site');
    for (const [suite, file] of [
      ['go', 'go/history/same_1.txt'],
      ['go', 'go/history/regressed_1.txt'],
      ['vitest', 'vitest/pair_baseline.json'],
    ] as const) {
      const run = await runCli(['compare', '--history-dir', history, '--suite', suite, '--current', file]);
      expect([0, 1], transcript(run)).toContain(run.exitCode);
    }
    const run = await runCli([
      'dashboard',
      '--history-dir',
      history,
      '--out',
      out,
      '--repo-url',
      'https://github.com/acme/widgets',
    ]);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toMatch(/^2 suite\(s\), \d+ series: file:\/\/.*\/site\/index\.html\n$/);
    const page = readFileSync(path.join(out, 'index.html'), 'utf8');
    const data = JSON.parse(/id="dashboard-data">(.*)<\/script>/.exec(page)?.[1] ?? '') as {
      repositoryUrl: string;
      suites: { suite: string; runs: unknown[] }[];
    };
    expect(data.repositoryUrl).toBe('https://github.com/acme/widgets');
    expect(data.suites.map((s) => [s.suite, s.runs.length])).toEqual([
      ['go', 2],
      ['vitest', 1],
    ]);
    expect(readdirSync(path.join(out, 'assets'))).toHaveLength(1);
  });

  it('needs --history-dir and --out', async () => {
    const run = await runCli(['dashboard', '--out', scratch.dir]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      'perf-regression: dashboard needs --history-dir DIR; run "perf-regression --help" for usage\n',
    );
    expect(existsSync(path.join(scratch.dir, 'index.html'))).toBe(false);
  });
});
