// ActionsCacheStore against the local Actions services: the real @actions/cache saves and restores
// tar archives over HTTP, so keys, prefix matching, versions and failures behave as on a runner.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { saveCache } from '@actions/cache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionsCacheStore } from '../../src/store/cache.js';
import {
  type ActionsServices,
  applyEnv,
  captureStdout,
  startActionsServices,
  withoutRetryPauses,
} from '../support/actions-services.js';
import { entry, runIds } from './entries.js';

const MAIN = { branches: ['main'] };
const KEEP = { historySize: 10 };

let services: ActionsServices;
let restoreEnv: () => void;
let warnings: string[];
let stdout: ReturnType<typeof captureStdout>;

beforeEach(async ({ onTestFailed }) => {
  services = await startActionsServices();
  restoreEnv = applyEnv(services.env);
  warnings = [];
  stdout = captureStdout();
  onTestFailed(() => console.log(stdout.text()));
});

afterEach(async () => {
  stdout.restore();
  restoreEnv();
  await services.close();
});

function newStore(): ActionsCacheStore {
  return new ActionsCacheStore({ warn: (message) => warnings.push(message) });
}

function cacheCalls(): string[] {
  return services.requests.filter((r) => r.service === 'cache').map((r) => `${r.operation} ${r.status}`);
}

function savedKeys(): string[] {
  return services.cacheEntries.filter((e) => e.finalized).map((e) => e.key);
}

