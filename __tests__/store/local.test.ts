import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHistoryDocument } from '../../src/store/history.js';
import { LocalFolderStore } from '../../src/store/local.js';
import { HistoryError } from '../../src/store/store.js';
import { appendInChildProcess, compileStoreForChildProcesses } from './child-writers.js';
import { entry, runIds } from './entries.js';

const MAIN = { branches: ['main'] };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'perf-regression-local-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('LocalFolderStore', () => {
  it('has no history before the first run, even without the folder', async () => {
    const store = new LocalFolderStore(path.join(dir, 'not-yet'));
    expect(await store.read('go', MAIN)).toEqual([]);
  });

  it('writes <dir>/<suite key>.json and reads the entries back for a branch', async () => {
    const store = new LocalFolderStore(path.join(dir, '.perf-history'));
    await store.append('Go Bench', entry('1', 'main', 1), { historySize: 10 });
    await store.append('Go Bench', entry('2', 'feature', 2), { historySize: 10 });
    expect(store.fileOf('Go Bench')).toBe(path.join(dir, '.perf-history', 'go-bench-a99fdedd.json'));
    const stored = parseHistoryDocument(await readFile(store.fileOf('Go Bench'), 'utf8'), 'test');
    expect(stored.suite).toBe('Go Bench');
    expect(runIds(stored.entries)).toEqual(['1', '2']);
    expect(runIds(await store.read('Go Bench', { branches: ['feature', 'main'] }))).toEqual(['2']);
  });

  it('keeps historySize entries per branch', async () => {
    const store = new LocalFolderStore(dir);
    for (let day = 1; day <= 4; day++)
      await store.append('go', entry(`${day}`, 'main', day), { historySize: 3 });
    expect(runIds(await store.read('go', MAIN))).toEqual(['2', '3', '4']);
  });

  it('leaves no temp or lock file behind', async () => {
    const store = new LocalFolderStore(dir);
    await store.append('go', entry('1'), { historySize: 10 });
    await store.append('go', entry('2', 'main', 2), { historySize: 10 });
    expect(await readdir(dir)).toEqual(['go.json']);
  });

  it('refuses a corrupt file and never overwrites it', async () => {
    const store = new LocalFolderStore(dir);
    const corrupt = '{"schema": "perf-regression/history", "version": 1, "suite": "go", "entries": [';
    await writeFile(store.fileOf('go'), corrupt);
    const message = `${store.fileOf('go')}: not valid JSON (truncated?): Unexpected end of JSON input`;
    await expect(store.read('go', MAIN)).rejects.toThrow(new HistoryError(message));
    await expect(store.append('go', entry('1'), { historySize: 10 })).rejects.toThrow(
      new HistoryError(message),
    );
    expect(await readFile(store.fileOf('go'), 'utf8')).toBe(corrupt);
    expect(await readdir(dir)).toEqual(['go.json']);
  });

  it('refuses a file written by a newer version', async () => {
    const store = new LocalFolderStore(dir);
    await writeFile(store.fileOf('go'), '{"schema": "perf-regression/history", "version": 3, "suite": "go"}');
    await expect(store.append('go', entry('1'), { historySize: 10 })).rejects.toThrow(
      `${store.fileOf('go')}: schema version 3 is newer than this perf-regression understands (2); upgrade the action`,
    );
  });

  it('breaks the lock of a crashed run once it is stale', async () => {
    const store = new LocalFolderStore(dir, { lockStaleMs: 1_000 });
    const lock = `${store.fileOf('go')}.lock`;
    await writeFile(lock, 'crashed run');
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lock, longAgo, longAgo);
    await store.append('go', entry('1'), { historySize: 10 });
    expect(runIds(await store.read('go', MAIN))).toEqual(['1']);
    expect(await readdir(dir)).toEqual(['go.json']);
  });

  it('waits for a live lock and gives up with a message naming the lock file', async () => {
    const store = new LocalFolderStore(dir, { lockTimeoutMs: 300 });
    const lock = `${store.fileOf('go')}.lock`;
    await writeFile(lock, 'host pid 123 abc');
    await expect(store.append('go', entry('1'), { historySize: 10 })).rejects.toThrow(
      new HistoryError(
        `${lock}: still locked by another perf-regression run (host pid 123 abc) after 0.3s; delete the file if no run is in progress`,
      ),
    );
    expect(await readFile(lock, 'utf8')).toBe('host pid 123 abc');
  });
});

describe('LocalFolderStore with concurrent writers', () => {
  let compiledStore: string;
  beforeAll(async () => {
    compiledStore = await compileStoreForChildProcesses();
  });
  afterAll(async () => {
    await rm(path.dirname(compiledStore), { recursive: true, force: true });
  });

  it('loses no entry when 10 store instances append at once, and readers never see half a file', async () => {
    const writers = Array.from({ length: 10 }, (_, i) =>
      new LocalFolderStore(dir).append('go', entry(`${i + 1}`, 'main', i + 1), { historySize: 100 }),
    );
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        await new LocalFolderStore(dir).read('go', MAIN); // throws on a partly written file
        reads++;
      }
    })();
    await Promise.all(writers).finally(() => {
      writing = false;
    });
    await reader;
    expect(reads).toBeGreaterThan(0);
    expect(runIds(await new LocalFolderStore(dir).read('go', MAIN))).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i + 1}`),
    );
    expect(await readdir(dir)).toEqual(['go.json']);
  });

  it('loses no entry when 10 processes append at once', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        appendInChildProcess(compiledStore, {
          kind: 'local',
          dir,
          suite: 'go',
          entry: entry(`${i + 1}`, 'main', i + 1),
          historySize: 100,
        }),
      ),
    );
    expect(runIds(await new LocalFolderStore(dir).read('go', MAIN))).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i + 1}`),
    );
    expect(await readdir(dir)).toEqual(['go.json']);
  });
});
