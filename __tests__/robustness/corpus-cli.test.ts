// Issue 17, item 9, on the command line: every file of the bad-input corpus through `parse` and
// `compare` of dist/cli.js — a one-line error naming the file (exit 2) or the result the manifest
// states, never a stack trace or a number that is not finite. Files are run a few processes at a time.
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli, transcript } from '../cli/run-cli.js';
import { CORPUS, CORPUS_DIR, type CorpusFile, inBatches, sourceOf } from './corpus.js';

const STACK_FRAME = /^\s+at .+[:(]/m;
const PARALLEL = 3;

function formatArgs(entry: CorpusFile): string[] {
  return entry.format ? ['--format', entry.format] : [];
}

function expectOneLineNaming(run: CliRun, file: string, says: string): void {
  expect(run.exitCode, transcript(run)).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, transcript(run)).toHaveLength(1);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(lines[0]?.startsWith(`perf-regression: ${file}: `), transcript(run)).toBe(true);
  expect(lines[0], transcript(run)).toContain(says);
}

/** A report or parse output holds no NaN or Infinity (JSON.stringify writes them as null). */
function expectFiniteNumbers(stdout: string): void {
  expect(stdout).not.toMatch(/:\s*null\b|\bnull,|\[\s*null/);
}

describe('the bad-input corpus', () => {
  it('holds at least 100 files, each with a stated outcome', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    for (const entry of CORPUS) {
      if (entry.expect === 'error') expect(entry.says, entry.file).toBeTruthy();
      if (entry.expect === 'result') expect(entry.series, entry.file).toBeGreaterThan(0);
    }
  });

  it('through perf-regression parse: each file a one-line error naming it, or its stated result', async () => {
    const runs = await inBatches(CORPUS, PARALLEL, (entry) =>
      runCli(['parse', ...formatArgs(entry), entry.file], CORPUS_DIR),
    );
    CORPUS.forEach((entry, i) => {
      const run = runs[i] as CliRun;
      const context = `${entry.file} (${entry.what})\n${transcript(run)}`;
      if (entry.expect === 'error') {
        expectOneLineNaming(run, entry.file, entry.says as string);
        return;
      }
      expect(run.exitCode, context).toBe(0);
      expect(run.stderr, context).not.toMatch(STACK_FRAME);
      const parsed = JSON.parse(run.stdout) as { results: unknown[]; warnings: { message: string }[] };
      expect(parsed.results, context).toHaveLength(
        entry.expect === 'empty-run' ? 0 : (entry.series as number),
      );
      if (entry.warns)
        expect(parsed.warnings.map((w) => w.message).join('\n'), context).toContain(entry.warns);
      expectFiniteNumbers(run.stdout);
    });
  }, 180_000);

  it('through perf-regression compare against the output each was made from: the same error, or a report', async () => {
    const runs = await inBatches(CORPUS, PARALLEL, (entry) =>
      runCli(
        [
          'compare',
          ...formatArgs(entry),
          '--baseline',
          sourceOf(entry.file),
          '--current',
          entry.file,
          '--json',
          '-',
        ],
        CORPUS_DIR,
      ),
    );
    CORPUS.forEach((entry, i) => {
      const run = runs[i] as CliRun;
      const context = `${entry.file} (${entry.what})\n${transcript(run)}`;
      if (entry.expect === 'error') {
        expectOneLineNaming(run, entry.file, entry.says as string);
      } else if (entry.expect === 'empty-run') {
        expect(run.exitCode, context).toBe(2);
        expect(run.stderr, context).toMatch(
          new RegExp(
            `^perf-regression: the current \\(--current\\) run holds no benchmark series: ${entry.file} `,
          ),
        );
        expect(run.stderr.slice(0, -1).split('\n'), context).toHaveLength(1);
      } else {
        expect([0, 1], context).toContain(run.exitCode);
        expect(run.stderr, context).not.toMatch(STACK_FRAME);
        const report = JSON.parse(run.stdout) as { verdict: string; series: unknown[] };
        expect(report.verdict, context).not.toBe('no-common-series');
        expect(report.series.length, context).toBeGreaterThan(0);
        expectFiniteNumbers(run.stdout);
      }
    });
  }, 180_000);
});
