// The local Actions services must behave like GitHub's for the real @actions/cache and @actions/artifact:
// these tests drive the packages themselves against it and check the bytes that come back.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ActionsServices,
  applyEnv,
  captureStdout,
  findCacheEntry,
  startActionsServices,
  withoutRetryPauses,
} from './actions-services.js';

let services: ActionsServices;
let restoreEnv: () => void;
let stdout: ReturnType<typeof captureStdout>;

beforeEach(async ({ onTestFailed }) => {
  services = await startActionsServices();
  restoreEnv = applyEnv(services.env);
  stdout = captureStdout();
  onTestFailed(() => console.log(stdout.text()));
});

afterEach(async () => {
  stdout.restore();
  restoreEnv();
  await services.close();
});

/** A directory under the runner's temp folder with one file of `content`; the path is the cache path. */
async function cachedFile(name: string, content: Buffer): Promise<string> {
  const dir = path.join(services.env.RUNNER_TEMP as string, 'cached');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

function operations(service: string): string[] {
  return services.requests.filter((r) => r.service === service).map((r) => `${r.operation} ${r.status}`);
}

describe('cache service v2 with the real @actions/cache', () => {
  it('round-trips a file: save reserves, uploads one blob and finalizes; restore downloads the same bytes', async () => {
    const content = randomBytes(200_000);
    const file = await cachedFile('data.bin', content);

    const cacheId = await cache.saveCache([file], 'roundtrip-1');
    expect(cacheId).toBe(services.cacheEntries[0]?.id);
    await rm(file);

    const matched = await cache.restoreCache([file], 'roundtrip-1');

    expect(matched).toBe('roundtrip-1');
    expect(Buffer.compare(await readFile(file), content)).toBe(0);
    expect(operations('cache')).toEqual([
      'CreateCacheEntry 200',
      'FinalizeCacheEntryUpload 200',
      'GetCacheEntryDownloadURL 200',
    ]);
    expect(operations('blob')).toEqual(['PutBlob 201', 'GetBlob 200']);
    const entry = services.cacheEntries[0];
    expect(entry).toMatchObject({ key: 'roundtrip-1', finalized: true });
    expect(entry?.sizeBytes).toBe(services.blobContent(entry?.blob ?? '')?.length);
  });

  it('archives with zstd when the zstd binary is on PATH, else with gzip', async () => {
    const file = await cachedFile('small.txt', Buffer.from('hello\n'));
    await cache.saveCache([file], 'compression');
    const archive = services.blobContent(services.cacheEntries[0]?.blob ?? '');
    const zstdOnPath = spawnSync('zstd', ['--version']).status === 0;
    // The magic numbers of a zstd frame and of a gzip member.
    expect(archive?.subarray(0, 4).toString('hex')).toMatch(zstdOnPath ? /^28b52ffd$/ : /^1f8b/);
  });

  it('refuses a second save under an existing key with 409, and saveCache reports -1', async () => {
    const file = await cachedFile('a.txt', Buffer.from('first'));
    expect(await cache.saveCache([file], 'immutable')).toBeGreaterThan(0);
    await writeFile(file, 'second');

    expect(await cache.saveCache([file], 'immutable')).toBe(-1);

    expect(operations('cache')).toEqual([
      'CreateCacheEntry 200',
      'FinalizeCacheEntryUpload 200',
      'CreateCacheEntry 409',
    ]);
    expect(services.cacheEntries).toHaveLength(1);
  });

  it('restores the newest entry whose key starts with the first matching restore key', async () => {
    const file = await cachedFile('h.txt', Buffer.from(''));
    for (const [key, text] of [
      ['hist-main-1', 'main 1'],
      ['hist-main-2', 'main 2'],
      ['hist-dev-1', 'dev 1'],
    ]) {
      await writeFile(file, text as string);
      await cache.saveCache([file], key as string);
    }

    expect(await cache.restoreCache([file], 'hist-feature-', ['hist-main-', 'hist-dev-'])).toBe(
      'hist-main-2',
    );
    expect(await readFile(file, 'utf8')).toBe('main 2');
    expect(await cache.restoreCache([file], 'hist-dev-', ['hist-main-'])).toBe('hist-dev-1');
    expect(await cache.restoreCache([file], 'hist-none-', ['hist-nothing-'])).toBeUndefined();
  });

  it('only matches entries of the same version (the same paths and compression)', async () => {
    const file = await cachedFile('v.txt', Buffer.from('v'));
    await cache.saveCache([file], 'versioned');
    const other = await cachedFile('other.txt', Buffer.from('o'));

    expect(await cache.restoreCache([other], 'versioned')).toBeUndefined();
    expect(await cache.restoreCache([file], 'versioned')).toBe('versioned');
  });

  it('reports a miss and no error when every cache call fails with 500, after five attempts', async () => {
    const file = await cachedFile('f.txt', Buffer.from('f'));
    services.setFailure('cache', { status: 500 });

    const matched = await withoutRetryPauses(() => cache.restoreCache([file], 'any'));
    const saved = await withoutRetryPauses(() => cache.saveCache([file], 'any'));

    expect(matched).toBeUndefined();
    expect(saved).toBe(-1);
    expect(operations('cache')).toEqual([
      ...Array(5).fill('GetCacheEntryDownloadURL 500'),
      ...Array(5).fill('CreateCacheEntry 500'),
    ]);
  });

  it('recovers when only the first call fails', async () => {
    const file = await cachedFile('r.txt', Buffer.from('r'));
    services.setFailure('cache', { status: 503, times: 1 });

    expect(await withoutRetryPauses(() => cache.saveCache([file], 'retried'))).toBeGreaterThan(0);
    expect(operations('cache')).toEqual([
      'CreateCacheEntry 503',
      'CreateCacheEntry 200',
      'FinalizeCacheEntryUpload 200',
    ]);
  });

  it('rejects a request without the runtime token with 401', async () => {
    const file = await cachedFile('t.txt', Buffer.from('t'));
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-the-token';

    expect(await cache.restoreCache([file], 'any')).toBeUndefined();
    expect(operations('cache')).toEqual(['GetCacheEntryDownloadURL 401']);
  });

  it('refuses the connection once closed, and restoreCache gives up at once', async () => {
    const file = await cachedFile('c.txt', Buffer.from('c'));
    await services.close();
    const started = Date.now();

    expect(await cache.restoreCache([file], 'any')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('findCacheEntry', () => {
  const entry = (key: string, sequence: number) => ({
    id: sequence,
    key,
    version: 'v',
    sequence,
    createdAt: new Date(0),
    finalized: true,
    blob: key,
  });

  it('prefers an exact key over a newer entry it is a prefix of', () => {
    const entries = [entry('k', 1), entry('k-newer', 2)];
    expect(findCacheEntry(entries, 'k', [])?.key).toBe('k');
  });

  it('takes the newest prefix match of the key before trying restore keys in order', () => {
    const entries = [entry('a-1', 1), entry('a-2', 2), entry('b-1', 3)];
    expect(findCacheEntry(entries, 'a-', ['b-'])?.key).toBe('a-2');
    expect(findCacheEntry(entries, 'c-', ['b-', 'a-'])?.key).toBe('b-1');
  });
});

describe('artifact service v2 with the real @actions/artifact', () => {
  it('uploads a zipped artifact in blocks and downloads the same bytes', async () => {
    const root = path.join(services.env.RUNNER_TEMP as string, 'upload');
    await mkdir(root, { recursive: true });
    // Over the 8 MiB upload buffer, so the SDK stages two blocks and commits a block list.
    const content = randomBytes(9 * 1024 * 1024);
    await writeFile(path.join(root, 'report.bin'), content);
    const client = new DefaultArtifactClient();

    const uploaded = await client.uploadArtifact('perf-report', [path.join(root, 'report.bin')], root, {
      compressionLevel: 0,
    });

    const artifact = services.artifacts[0];
    expect(uploaded.id).toBe(artifact?.id);
    expect(artifact).toMatchObject({
      name: 'perf-report',
      finalized: true,
      mimeType: 'application/zip',
      version: 7,
    });
    expect(artifact?.size).toBe(services.blobContent(artifact?.blob ?? '')?.length);
    expect(artifact?.digest).toBe(`sha256:${uploaded.digest}`);
    expect(operations('blob')).toEqual(['PutBlock 201', 'PutBlock 201', 'PutBlockList 201']);

    const target = path.join(services.env.RUNNER_TEMP as string, 'download');
    const { digestMismatch } = await client.downloadArtifact(uploaded.id ?? -1, {
      path: target,
      expectedHash: artifact?.digest,
    });
    expect(digestMismatch).toBe(false);
    expect(Buffer.compare(await readFile(path.join(target, 'report.bin')), content)).toBe(0);
    expect(operations('artifact')).toEqual([
      'CreateArtifact 200',
      'FinalizeArtifact 200',
      'ListArtifacts 200',
      'GetSignedArtifactURL 200',
    ]);
  });

  it('uploads a single file unarchived and serves it back under its own name', async () => {
    const root = services.env.RUNNER_TEMP as string;
    const file = path.join(root, 'report.json');
    await writeFile(file, '{"ok":true}\n');
    const client = new DefaultArtifactClient();

    const { id } = await client.uploadArtifact('ignored', [file], root, { skipArchive: true });
    const target = path.join(root, 'out');
    await client.downloadArtifact(id ?? -1, { path: target });

    expect(services.artifacts[0]).toMatchObject({ name: 'report.json', mimeType: 'application/json' });
    expect(await readFile(path.join(target, 'report.json'), 'utf8')).toBe('{"ok":true}\n');
  });

  it('lists finalized artifacts of the run and finds one by name', async () => {
    const root = services.env.RUNNER_TEMP as string;
    await writeFile(path.join(root, 'a.txt'), 'a');
    const client = new DefaultArtifactClient();
    await client.uploadArtifact('first', [path.join(root, 'a.txt')], root);
    await client.uploadArtifact('second', [path.join(root, 'a.txt')], root);

    const { artifacts } = await client.listArtifacts();
    const { artifact } = await client.getArtifact('second');

    expect(artifacts.map((a) => a.name)).toEqual(['first', 'second']);
    expect(artifact.id).toBe(services.artifacts[1]?.id);
  });

  it('refuses a second artifact of the same name in one run with 409', async () => {
    const root = services.env.RUNNER_TEMP as string;
    await writeFile(path.join(root, 'a.txt'), 'a');
    const client = new DefaultArtifactClient();
    await client.uploadArtifact('once', [path.join(root, 'a.txt')], root);

    await expect(client.uploadArtifact('once', [path.join(root, 'a.txt')], root)).rejects.toThrow(
      /\(409\) Conflict: an artifact with this name already exists/,
    );
  });

  it('fails uploadArtifact after five attempts when the service answers 500', async () => {
    const root = services.env.RUNNER_TEMP as string;
    await writeFile(path.join(root, 'a.txt'), 'a');
    services.setFailure('artifact', { status: 500 });

    await expect(
      withoutRetryPauses(() =>
        new DefaultArtifactClient().uploadArtifact('x', [path.join(root, 'a.txt')], root),
      ),
    ).rejects.toThrow(/Failed to CreateArtifact: Failed to make request after 5 attempts/);
    expect(operations('artifact')).toEqual(Array(5).fill('CreateArtifact 500'));
  });
});
