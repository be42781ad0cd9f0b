import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GhPagesStore, type GhPagesStoreOptions, redactSecrets } from '../../src/store/ghpages.js';
import {
  emptyHistory,
  parseRunFile,
  parseStoredHistory,
  runFileName,
  serializeHistory,
  splitHistory,
} from '../../src/store/history.js';
import { HistoryError } from '../../src/store/store.js';
import { appendInChildProcess, compileStoreForChildProcesses } from './child-writers.js';
import { entry, runIds } from './entries.js';
import { BareRemote, git } from './git-remote.js';

const FILE = 'perf-regression/benchmarks/history.json';
const MAIN = { branches: ['main'] };
const FAKE_TOKEN = 'ghs_FAKEtoken0123456789abcdefABCDEF';
const FAKE_CREDENTIALS = Buffer.from(`x-access-token:${FAKE_TOKEN}`).toString('base64');

let remote: BareRemote;

/** Options of a store writing to `remote`; its private clones go to `<remote folder>/clones`. */
function storeOptions(overrides: Partial<GhPagesStoreOptions> = {}): GhPagesStoreOptions {
  const workdir = path.join(remote.folder, 'clones');
  return { repoUrl: remote.url, branch: 'gh-pages', path: 'perf-regression', workdir, ...overrides };
}

/** The private clones an operation left behind: none, whether it succeeded or failed. */
function leftoverClones(): Promise<string[]> {
  return readdir(path.join(remote.folder, 'clones'));
}

/** The suite's history as the branch holds it: the version 2 index and the run files it lists. */
function storedDocument(file = FILE) {
  const stored = parseStoredHistory(remote.file(file), file);
  if (stored.kind === 'document') return stored.doc;
  const folder = file.slice(0, -'history.json'.length);
  const entries = stored.runs.map((run) => parseRunFile(remote.file(folder + run), folder + run));
  return { ...emptyHistory(stored.suite), entries };
}

/** Path of an entry's run file next to `file`. */
function runPath(e: ReturnType<typeof entry>, file = FILE) {
  return file.slice(0, -'history.json'.length) + runFileName(e);
}

const BLOB = expect.stringMatching(/^[0-9a-f]{40}$/);

beforeEach(async () => {
  remote = await BareRemote.create();
  await mkdir(path.join(remote.folder, 'clones'));
});

afterEach(async () => {
  await remote.remove();
});

