// README.md's Quick start must work on a fresh clone: its first command is run as written.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, transcript } from './run-cli.js';

/** The lines of the first ```sh block under the `## Quick start` heading. */
function quickStartCommands(): string[] {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = /^## Quick start\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README.md has no "## Quick start" section');
  const block = /^```sh\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error('the Quick start section of README.md has no ```sh block');
  return block.split('\n').filter((line) => line.trim() !== '');
}

describe('README.md Quick start', () => {
  const [first = ''] = quickStartCommands();
  const [program, script, ...args] = first.trim().split(/\s+/);

  it('starts with a `node dist/cli.js compare` command', () => {
    expect([program, script, args[0]]).toEqual(['node', 'dist/cli.js', 'compare']);
  });

  it('names example files that exist in the repository', () => {
    const files = args.filter((arg) => !arg.startsWith('-') && arg !== 'compare');
    expect(files.length).toBeGreaterThan(0);
    const missing = files.filter((file) => !existsSync(path.join(REPO, file)));
    expect(
      missing,
      `README.md's Quick start names files that are not in the repository: ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('compares them and prints the Markdown report (exit 0 or 1, not an error)', async () => {
    const run = await runCli(args, REPO);
    expect([0, 1], transcript(run)).toContain(run.exitCode);
    expect(run.stderr, transcript(run)).toBe('');
    expect(run.stdout).toMatch(/^### perf-regression\n\n(🔴|🟠|🟢|✅)/);
    expect(run.stdout).toContain('<details><summary>All ');
  });
});

/** The flags in the first column of the table under `## compare` in docs/cli.md. */
function documentedFlags(): Set<string> {
  const doc = readFileSync(path.join(REPO, 'docs/cli.md'), 'utf8');
  const section = /^## compare\n([\s\S]*?)(?=^## )/m.exec(doc)?.[1] ?? '';
  const firstCells = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split(/(?<!\\)\|/)[1] ?? '');
  return new Set(
    firstCells.flatMap((cell) => [...cell.matchAll(/`(--?[a-z-]+)/g)].map((m) => m[1] as string)),
  );
}

describe('docs/cli.md, which the README links for the command line', () => {
  it('documents every flag `compare` accepts', () => {
    const source = readFileSync(path.join(REPO, 'src/cli/compare.ts'), 'utf8');
    const flags = [...source.matchAll(/'(--[a-z-]+)'/g)].map((m) => m[1] as string);
    expect(flags.length).toBeGreaterThan(10);
    const documented = documentedFlags();
    expect(flags.filter((flag) => !documented.has(flag))).toEqual([]);
  });
});