describe('ActionsCacheStore', () => {
  it('has no history on the first run, and says nothing about it', async () => {
    expect(await newStore().read('go', MAIN)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(cacheCalls()).toEqual(['GetCacheEntryDownloadURL 200']);
  });

  it('reads back an appended entry, from a new key per run under the suite and branch prefix', async () => {
    const store = newStore();
    await store.append('go', entry('1001'), KEEP);

    expect(await newStore().read('go', MAIN)).toEqual([entry('1001')]);
    expect(savedKeys()).toEqual([expect.stringMatching(/^perf-regression:go:main:1001-1-[0-9a-f]{12}$/)]);
    expect(warnings).toEqual([]);
  });

  it('grows the history with each run: every append saves a new entry and the newest one is restored', async () => {
    const store = newStore();
    for (const [day, runId] of ['2001', '2002', '2003'].entries()) {
      await store.append('go', entry(runId, 'main', day + 1), KEEP);
    }

    expect(runIds(await store.read('go', MAIN))).toEqual(['2001', '2002', '2003']);
    expect(savedKeys()).toHaveLength(3);
    const lastLookup = services.requests.filter((r) => r.operation === 'GetCacheEntryDownloadURL').at(-1);
    expect(lastLookup?.body).toEqual({
      key: 'perf-regression:go:main:',
      restore_keys: ['perf-regression:go:main:'],
      version: expect.any(String),
    });
    expect(savedKeys()[2]).toMatch(/^perf-regression:go:main:2003-1-/);
  });

  it('keeps historySize entries per branch', async () => {
    const store = newStore();
    for (let day = 1; day <= 4; day++)
      await store.append('go', entry(`${day}`, 'main', day), { historySize: 2 });
    expect(runIds(await store.read('go', MAIN))).toEqual(['3', '4']);
  });

  it('reads the base branch first and falls back to the default branch', async () => {
    const store = newStore();
    await store.append('go', entry('1', 'main', 1), KEEP);
    await store.append('go', entry('2', 'release/1.x', 2), KEEP);
    await store.append('go', entry('3', 'main', 3), KEEP);

    expect(runIds(await store.read('go', { branches: ['release/1.x', 'main'] }))).toEqual(['2']);
    expect(runIds(await store.read('go', { branches: ['feature/x', 'main'] }))).toEqual(['1', '3']);
    expect(await store.read('go', { branches: ['feature/x'] })).toEqual([]);
  });

  it('never builds on the document of a branch whose name merely starts with the one appended to', async () => {
    const store = newStore();
    await store.append('go', entry('1', 'main', 1), KEEP);
    await store.append('go', entry('2', 'main-old', 2), KEEP);
    await store.append('go', entry('3', 'main', 3), KEEP);

    expect(runIds(await store.read('go', MAIN))).toEqual(['1', '3']);
    expect(runIds(await store.read('go', { branches: ['main-old'] }))).toEqual(['2']);
  });

  it('keeps suite "go-bench" on "main" apart from suite "go" on branch "bench-main"', async () => {
    const store = newStore();
    await store.append('go-bench', entry('1', 'main', 1), KEEP);
    await store.append('go', entry('2', 'bench-main', 2), KEEP);

    expect(runIds(await store.read('go-bench', MAIN))).toEqual(['1']);
    expect(runIds(await store.read('go', { branches: ['bench-main'] }))).toEqual(['2']);
  });

  it('escapes the characters cache keys refuse or that would break prefixes', async () => {
    const store = newStore();
    await store.append('Go Bench', entry('7,8', 'odd:branch,name'), KEEP);

    expect(runIds(await store.read('Go Bench', { branches: ['odd:branch,name'] }))).toEqual(['7,8']);
    expect(savedKeys()).toEqual([
      expect.stringMatching(/^perf-regression:go-bench-a99fdedd:odd%3Abranch%2Cname:7%2C8-1-[0-9a-f]{12}$/),
    ]);
  });

  it('saves nothing when the entry is already recorded, and a new key when the same attempt records more', async () => {
    const store = newStore();
    await store.append('go', entry('5'), KEEP);
    await store.append('go', entry('5'), KEEP);
    expect(savedKeys()).toHaveLength(1);

    const sameAttemptOtherCommit = entry('5', 'main', 2, { commit: 'f'.repeat(40) });
    await store.append('go', sameAttemptOtherCommit, KEEP);

    expect(savedKeys()).toHaveLength(2);
    expect(savedKeys()[1]).not.toBe(savedKeys()[0]);
    expect(await store.read('go', MAIN)).toEqual([entry('5'), sameAttemptOtherCommit]);
    expect(warnings).toEqual([]);
  });

  it('does not see documents cached from another folder (the cache version hashes the path)', async () => {
    await newStore().append('go', entry('1'), KEEP);
    const elsewhere = new ActionsCacheStore({ folder: '.other-cache' });
    expect(await elsewhere.read('go', MAIN)).toEqual([]);
  });

  it('shares history between runners whose RUNNER_TEMP and workspace differ, and leaves no file behind', async () => {
    await newStore().append('go', entry('1'), KEEP);
    const workspace = services.env.GITHUB_WORKSPACE as string;
    const otherRunner = path.join(path.dirname(workspace), 'runner-2');
    await mkdir(path.join(otherRunner, 'temp'), { recursive: true });
    const restore = applyEnv({
      RUNNER_TEMP: path.join(otherRunner, 'temp'),
      GITHUB_WORKSPACE: path.join(otherRunner, 'work'),
    });
    try {
      expect(await new ActionsCacheStore().read('go', MAIN)).toEqual([entry('1')]);
    } finally {
      restore();
    }
    expect(existsSync(path.join(workspace, '.perf-regression-cache'))).toBe(false);
    expect(existsSync(path.join(otherRunner, 'work', '.perf-regression-cache'))).toBe(false);
  });
});

describe('ActionsCacheStore when the cache service is missing or failing', () => {
  it('warns and carries on without ACTIONS_RESULTS_URL (not on a runner, or a GHES without cache v2)', async () => {
    applyEnv({ ACTIONS_RESULTS_URL: undefined });
    const store = newStore();

    expect(await store.read('go', MAIN)).toEqual([]);
    await store.append('go', entry('1'), KEEP);

    expect(warnings).toEqual([
      'Actions cache service is not available (no ACTIONS_RESULTS_URL, not on a runner?): history of suite "go" not read',
      'Actions cache service is not available (no ACTIONS_RESULTS_URL, not on a runner?): history of suite "go" not saved',
    ]);
    expect(services.requests).toEqual([]);
  });

  it('warns and carries on when the service refuses connections', async () => {
    await services.close();
    const store = newStore();

    expect(await store.read('go', MAIN)).toEqual([]);
    await store.append('go', entry('1'), KEEP);

    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache: history of suite "go" not read: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED\n/,
      ),
      expect.stringMatching(
        /^Actions cache: history of suite "go" not saved, the current history could not be read: Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED\n/,
      ),
    ]);
  });

  it('warns and saves nothing when every call answers 500, rather than starting the history over', async () => {
    const store = newStore();
    await store.append('go', entry('1', 'main', 1), KEEP);
    services.setFailure('cache', { status: 500 });

    const read = await withoutRetryPauses(() => store.read('go', MAIN));
    await withoutRetryPauses(() => store.append('go', entry('2', 'main', 2), KEEP));

    expect(read).toEqual([]);
    const failure =
      'Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected failure';
    expect(warnings).toEqual([
      `Actions cache: history of suite "go" not read: ${failure}`,
      `Actions cache: history of suite "go" not saved, the current history could not be read: ${failure}`,
    ]);
    expect(cacheCalls().filter((call) => call.startsWith('CreateCacheEntry'))).toEqual([
      'CreateCacheEntry 200',
    ]);
    services.setFailure('cache', undefined);
    expect(runIds(await store.read('go', MAIN))).toEqual(['1']);
  });

  it('warns on a 4xx answer such as a read denied to an untrusted event', async () => {
    services.setFailure('cache', { status: 403, message: 'cache read denied: token has no readable scopes' });

    expect(await newStore().read('go', MAIN)).toEqual([]);
    expect(warnings).toEqual([
      'Actions cache: history of suite "go" not read: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (403) Forbidden: cache read denied: token has no readable scopes',
    ]);
  });

  it('warns when the entry cannot be saved, e.g. a token that may only read', async () => {
    services.setFailure('cache', {
      status: 403,
      operation: 'CreateCacheEntry',
      message: 'cache write denied: token is read-only',
    });

    await newStore().append('go', entry('1'), KEEP);

    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache: history of suite "go" not saved under key perf-regression:go:main:1-1-/,
      ),
    ]);
    expect(savedKeys()).toEqual([]);
  });

  it('skips a corrupt newest entry with a warning naming its key, and the next append saves a good one on top', async () => {
    const store = newStore();
    const file = store.documentPath('go');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"schema": "perf-regression/history", "version": 1, "suite": "go", "entries": [');
    const cwd = process.cwd();
    process.chdir(services.env.GITHUB_WORKSPACE as string);
    try {
      await saveCache([store.cachedPath('go')], 'perf-regression:go:main:99-1-000000000000', undefined, true);
    } finally {
      process.chdir(cwd);
    }

    expect(await store.read('go', MAIN)).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache entry perf-regression:go:main:99-1-000000000000: not valid JSON .* — comparing without a baseline; the next recording run saves a good entry on top of it \(or delete it: gh cache delete 'perf-regression:go:main:99-1-000000000000'\)$/,
      ),
    ]);
    await store.append('go', entry('1'), KEEP);
    expect(warnings[1]).toMatch(/saving this run as a new history on top of it/);
    expect(savedKeys()).toEqual([
      'perf-regression:go:main:99-1-000000000000',
      expect.stringMatching(/^perf-regression:go:main:1-1-/),
    ]);
    expect(await store.read('go', MAIN)).toEqual([entry('1')]);
  });

  it('with the saved keys listed, reads the newest readable older entry past a corrupt newest one, and the next append builds on it', async () => {
    const store = listingStore();
    await store.append('go', entry('1', 'main', 1), KEEP);
    await store.append('go', entry('2', 'main', 2), KEEP);
    await saveCorrupt(store, 'perf-regression:go:main:99-1-000000000000');

    expect(runIds(await store.read('go', MAIN))).toEqual(['1', '2']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache entry perf-regression:go:main:99-1-000000000000: not valid JSON .* — skipped for the newest readable entry perf-regression:go:main:2-1-[0-9a-f]{12}, comparing with it; delete the bad one: gh cache delete 'perf-regression:go:main:99-1-000000000000'$/,
      ),
    ]);

    await store.append('go', entry('3', 'main', 3), KEEP);
    expect(warnings[1]).toMatch(/skipped for the newest readable entry .*, this run is saved on top of it;/);
    warnings.length = 0;
    expect(runIds(await store.read('go', MAIN))).toEqual(['1', '2', '3']);
    expect(warnings).toEqual([]);
  });

  it('names the key of a damaged archive (tar fails), which restoreCache does not say', async () => {
    const store = newStore();
    await store.append('go', entry('1'), KEEP);
    damageNewestArchive();

    expect(await store.read('go', MAIN)).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache entry (perf-regression:go:main:1-1-[0-9a-f]{12}): could not be restored: .*tar.* — comparing without a baseline; if it stays, delete the entry: gh cache delete '\1'$/,
      ),
    ]);
    // A damaged archive may be a passing fault: the history is not cut short by a new chain over it.
    await store.append('go', entry('2'), KEEP);
    expect(warnings[1]).toMatch(
      /could not be restored: .* — history of suite "go" not saved, .*gh cache delete 'perf-regression:go:main:1-1-/,
    );
    expect(savedKeys()).toHaveLength(1);
  });

  it('skips a damaged newest archive for the older readable entry when the keys can be listed', async () => {
    const store = listingStore();
    await store.append('go', entry('1', 'main', 1), KEEP);
    await store.append('go', entry('2', 'main', 2), KEEP);
    damageNewestArchive();

    expect(runIds(await store.read('go', MAIN))).toEqual(['1']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Actions cache entry perf-regression:go:main:2-1-[0-9a-f]{12}: could not be restored: .* — skipped for the newest readable entry perf-regression:go:main:1-1-[0-9a-f]{12}, comparing with it; delete the bad one: gh cache delete 'perf-regression:go:main:2-1-[0-9a-f]{12}'$/,
      ),
    ]);
    await store.append('go', entry('3', 'main', 3), KEEP);
    expect(runIds(await store.read('go', MAIN))).toEqual(['1', '3']);
  });
});