describe('GhPagesStore', () => {
  it('creates the branch as an orphan holding <path>/<suite key>/history.json on the first append', async () => {
    const store = new GhPagesStore(storeOptions({ author: { name: 'Perf Bot', email: 'perf@example.com' } }));
    await store.append('benchmarks', entry('1', 'main', 1, { commit: 'abcdef0123456789' }), {
      historySize: 10,
    });
    expect(remote.files()).toEqual({
      [FILE]: BLOB,
      [runPath(entry('1', 'main', 1, { commit: 'abcdef0123456789' }))]: BLOB,
    });
    expect(remote.lastCommit()).toEqual({
      parents: [],
      subject: 'perf-regression: record benchmarks @ abcdef0',
      author: 'Perf Bot <perf@example.com>',
    });
    expect(storedDocument()).toEqual({
      schema: 'perf-regression/history',
      version: 1,
      suite: 'benchmarks',
      entries: [entry('1', 'main', 1, { commit: 'abcdef0123456789' })],
    });
    expect(await leftoverClones()).toEqual([]);
  });

  it('reads back the entries of the first branch that has any', async () => {
    const store = new GhPagesStore(storeOptions());
    await store.append('benchmarks', entry('m1', 'main', 1), { historySize: 10 });
    await store.append('benchmarks', entry('m2', 'main', 2), { historySize: 10 });
    await store.append('benchmarks', entry('r3', 'release', 3), { historySize: 10 });
    expect(runIds(await store.read('benchmarks', { branches: ['feature', 'main', 'release'] }))).toEqual([
      'm1',
      'm2',
    ]);
    expect(runIds(await store.read('benchmarks', { branches: ['release', 'main'] }))).toEqual(['r3']);
    expect(await store.read('benchmarks', { branches: ['feature'] })).toEqual([]);
    expect(remote.commitCount()).toBe(3);
  });

  it('has no history when the branch or the file does not exist yet', async () => {
    const store = new GhPagesStore(storeOptions());
    expect(await store.read('benchmarks', MAIN)).toEqual([]);
    await remote.commitFiles({ 'index.html': '<h1>site</h1>\n' });
    expect(await store.read('benchmarks', MAIN)).toEqual([]);
  });

  it('keeps historySize entries per branch', async () => {
    const store = new GhPagesStore(storeOptions());
    await store.append('benchmarks', entry('f1', 'feature', 1), { historySize: 2 });
    for (let day = 2; day <= 4; day++)
      await store.append('benchmarks', entry(`m${day}`, 'main', day), { historySize: 2 });
    expect(runIds(storedDocument().entries)).toEqual(['f1', 'm3', 'm4']);
  });

  it('leaves every other file of the branch as it was, and commits on top of it', async () => {
    const site = await remote.commitFiles({
      'index.html': '<h1>dashboard</h1>\n',
      'perf-regression/other-suite/history.json': serializeHistory({
        schema: 'perf-regression/history',
        version: 1,
        suite: 'other-suite',
        entries: [],
      }),
      'assets/app.js': 'console.log(1);\n',
    });
    const before = remote.files();
    await new GhPagesStore(storeOptions()).append('benchmarks', entry('1'), { historySize: 10 });
    const after = remote.files();
    expect(after).toEqual({ ...before, [FILE]: BLOB, [runPath(entry('1'))]: BLOB });
    expect(remote.lastCommit().parents).toEqual([site]);
  });

  it('does not commit again when the entry is already recorded (a retried job)', async () => {
    const store = new GhPagesStore(storeOptions());
    await store.append('benchmarks', entry('1'), { historySize: 10 });
    const tip = remote.tip();
    await store.append('benchmarks', entry('1'), { historySize: 10 });
    expect(remote.tip()).toBe(tip);
  });

  it('keeps a suite name from choosing the path: it becomes one safe folder under <path>', async () => {
    const store = new GhPagesStore(storeOptions());
    await store.append('../../etc', entry('1'), { historySize: 10 });
    expect(store.fileOf('../../etc')).toMatch(/^perf-regression\/etc-[0-9a-f]{8}\/history\.json$/);
    expect(Object.keys(remote.files())).toEqual([
      store.fileOf('../../etc'),
      runPath(entry('1'), store.fileOf('../../etc')),
    ]);
  });

  it('reads and writes under a path with spaces', async () => {
    const store = new GhPagesStore(storeOptions({ path: 'perf data/nightly runs' }));
    await store.append('go', entry('1'), { historySize: 10 });
    await store.append('go', entry('2', 'main', 2), { historySize: 10 });
    const index = 'perf data/nightly runs/go/history.json';
    expect(Object.keys(remote.files())).toEqual([
      index,
      runPath(entry('1'), index),
      runPath(entry('2', 'main', 2), index),
    ]);
    expect(runIds(await store.read('go', MAIN))).toEqual(['1', '2']);
  });

  it('refuses a folder where the history file should be', async () => {
    await remote.commitFiles({ [`${FILE}/oops.txt`]: 'not a history\n' });
    await expect(new GhPagesStore(storeOptions()).read('benchmarks', MAIN)).rejects.toThrow(
      new HistoryError(`gh-pages:${FILE}: expected a file, found a tree`),
    );
  });

  it('writes at the branch root when the path is empty, and refuses a path leaving the branch', () => {
    expect(new GhPagesStore(storeOptions({ path: '' })).fileOf('go')).toBe('go/history.json');
    expect(new GhPagesStore(storeOptions({ path: './data/bench/' })).fileOf('go')).toBe(
      'data/bench/go/history.json',
    );
    expect(() => new GhPagesStore(storeOptions({ path: 'data/../..' }))).toThrow(HistoryError);
  });
});

