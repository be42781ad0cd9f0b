// The bundle must load and run on Node 20 too (package.json: engines >= 20; self-hosted runners and the
// CLI may use it), not only on the node24 the action declares. /usr/bin/node is the system Node 20.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOf, runNode, TestRepository, transcript } from './action-run.js';

const SYSTEM_NODE = '/usr/bin/node';

describe('dist/index.js on the system Node 20', () => {
  let repo: TestRepository;

  beforeAll(async () => {
    repo = await TestRepository.create();
  });

  afterAll(async () => {
    await repo.close();
  });

  it('is Node 20', async () => {
    const version = await runNode(SYSTEM_NODE, ['--version'], { cwd: repo.workspace, env: {} });
    expect(version.stdout.trim()).toMatch(/^v20\./);
  });

  it('records a push and reads it back on the next one', async () => {
    const files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');

    const first = await repo.push({ files }, { node: SYSTEM_NODE });
    const second = await repo.push({ files }, { node: SYSTEM_NODE });

    expect(first.exitCode, transcript(first)).toBe(0);
    expect(first.warnings, transcript(first)).toEqual([]);
    expect(first.outputs.verdict).toBe('no-baseline');
    expect(second.exitCode, transcript(second)).toBe(0);
    expect(second.outputs.verdict).toBe('pass');
    expect((await reportOf(second)).baselineRuns).toBe(1);
  });
});