/** A store that can list the saved keys, as the action's does with the REST API. */
function listingStore(): ActionsCacheStore {
  return new ActionsCacheStore({
    warn: (message) => warnings.push(message),
    listKeys: async (prefix) =>
      services.cacheEntries
        .filter((e) => e.finalized && e.key.startsWith(prefix))
        .sort((a, b) => b.sequence - a.sequence)
        .map((e) => e.key),
  });
}

/** Saves a cut-short document under `key`, as a run killed mid-write could have. */
async function saveCorrupt(store: ActionsCacheStore, key: string): Promise<void> {
  const file = store.documentPath('go');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '{"schema": "perf-regression/history", "version": 1, "suite": "go", "entries": [');
  const cwd = process.cwd();
  process.chdir(services.env.GITHUB_WORKSPACE as string);
  try {
    await saveCache([store.cachedPath('go')], key, undefined, true);
  } finally {
    process.chdir(cwd);
  }
}

/** Overwrites the start of the newest entry's archive: zstd and tar then fail on it. */
function damageNewestArchive(): void {
  const newest = [...services.cacheEntries].sort((a, b) => b.sequence - a.sequence)[0];
  const bytes = newest && services.blobContent(newest.blob);
  if (!bytes) throw new Error('no archive to damage');
  bytes.fill(0x41, 0, Math.min(64, bytes.length));
}