describe('GhPagesStore with a history it cannot use', () => {
  it('refuses corrupt JSON and never replaces it', async () => {
    const corrupt = '{"schema": "perf-regression/history", "version": 1, "suite": "benchmarks", "entries": [';
    const tip = await remote.commitFiles({ [FILE]: corrupt });
    const store = new GhPagesStore(storeOptions());
    const message = `gh-pages:${FILE}: not valid JSON (truncated?): Unexpected end of JSON input`;
    await expect(store.read('benchmarks', MAIN)).rejects.toThrow(new HistoryError(message));
    await expect(store.append('benchmarks', entry('1'), { historySize: 10 })).rejects.toThrow(
      new HistoryError(message),
    );
    expect(remote.tip()).toBe(tip);
    expect(await leftoverClones()).toEqual([]);
  });

  it('refuses a history written by a newer version and never replaces it', async () => {
    const tip = await remote.commitFiles({
      [FILE]: '{"schema": "perf-regression/history", "version": 3, "suite": "benchmarks", "entries": []}\n',
    });
    const store = new GhPagesStore(storeOptions());
    await expect(store.append('benchmarks', entry('1'), { historySize: 10 })).rejects.toThrow(
      new HistoryError(
        `gh-pages:${FILE}: schema version 3 is newer than this perf-regression understands (2); upgrade the action`,
      ),
    );
    expect(remote.tip()).toBe(tip);
  });
});

describe('GhPagesStore layout (one file per run)', () => {
  it('rewrites an old one-file history into history.json and run files in one commit, every entry kept', async () => {
    const old = [entry('1', 'main', 1), entry('2', 'main', 2)];
    await remote.commitFiles({ [FILE]: serializeHistory({ ...emptyHistory('benchmarks'), entries: old }) });
    const store = new GhPagesStore(storeOptions());
    expect(runIds(await store.read('benchmarks', MAIN))).toEqual(['1', '2']);
    await store.append('benchmarks', entry('3', 'main', 3), { historySize: 10 });
    const all = [...old, entry('3', 'main', 3)];
    expect(remote.files()).toEqual(
      Object.fromEntries([FILE, ...all.map((e) => runPath(e))].map((f) => [f, BLOB])),
    );
    expect(JSON.parse(remote.file(FILE)).version).toBe(2);
    expect(storedDocument()).toEqual({ ...emptyHistory('benchmarks'), entries: all });
    expect(remote.commitCount()).toBe(2);
  });

  it('drops the samples of runs past sampleRuns and removes the files of runs past historySize', async () => {
    const store = new GhPagesStore(storeOptions());
    for (let day = 1; day <= 4; day++)
      await store.append('benchmarks', entry(`${day}`, 'main', day), { historySize: 3, sampleRuns: 2 });
    expect(Object.keys(remote.files())).toEqual([
      FILE,
      ...['2', '3', '4'].map((id, i) => runPath(entry(id, 'main', i + 2))),
    ]);
    const entries = storedDocument().entries;
    expect(entries.map((e) => e.results[0]?.samples)).toEqual([undefined, [3], [4]]);
    expect(entries[0]?.results[0]).toMatchObject({ n: 1, value: 2, mean: 2, min: 2, max: 2 });
  });

  it('refuses a history whose listed run file is missing, and writes nothing', async () => {
    const files = splitHistory({
      ...emptyHistory('benchmarks'),
      entries: [entry('1'), entry('2', 'main', 2)],
    });
    const folder = FILE.slice(0, -'history.json'.length);
    files.delete(runFileName(entry('2', 'main', 2)));
    const tip = await remote.commitFiles(
      Object.fromEntries([...files].map(([name, text]) => [folder + name, text])),
    );
    const store = new GhPagesStore(storeOptions());
    const missing = `gh-pages:${runPath(entry('2', 'main', 2))}: listed in ${FILE} but missing`;
    await expect(store.read('benchmarks', MAIN)).rejects.toThrow(new HistoryError(missing));
    await expect(store.append('benchmarks', entry('3', 'main', 3), { historySize: 10 })).rejects.toThrow(
      new HistoryError(missing),
    );
    expect(remote.tip()).toBe(tip);
  });
});

