// Scenarios 7, 8, 10 and 11: what goes wrong in real workflows. A broken service degrades the run to a
// first-run report with a warning; broken history is never overwritten; bad input fails fast in one
// line; the token never shows up in the log.

import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { type ActionRun, commitOf, FAKE_TOKEN, TestRepository, transcript } from './action-run.js';

const SHORT_RETRY_PAUSES = path.join(import.meta.dirname, 'short-retry-pauses.mjs');
const NO_BASELINE = /^🆕 \*\*No baseline yet\*\*/m;
const STACK_FRAME = /^\s+at .+[:(]/m;

let repo: TestRepository;
let files: string;

beforeEach(async () => {
  repo = await TestRepository.create();
  files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
});

afterEach(async () => {
  await repo.close();
});

/** A port nothing listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function degradedToFirstRun(run: ActionRun): void {
  expect(run.exitCode, transcript(run)).toBe(0);
  expect(run.errors).toEqual([]);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.outputs.verdict).toBe('no-baseline');
  expect(run.summary).toMatch(NO_BASELINE);
}

describe('when the Actions cache service is down', () => {
  it('refusing connections: warns that history was neither read nor saved and still reports the run', async () => {
    const down = `http://127.0.0.1:${await closedPort()}/`;
    const run = await repo.push({ files }, { env: { ACTIONS_RESULTS_URL: down } });

    degradedToFirstRun(run);
    expect(run.warnings, transcript(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Actions cache: history of suite "benchmarks" not read: .*ECONNREFUSED/),
        expect.stringMatching(
          /^Actions cache: history of suite "benchmarks" not saved, the current history could not be read/,
        ),
        expect.stringMatching(/^could not upload the report artifact: /),
      ]),
    );
    expect(repo.services.requests).toEqual([]);
  });

  it('answering 500 to every call: warns after the client gives up, saves nothing, uploads the artifact', async () => {
    repo.services.setFailure('cache', { status: 500, message: 'cache service is having a bad day' });
    const run = await repo.push({ files }, { execArgv: ['--import', SHORT_RETRY_PAUSES] });

    degradedToFirstRun(run);
    expect(run.warnings, transcript(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Actions cache: history of suite "benchmarks" not read: .*500/),
        expect.stringMatching(
          /^Actions cache: history of suite "benchmarks" not saved, the current history could not be read/,
        ),
      ]),
    );
    // Two restores (read, then the append's re-read), each given up after five attempts; nothing saved.
    const calls = repo.services.requests
      .filter((r) => r.service === 'cache')
      .map((r) => `${r.operation} ${r.status}`);
    expect(calls).toEqual(Array(10).fill('GetCacheEntryDownloadURL 500'));
    expect(repo.services.cacheEntries).toEqual([]);
    expect(repo.services.artifacts.map((a) => a.finalized)).toEqual([true]);
  });
});

describe('a corrupted history file on the gh-pages branch', () => {
  it('is named in a warning, compared without, and never overwritten by the push', async () => {
    const file = 'perf-regression/benchmarks/history.json';
    // A document cut short, as a killed job or a bad manual edit leaves it.
    const corrupt =
      '{\n  "schema": "perf-regression/history",\n  "version": 1,\n  "suite": "benchmarks",\n  "entries": [\n    {"commit": "ab';
    const tip = await repo.remote.commitFiles({ [file]: corrupt });

    const run = await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('after corruption') });

    degradedToFirstRun(run);
    expect(run.warnings, transcript(run)).toHaveLength(1);
    expect(run.warnings[0]).toMatch(
      /^gh-pages:perf-regression\/benchmarks\/history\.json: not valid JSON .*comparing without a baseline; the stored history is left untouched$/,
    );
    expect(repo.remote.tip()).toBe(tip);
    expect(repo.remote.file(file)).toBe(corrupt.trimEnd());
  });
});

describe('bad input', () => {
  it('an unknown fail-on value fails at once, naming the input and the accepted values', async () => {
    const run = await repo.pullRequest({ files, 'fail-on': 'sometimes' }, { number: 1 });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'input "fail-on" must be one of: regression, budget, never (got "sometimes")',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
    expect(run.api).toEqual([]);
    expect(repo.services.requests).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('no files input fails at once with one line saying what the input needs, no stack trace', async () => {
    const run = await repo.pullRequest({}, { number: 1 });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'input "files" is required: the benchmark output files of this run (paths, globs or folders, one per line)',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
    expect(run.api).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('a truncated benchmark file fails with one line naming the file, and no stack trace', async () => {
    // The real pytest-benchmark output, cut short as a killed job leaves it.
    const text = fixture('pytest/baseline.json').text.slice(0, 1500);
    const truncated = await repo.writeFile('bench.json', text);

    const run = await repo.push({ files: truncated, format: 'pytest' });

    expect(run.exitCode).toBe(1);
    expect(run.errors, transcript(run)).toEqual([
      'bench.json: line 51: truncated JSON; expected pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
  });

  it('a file that does not exist fails with one line naming it', async () => {
    const run = await repo.push({ files: 'results/missing.txt' });

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['results/missing.txt: no such file or directory']);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
  });
});

describe('the GitHub token', () => {
  it('never appears in the output, whether calls succeed, are refused or the input is bad', async () => {
    await repo.push({ files, storage: 'gh-pages' });
    await repo.pullRequest({ files, storage: 'gh-pages' }, { number: 4 });
    repo.github.state.readOnly = true;
    await repo.pullRequest({ files }, { number: 5, fork: true });
    await repo.push({ files, alpha: '2' });

    const basic = Buffer.from(`x-access-token:${FAKE_TOKEN}`).toString('base64');
    expect(repo.runs).toHaveLength(4);
    // The refused calls did happen with the token (so there was something to leak).
    expect(
      repo.runs[2]?.api.filter((r) => r.status === 403 && r.authorized).map((r) => `${r.method} ${r.path}`),
    ).toEqual([
      'GET /user',
      'POST /repos/acme/widgets/issues/5/comments',
      'POST /repos/acme/widgets/check-runs',
    ]);
    // `::add-mask::` is how the action asks the runner to hide the token (the runner never prints the
    // command), before anything else is printed; the bad-input run stops before that, having printed
    // nothing that holds it. (@actions/artifact masks its signed URLs' signatures too.)
    expect(repo.runs.map((run) => run.stdout.split('\n')[0])).toEqual([
      ...Array(3).fill(`::add-mask::${FAKE_TOKEN}`),
      expect.not.stringContaining('add-mask'),
    ]);
    expect(repo.runs[3]?.masked).toEqual([]);
    expect(repo.runs[3]?.errors).toEqual([
      'input "alpha": "2" must be a number between 0 and 1 (exclusive), e.g. 0.05',
    ]);
    for (const run of repo.runs) {
      const printed = [
        run.stdout.replace(`::add-mask::${FAKE_TOKEN}`, ''),
        run.stderr,
        run.summary,
        ...Object.values(run.outputs),
      ].join('\n');
      expect(printed).not.toContain(FAKE_TOKEN);
      expect(printed).not.toContain(basic);
    }
  });
});
