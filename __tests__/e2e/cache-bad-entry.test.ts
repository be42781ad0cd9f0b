// Issue 17, item 6, through dist/index.js: a newest Actions cache entry that cannot be read — a damaged
// archive, or a document of another suite saved under the key — never switches the gate off. The action
// lists the saved keys (GET /repos/{owner}/{repo}/actions/caches on the local GitHub fake, backed by the
// local cache service), compares with the newest readable older entry, names the bad key in the warning,
// and the next push saves a good entry on top.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { saveCache } from '@actions/cache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEnv } from '../support/actions-services.js';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';

let repo: TestRepository;
let files: string;

beforeEach(async () => {
  repo = await TestRepository.create();
  files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
  for (const label of ['main 1', 'main 2']) {
    const pushed = await repo.push({ files }, { sha: commitOf(label) });
    expect(pushed.exitCode, transcript(pushed)).toBe(0);
  }
});

afterEach(async () => {
  await repo.close();
});

function newestEntry() {
  return [...repo.services.cacheEntries].sort((a, b) => b.sequence - a.sequence)[0];
}

/** Overwrites the start of the newest archive: zstd and tar then fail on it. */
function damageNewestArchive(): string {
  const newest = newestEntry();
  const bytes = newest && repo.services.blobContent(newest.blob);
  if (!newest || !bytes) throw new Error('no archive to damage');
  bytes.fill(0x41, 0, Math.min(64, bytes.length));
  return newest.key;
}

/** Saves another suite's history document under this suite's next key, from outside the action. */
async function saveForeignEntry(key: string): Promise<void> {
  const folder = path.join(repo.workspace, '.perf-regression-cache/benchmarks');
  await mkdir(folder, { recursive: true });
  const foreign = { schema: 'perf-regression/history', version: 1, suite: 'other-suite', entries: [] };
  await writeFile(path.join(folder, 'history.json'), JSON.stringify(foreign));
  const restore = applyEnv(repo.services.env);
  const cwd = process.cwd();
  process.chdir(repo.workspace);
  try {
    await saveCache(['.perf-regression-cache/benchmarks/history.json'], key, undefined, true);
  } finally {
    process.chdir(cwd);
    restore();
  }
}

describe('an unreadable newest history entry in the Actions cache', () => {
  it('a damaged archive: the pull request compares with the older entry and the warning names the key', async () => {
    const bad = damageNewestArchive();

    const run = await repo.pullRequest({ files }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect((await reportOf(run)).baselineRuns).toBe(1);
    expect(run.warnings).toEqual([
      // @actions/cache's own line, which names no key…
      `Failed to restore: "/usr/bin/tar" failed with error: The process '/usr/bin/tar' failed with exit code 2`,
      // …and ours, which does.
      expect.stringMatching(
        new RegExp(
          `^Actions cache entry ${escapeRegExp(bad)}: could not be restored: .*tar.* — skipped for the newest readable entry perf-regression:benchmarks:main:9001-1-[0-9a-f]{12}, comparing with it; delete the bad one: gh cache delete '${escapeRegExp(bad)}'$`,
        ),
      ),
    ]);
    expect(run.api.some((r) => r.path === '/repos/acme/widgets/actions/caches' && r.status === 200)).toBe(
      true,
    );
  });

  it('a foreign document: the next push saves a good entry on top of the older one, and later runs read it without a warning', async () => {
    const bad = 'perf-regression:benchmarks:main:9999-1-000000000000';
    await saveForeignEntry(bad);

    const push = await repo.push({ files }, { sha: commitOf('main 3') });

    expect(push.exitCode, transcript(push)).toBe(0);
    // Once when the push reads its baseline, once when it records.
    expect(push.warnings).toEqual(
      ['comparing with it', 'this run is saved on top of it'].map((consequence) =>
        expect.stringMatching(
          new RegExp(
            `^Actions cache entry ${escapeRegExp(bad)}: suite: holds suite "other-suite", not "benchmarks" — skipped for the newest readable entry perf-regression:benchmarks:main:9002-1-[0-9a-f]{12}, ${consequence}; delete the bad one: gh cache delete '${escapeRegExp(bad)}'$`,
          ),
        ),
      ),
    );
    const pr = await repo.pullRequest({ files }, { number: 4 });
    expect(pr.exitCode, transcript(pr)).toBe(0);
    expect(pr.warnings, transcript(pr)).toEqual([]);
    expect((await reportOf(pr)).baselineRuns).toBe(3);
  });

  it('without a token to list the keys: no baseline, with a warning naming the damaged key', async () => {
    const bad = damageNewestArchive();

    const run = await repo.pullRequest({ files, 'github-token': '' }, { number: 5 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs.verdict).toBe('no-baseline');
    expect(run.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Actions cache entry ${escapeRegExp(bad)}: could not be restored: .* gh cache delete '${escapeRegExp(bad)}'$`,
        ),
      ),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
