// Issue 17, item 4, through dist/index.js: the Actions cache finds the history whatever the runner's
// RUNNER_TEMP (self-hosted fleets, container jobs), and the checkout is left as it was.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';

let repo: TestRepository;

beforeEach(async () => {
  repo = await TestRepository.create();
});

afterEach(async () => {
  await repo.close();
});

describe('history in the Actions cache', () => {
  it('is shared by two runners with different RUNNER_TEMP', async () => {
    const files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
    const first = await repo.push({ files }, { sha: commitOf('main 1') });
    expect(first.exitCode, transcript(first)).toBe(0);

    const otherTemp = path.join(path.dirname(repo.workspace), 'other-runner-temp');
    await mkdir(otherTemp, { recursive: true });
    const second = await repo.push({ files }, { sha: commitOf('main 2'), env: { RUNNER_TEMP: otherTemp } });

    expect(second.exitCode, transcript(second)).toBe(0);
    expect(second.stdout).toContain('1 run(s) of history from the Actions cache (main)');
    expect((await reportOf(second)).baselineRuns).toBe(1);
    expect(existsSync(path.join(repo.workspace, '.perf-regression-cache'))).toBe(false);
  });
});