describe('GhPagesStore with concurrent writers', () => {
  let compiledStore: string;
  beforeAll(async () => {
    compiledStore = await compileStoreForChildProcesses();
  });
  afterAll(async () => {
    await rm(path.dirname(compiledStore), { recursive: true, force: true });
  });

  function expectAllTenRecordedOnce() {
    const recorded = runIds(storedDocument().entries);
    expect(recorded).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}`));
    // One linear history: a single root (only one orphan creation won) and one commit per run.
    expect(git(remote.url, ['rev-list', '--max-parents=0', 'gh-pages']).split('\n')).toHaveLength(1);
    expect(remote.commitCount()).toBe(10);
  }

  it('records every entry once when 10 store instances append at once to a branch that does not exist', async () => {
    const retries: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new GhPagesStore(storeOptions({ log: (m) => retries.push(m) })).append(
          'benchmarks',
          entry(`${i + 1}`, 'main', i + 1),
          { historySize: 100 },
        ),
      ),
    );
    const lastAttempt = Math.max(...retries.map((m) => Number(/attempt (\d+)/.exec(m)?.[1])));
    console.info(
      `10 in-process writers: ${Math.round(performance.now() - started)} ms, ${retries.length} retries, up to attempt ${lastAttempt}`,
    );
    expect(retries.length).toBeGreaterThan(0); // they did collide, so the retry path was exercised
    expectAllTenRecordedOnce();
  });

  it('records every entry once when 10 processes append at once', async () => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        appendInChildProcess(compiledStore, {
          kind: 'ghpages',
          options: storeOptions(),
          suite: 'benchmarks',
          entry: entry(`${i + 1}`, 'main', i + 1),
          historySize: 100,
        }),
      ),
    );
    console.info(`10 writer processes: ${Math.round(performance.now() - started)} ms`);
    expectAllTenRecordedOnce();
  });
});

describe('GhPagesStore with a remote that refuses pushes', () => {
  /** A pre-receive hook that declines the first `times` pushes with `message`, then accepts. */
  async function declineFirstPushes(times: number, message: string): Promise<void> {
    const hook = path.join(remote.url, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      `#!/bin/sh\ncat > /dev/null\nn=$(cat declined 2>/dev/null || echo 0)\nif [ "$n" -lt ${times} ]; then echo $((n + 1)) > declined; echo "${message}" >&2; exit 1; fi\n`,
    );
    await chmod(hook, 0o755);
  }

  it('retries a hook that declines 5 pushes in a row, and records the entry once on the 6th', async () => {
    await declineFirstPushes(5, 'remote busy, try again');
    const log: string[] = [];
    const store = new GhPagesStore(storeOptions({ retry: { baseDelayMs: 1 }, log: (m) => log.push(m) }));
    await store.append('benchmarks', entry('1'), { historySize: 100 });

    expect(log).toHaveLength(5);
    expect(log[0]).toMatch(
      /^gh-pages branch "gh-pages": push rejected \(\[remote rejected\] \(pre-receive hook declined\)\); retrying in \d+ ms \(attempt 2\)$/,
    );
    expect(runIds(storedDocument().entries)).toEqual(['1']);
    expect(remote.commitCount()).toBe(1);
  });

  it('gives up at once on a refusal no retry changes (a protected branch)', async () => {
    await declineFirstPushes(100, 'error: GH006: Protected branch update failed for refs/heads/gh-pages.');
    const log: string[] = [];
    const store = new GhPagesStore(storeOptions({ retry: { baseDelayMs: 1 }, log: (m) => log.push(m) }));
    await expect(store.append('benchmarks', entry('1'), { historySize: 100 })).rejects.toThrow(
      /^gh-pages branch "gh-pages": git push failed \(exit 1\): \[remote rejected\] \(pre-receive hook declined\): remote: error: GH006: Protected branch/,
    );
    expect(log).toEqual([]);
  });

  it('counts only attempts that saw no other push land: 8 writers with 2 attempts each all record', async () => {
    const log: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        new GhPagesStore(
          storeOptions({ retry: { attempts: 2, baseDelayMs: 50 }, log: (m) => log.push(m) }),
        ).append('benchmarks', entry(`${i + 1}`, 'main', i + 1), { historySize: 100 }),
      ),
    );
    expect(log.length).toBeGreaterThan(0); // they did race
    expect(runIds(storedDocument().entries)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe('GhPagesStore authentication', () => {
  it('never shows the token in an error message', async () => {
    const store = new GhPagesStore(storeOptions({ repoUrl: 'http://127.0.0.1:9/x.git', token: FAKE_TOKEN }));
    const failure = await store.read('benchmarks', MAIN).catch((err: Error) => err);
    expect(failure).toBeInstanceOf(HistoryError);
    expect((failure as Error).message).toMatch(
      /^gh-pages branch "gh-pages": git fetch failed \(exit 128\): fatal: unable to access/,
    );
    expect((failure as Error).message).not.toContain(FAKE_TOKEN);
    expect((failure as Error).message).not.toContain(FAKE_CREDENTIALS);
  });

  it('sends the token as a basic Authorization header, never in the URL, the arguments or a message', async () => {
    const requests: { url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      requests.push({ url: req.url, headers: req.headers });
      res.writeHead(403).end('forbidden');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const trace = path.join(remote.folder, 'trace.txt');
    // Traces print every git argument (GIT_TRACE, to a file) and every HTTP header (curl, to stderr).
    vi.stubEnv('GIT_TRACE', trace);
    vi.stubEnv('GIT_CURL_VERBOSE', '1');
    vi.stubEnv('GIT_TRACE_REDACT', '0');
    const store = new GhPagesStore(
      storeOptions({ repoUrl: `http://127.0.0.1:${port}/o/r.git`, token: FAKE_TOKEN }),
    );
    vi.unstubAllEnvs();
    const failure = await store.read('benchmarks', MAIN).catch((err: Error) => err);
    server.close();

    expect(requests[0]?.url).toBe('/o/r.git/info/refs?service=git-upload-pack');
    expect(requests[0]?.headers.authorization).toBe(`basic ${FAKE_CREDENTIALS}`);
    const message = (failure as Error).message;
    expect(message).toContain('AUTHORIZATION: basic ***'); // curl printed the header: redacted
    expect(message).toContain('The requested URL returned error: 403');
    expect(message).not.toContain(FAKE_TOKEN);
    expect(message).not.toContain(FAKE_CREDENTIALS);
    const argv = await readFile(trace, 'utf8');
    expect(argv).toContain('trace: built-in: git fetch --quiet --no-tags --depth=1 -- http://127.0.0.1:');
    expect(argv).not.toContain(FAKE_TOKEN);
    expect(argv).not.toContain(FAKE_CREDENTIALS);
  });
});

describe('redactSecrets', () => {
  it('hides the secrets, any Authorization header value and any password in a URL', () => {
    expect(
      redactSecrets(
        `token ${FAKE_TOKEN}; > Authorization: Bearer abc.def; https://x-access-token:${FAKE_TOKEN}@github.com/o/r; https://u:p@h/x`,
        [FAKE_TOKEN],
      ),
    ).toBe('token ***; > Authorization: Bearer *** https://***@github.com/o/r; https://***@h/x');
  });
});

describe('GhPagesStore with a site (the dashboard)', () => {
  const site = {
    files: (docs: { suite: string }[]) =>
      new Map([
        [
          'index.html',
          `suites: ${docs
            .map((d) => d.suite)
            .sort()
            .join(', ')}`,
        ],
        ['assets/v2/app.js', 'new'],
      ]),
    staleFolder: 'assets',
  };

  it('writes the site of every suite in the same commit as the history, and removes an older version of its assets', async () => {
    await remote.commitFiles({
      'perf-regression/other/history.json': serializeHistory({
        schema: 'perf-regression/history',
        version: 1,
        suite: 'other',
        entries: [entry('7', 'main', 1)],
      }),
      'perf-regression/assets/v1/app.js': 'old',
      'perf-regression/notes.txt': 'kept',
    });
    const store = new GhPagesStore(storeOptions({ site }));
    await store.append('benchmarks', entry('1', 'main', 2), { historySize: 10 });

    expect(Object.keys(remote.files()).sort()).toEqual([
      'perf-regression/assets/v2/app.js',
      FILE,
      runPath(entry('1', 'main', 2)),
      'perf-regression/index.html',
      'perf-regression/notes.txt',
      'perf-regression/other/history.json',
    ]);
    expect(remote.file('perf-regression/index.html')).toBe('suites: benchmarks, other');
    expect(remote.commitCount()).toBe(2);
    expect(await leftoverClones()).toEqual([]);
  });

  it('writes the site on the first recording, when the branch does not exist yet', async () => {
    await new GhPagesStore(storeOptions({ site })).append('benchmarks', entry('1', 'main', 2), {
      historySize: 10,
    });
    expect(remote.file('perf-regression/index.html')).toBe('suites: benchmarks');
  });
});
