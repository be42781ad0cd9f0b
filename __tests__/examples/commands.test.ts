// Every command examples/README.md gives is run as written (through bash, in the repository) and must
// report what the README's table says of that example: which benchmarks regressed or improved, and the
// exit code. The result files are real runs (see examples/README.md), so this pins the engine's verdicts
// on them as a user sees them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Every line of every ```sh block of examples/README.md. */
const commands = [
  ...readFileSync(path.join(ROOT, 'examples/README.md'), 'utf8').matchAll(/^```sh\n([\s\S]*?)^```/gm),
]
  .flatMap((m) => (m[1] as string).split('\n'))
  .filter((line) => line.trim() !== '');

interface Expected {
  exitCode: number;
  regression: string[];
  improvement: string[];
  /** Text the report must also hold. */
  note?: string;
}

// Keyed by the command's --current; the names are the table's cells as the Markdown escapes them.
const EXPECTED: Record<string, Expected> = {
  'examples/tinybench/regressed.json': {
    exitCode: 1,
    regression: ['mix'],
    improvement: ['count primes &lt; 20000'],
  },
  // One baseline run: Mix's +14% does not stand out from the suite's own moves (inconclusive).
  'examples/go/regressed.txt': { exitCode: 0, regression: [], improvement: ['BenchmarkCountPrimes'] },
  // Mix +9.5% is under the threshold; two unchanged benchmarks ran 10.5–10.6% faster, within the
  // spread of the suite's moves like the rest of the baseline run's slowness (README there).
  'examples/pytest/regressed.json': { exitCode: 0, regression: [], improvement: ['test\\_count\\_primes'] },
  'examples/vitest/regressed.json': {
    exitCode: 1,
    regression: ['mix'],
    improvement: ['count primes &lt; 20000'],
  },
  // fib/recursive/20 moved +11% with unchanged code: mix's +23% does not stand out from such moves.
  'examples/criterion/regressed': { exitCode: 0, regression: [], improvement: ['count\\_primes/2000'] },
  'examples/go-history/regressed.txt': {
    exitCode: 1,
    regression: ['BenchmarkMix'],
    improvement: ['BenchmarkCountPrimes', 'BenchmarkFib/n=10'],
  },
  'examples/go-history/unchanged.txt': { exitCode: 0, regression: [], improvement: [] },
  'examples/go-history/burst.txt': {
    exitCode: 1,
    regression: ['BenchmarkCountPrimes', 'BenchmarkFib/n=40', 'BenchmarkFibRec20', 'BenchmarkFib/n=20'],
    improvement: [],
    note: '⚠️ **4 benchmarks regressed back to back**',
  },
};

/** The benchmark names of the report's first table (the changes), by status marker. */
function changes(markdown: string): { regression: string[]; improvement: string[] } {
  const table = markdown.split('<details>')[0] as string;
  const names = (marker: string) =>
    table
      .split('\n')
      .filter((line) => line.startsWith(`| ${marker} `))
      .map((line) =>
        (line.split('|')[1] as string)
          .slice(marker.length + 2)
          .replace(/ \([^)]*\)\s*$/, '')
          .trim(),
      );
  return { regression: names('🔴'), improvement: names('🟢') };
}

describe('examples/README.md: every command reports what the README says', () => {
  it('gives a command for every example and an expectation for every command', () => {
    const currents = commands.map((c) => /--current (\S+)/.exec(c)?.[1]);
    expect(currents.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const command of commands) {
    const current = /--current (\S+)/.exec(command)?.[1] as string;
    it(`${current}`, async () => {
      const expected = EXPECTED[current] as Expected;
      // `node` on PATH is the one running the tests (Node 24 in CI).
      const env = { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };
      const result = await run('bash', ['-c', command], { cwd: ROOT, env }).then(
        ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => ({ ...error, exitCode: error.code }),
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^### perf-regression\n/);
      expect({ exitCode: result.exitCode, ...changes(result.stdout) }).toEqual({
        exitCode: expected.exitCode,
        regression: expected.regression,
        improvement: expected.improvement,
      });
      if (expected.note) expect(result.stdout).toContain(expected.note);
      if (current.startsWith('examples/go-history/'))
        expect(result.stdout).not.toContain('Only one baseline run');
    });
  }
});
