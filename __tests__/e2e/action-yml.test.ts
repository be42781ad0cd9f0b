// action.yml, README.md and the code must agree: every input and output documented with the same
// default (in the inputs table and the usage snippet), every input the code reads declared (the runner
// passes undeclared ones with a warning and no default), and every declared one read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './action-run.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const source = (file: string) => readFileSync(path.join(REPO_ROOT, 'src', file), 'utf8');

/** The rows of the first table after `## <heading>`: first cell (backticks removed) → the other cells. */
function readmeTable(heading: string): Map<string, string[]> {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  const cells = (row: string) =>
    row
      .slice(1, row.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  return new Map(
    rows.slice(2).map((row) => {
      const [name = '', ...rest] = cells(row);
      return [name.replace(/^`|`$/g, ''), rest];
    }),
  );
}

/**
 * How the README writes an input's default, read back as action.yml has it: `(required)` for a
 * required input, an empty cell or `""` for an empty default, otherwise the value in backticks.
 */
function readmeDefault(cell: string): { required: true } | { default: string } {
  if (cell === '(required)') return { required: true };
  if (cell === '' || cell === '`""`' || cell === '""') return { default: '' };
  return { default: cell.replace(/^`|`$/g, '') };
}

/** The `with:` of the step in the first ```yaml block after `## Usage`: every input, set to its default. */
function usageSnippet(): Record<string, unknown> {
  const section = /^## Usage\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const block = /^```yaml\n([\s\S]*?)^```/m.exec(section)?.[1];
  if (!block) throw new Error('the Usage section of README.md has no ```yaml block');
  const [step] = parseYaml(block) as { with?: Record<string, unknown> }[];
  return step?.with ?? {};
}

function actionDefault(input: ActionYml['inputs'][string]): { required: true } | { default: string } {
  if (input.required === true) return { required: true };
  return { default: input.default === undefined ? '' : String(input.default) };
}

/** Input names src/action/inputs.ts reads: `core.getInput('x')` and its typed readers `choice('x', …)`, `bool('x', …)`, …. */
function inputsReadByCode(): string[] {
  const text = source('action/inputs.ts');
  const names = [
    ...text.matchAll(/\b(?:getInput|choice(?:<[^>]*>)?|bool|count|safeName)\(\s*'([^']+)'/g),
  ].map((m) => m[1] as string);
  return [...new Set(names)].sort();
}

function outputsSetByCode(): string[] {
  const names = [...source('action/main.ts').matchAll(/\bsetOutput\(\s*'([^']+)'/g)].map(
    (m) => m[1] as string,
  );
  return [...new Set(names)].sort();
}

describe('action.yml', () => {
  it('runs dist/index.js on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('lists the same inputs as the README inputs table, with the same defaults', () => {
    const documented = readmeTable('Inputs');
    expect([...documented.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(readmeDefault(documented.get(name)?.[0] ?? '<missing>'), `default of input "${name}"`).toEqual(
        actionDefault(input),
      );
    }
  });

  it('shows every input in the README usage snippet, each set to its default', () => {
    const snippet = usageSnippet();
    expect(Object.keys(snippet).sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.required === true) continue;
      expect({ default: String(snippet[name]) }, `usage snippet value of input "${name}"`).toEqual(
        actionDefault(input),
      );
    }
  });

  it('declares every input src/action/inputs.ts reads, and the code reads every declared input', () => {
    expect(inputsReadByCode()).toEqual(Object.keys(action.inputs).sort());
  });

  it('lists the same outputs as the README outputs table and as src/action/main.ts sets', () => {
    const declared = Object.keys(action.outputs).sort();
    expect([...readmeTable('Outputs').keys()].sort()).toEqual(declared);
    expect(outputsSetByCode()).toEqual(declared);
  });
});
